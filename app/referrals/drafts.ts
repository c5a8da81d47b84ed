// Draft referrals (ACT-REF-02, R-REF-21): a referral being written is kept so that notes and documents can be attached
// to it; the notes and documents themselves are the case's, written through the usual note action and document
// upload. Once the referral is sent its draft takes no more attachments; cancelling a draft leaves its notes and
// documents in the case.
import { randomUUID } from 'node:crypto';
import { LockMode, type EntityManager } from '@mikro-orm/postgresql';
import { CaseDocument, ReferralDraft, ReferralRow } from '../../db/entities.ts';
import { closedCaseViolation } from '../../domain/closed-case.ts';
import { referralAlreadySent, validateDraftAttachment } from '../../domain/referral-drafts.ts';
import { assertNoViolations, notFound } from '../../domain/refusals.ts';
import { loadCase } from '../cases/queries.ts';
import { draftViews } from '../cases/referral-view.ts';
import type { AppContext, SessionUser } from '../context.ts';

const draftNotFound = (draftId: string) =>
  notFound({ en: `Draft referral ${draftId}`, fr: `L'ébauche de renvoi ${draftId}` });

/** A draft of the case written by the user's organisation, sent or not, else 404. `lock`: held until the
 * transaction ends, so a referral is not recorded as sent while something is attached to it. */
async function loadDraft(em: EntityManager, user: SessionUser, caseId: number, draftId: string, lock = false) {
  const draft = await em.findOne(
    ReferralDraft,
    { id: draftId, caseId, organisationId: user.organisationId },
    lock ? { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true } : { refresh: true },
  );
  if (!draft) throw draftNotFound(draftId);
  return draft;
}

/** R-REF-21: the draft, still a draft, that something is attached to; 404 if the case has no such draft, 409 once
 * it is sent. Inside a transaction, `lock` keeps it a draft until the attachment is written. */
export async function openDraft(em: EntityManager, user: SessionUser, caseId: number, draftId: string, lock = false) {
  const draft = await loadDraft(em, user, caseId, draftId, lock);
  assertNoViolations(validateDraftAttachment(draft.sentAt !== null));
  return draft;
}

/** R-REF-09: the draft a referral is sent from is the case's, and not sent yet. */
export async function sendableDraft(ctx: AppContext, caseId: number, draftId: string) {
  const draft = await loadDraft(ctx.em, ctx.user, caseId, draftId);
  if (draft.sentAt) assertNoViolations([referralAlreadySent()]);
}

/** ACT-REF-02: "Add Referral" starts a draft; a closed case takes none (R-REF-01). */
export async function startReferralDraft(ctx: AppContext, caseId: number) {
  const c = await loadCase(ctx.em, ctx.user, caseId);
  assertNoViolations(closedCaseViolation(c));
  const draft = ctx.em.create(ReferralDraft, {
    id: randomUUID(),
    caseId: c.id,
    organisationId: ctx.user.organisationId,
    createdBy: ctx.user.id,
    sentAt: null,
  });
  await ctx.em.flush();
  return (await draftViews(ctx.em, [draft]))[0];
}

export async function referralDraft(ctx: AppContext, caseId: number, draftId: string) {
  const c = await loadCase(ctx.em, ctx.user, caseId);
  const draft = await loadDraft(ctx.em, ctx.user, c.id, draftId);
  return { ...(await draftViews(ctx.em, [draft]))[0], sent: draft.sentAt !== null };
}

/** ACT-REF-07: "Cancel Referral" deletes the draft; its notes and documents stay in the case. A sent one is kept. */
export async function cancelReferralDraft(ctx: AppContext, caseId: number, draftId: string) {
  const c = await loadCase(ctx.em, ctx.user, caseId);
  await ctx.em.transactional(async (tx) => {
    const draft = await loadDraft(tx, ctx.user, c.id, draftId, true);
    if (draft.sentAt) assertNoViolations([referralAlreadySent()]);
    tx.remove(draft);
  });
}

/** R-REF-21: a document taken off a draft stays among the case's documents. */
export async function detachDocument(ctx: AppContext, caseId: number, draftId: string, documentId: number) {
  const c = await loadCase(ctx.em, ctx.user, caseId);
  await ctx.em.transactional(async (tx) => {
    await openDraft(tx, ctx.user, c.id, draftId, true);
    const detached = await tx.nativeUpdate(
      CaseDocument,
      { id: documentId, caseId: c.id, referralId: draftId, deletedAt: null },
      { referralId: null },
    );
    if (!detached)
      throw notFound({
        en: `Document ${documentId} attached to this draft`,
        fr: `Le document ${documentId} joint à cette ébauche`,
      });
  });
  return referralDraft(ctx, c.id, draftId);
}

/** R-REF-21: a document of a referral, for the organisation that sent it or the one it was sent to; 404 to any
 * other. While the referral is a draft, only its own organisation reads it. */
export async function referralDocumentFile(ctx: AppContext, referralId: string, documentId: number) {
  const org = ctx.user.organisationId;
  const [sent, draft] = await Promise.all([
    ctx.em.findOne(ReferralRow, { id: referralId, $or: [{ fromOrganisationId: org }, { toOrganisationId: org }] }),
    ctx.em.findOne(ReferralDraft, { id: referralId, organisationId: org }),
  ]);
  const d =
    sent || draft
      ? await ctx.em.findOne(
          CaseDocument,
          { id: documentId, referralId, deletedAt: null },
          { populate: ['content'], refresh: true },
        )
      : null;
  if (!d)
    throw notFound({
      en: `Document ${documentId} of referral ${referralId}`,
      fr: `Le document ${documentId} du renvoi ${referralId}`,
    });
  return { contentType: d.contentType, fileName: d.fileName, sha256: d.sha256, content: d.content };
}
