// A referral as the API shows it: the row's fields, with the type's label in both languages, and the notes and
// documents attached to it while it was a draft (R-REF-21), which both the sending and the receiving organisation see.
import type { EntityManager } from '@mikro-orm/postgresql';
import { CaseDocument, CaseNote, ReferralDraft, User } from '../../db/entities.ts';
import { REFERRAL_TYPE_LABELS, type ReferralType } from '../../domain/referrals.ts';

export const referralView = (r: {
  id: string;
  type: string;
  toOrganisationName: string;
  contactPerson: string;
  emailedTo: string;
  language: string;
  template: string;
  subject: string;
  body: string;
  submittedOn: string;
  status: string;
  emailedAt?: Date | null;
  transferOutcome: string;
}) => ({
  id: r.id,
  type: r.type,
  typeLabel: REFERRAL_TYPE_LABELS[r.type as ReferralType],
  toOrganisationName: r.toOrganisationName,
  contactPerson: r.contactPerson,
  emailedTo: r.emailedTo,
  language: r.language,
  template: r.template,
  subject: r.subject,
  body: r.body,
  submittedOn: r.submittedOn,
  status: r.status,
  emailedAt: r.emailedAt?.toISOString() ?? null,
  transferOutcome: r.transferOutcome,
});

/** R-REF-21: the notes and documents attached to each of the referrals (or drafts) named, by referral. */
export async function referralAttachments(em: EntityManager, referralIds: string[]) {
  const [notes, documents] = referralIds.length
    ? await Promise.all([
        em.find(CaseNote, { referralId: { $in: referralIds } }, { orderBy: { createdAt: 'asc' } }),
        em.find(CaseDocument, { referralId: { $in: referralIds }, deletedAt: null }, { orderBy: { id: 'asc' } }),
      ])
    : [[], []];
  const authorIds = [...new Set(notes.map((n) => n.createdBy).filter((id): id is number => id != null))];
  const authors = authorIds.length ? await em.find(User, { id: { $in: authorIds } }) : [];
  const authorName = (id: number | null | undefined) => {
    const u = authors.find((a) => a.id === id);
    return u ? `${u.lastName}, ${u.firstName}` : null;
  };
  return (referralId: string) => ({
    notes: notes
      .filter((n) => n.referralId === referralId)
      .map((n) => ({
        id: n.id,
        text: n.text,
        createdAt: n.createdAt.toISOString(),
        authorName: authorName(n.createdBy),
      })),
    documents: documents
      .filter((d) => d.referralId === referralId)
      .map((d) => ({
        id: d.id,
        documentName: d.documentName,
        fileName: d.fileName,
        topic: d.topic,
        contentType: d.contentType,
        sizeBytes: d.sizeBytes,
        createdOn: d.createdOn,
      })),
  });
}

/** Referrals with what was attached to them. */
export async function referralViews<R extends Parameters<typeof referralView>[0]>(em: EntityManager, rows: R[]) {
  const attached = await referralAttachments(
    em,
    rows.map((r) => r.id),
  );
  return rows.map((r) => ({ ...referralView(r), ...attached(r.id) }));
}

/** Drafts with what was attached to each so far. */
export async function draftViews(em: EntityManager, drafts: { id: string; createdBy: number; createdAt: Date }[]) {
  const attached = await referralAttachments(
    em,
    drafts.map((d) => d.id),
  );
  return drafts.map((d) => ({
    id: d.id,
    createdBy: d.createdBy,
    createdAt: d.createdAt.toISOString(),
    ...attached(d.id),
  }));
}

/** The drafts of a case its organisation is still writing, oldest first. */
export async function openDrafts(em: EntityManager, caseId: number, organisationId: number) {
  const drafts = await em.find(
    ReferralDraft,
    { caseId, organisationId, sentAt: null },
    { orderBy: { createdAt: 'asc' } },
  );
  return draftViews(em, drafts);
}
