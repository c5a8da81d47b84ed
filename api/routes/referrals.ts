// Referrals and case transfers (seed 000). The sending organisation refers from its case; the receiving one
// sees what was referred to it and completes a transfer by assigning one of its case managers. Both go to the
// case's workflow as Updates; the database answers who may see what.
import { Router, type Response } from 'express';
import type { Client } from '@temporalio/client';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { Case, Individual, Organisation, ReferralRow, User } from '../../db/entities.ts';
import { can } from '../../domain/permissions.ts';
import { businessDate } from '../../domain/dates.ts';
import {
  REFERRAL_TYPE_LABELS,
  referralLetter,
  referralTemplate,
  validateReferral,
  type ReceivingOrganisation,
  type ReferralType,
} from '../../domain/referrals.ts';
import { referralSchema, referralTemplateQuery, transferSchema } from '../../domain/schemas.ts';
import { assertNoViolations, notFound, violation } from '../../domain/refusals.ts';
import { completeTransferUpdate, submitReferralUpdate } from '../../workflows/case-api.ts';
import { requirePermission, type SessionUser } from '../auth.ts';
import { caseAfterChange, loadCase } from '../case-read.ts';
import { referralView } from '../referral-view.ts';
import { sendUpdate } from '../../app/updates.ts';
import { idParam, parse } from '../http.ts';
import { idempotencyKeyOf } from '../idempotency.ts';
import { pdfFile } from '../../infra/pdf.ts';

/** R-REF-05: an organisation can receive referrals inside the network only with all three programs active (and itself
 * active, R-ORG-08). */
const eligible = (o: {
  activeFundingAgreement: boolean;
  externalCaseManagement: boolean;
  clientTracking: boolean;
  inactive: boolean;
}) => o.activeFundingAgreement && o.externalCaseManagement && o.clientTracking && !o.inactive;

async function receivingOrganisation(
  em: EntityManager,
  id: number | undefined,
): Promise<(ReceivingOrganisation & { generalEmail: string | null }) | null> {
  if (id === undefined) return null;
  const org = await em.findOne(Organisation, { id });
  return org ? { id: org.id, name: org.name, eligible: eligible(org), generalEmail: org.generalEmail ?? null } : null;
}

/** A case another organisation referred to the user's, with what the referral lets them see (R-REF-15); 404 otherwise.
 */
export async function referredCase(em: EntityManager, user: SessionUser, caseId: number) {
  const referrals = await em.find(
    ReferralRow,
    { caseId, toOrganisationId: user.organisationId },
    { orderBy: { submittedAt: 'desc' } },
  );
  const c = referrals.length ? await em.findOne(Case, { id: caseId }) : null;
  if (!c || c.organisationId === user.organisationId) throw notFound(`Case ${caseId}`);
  const [person, manager, from] = await Promise.all([
    em.findOneOrFail(Individual, { id: c.individualId }),
    em.findOneOrFail(User, { id: c.caseManagerId }),
    em.findOneOrFail(Organisation, { id: c.organisationId }),
  ]);
  return {
    id: c.id,
    referredAccess: true,
    status: c.status,
    statusSince: c.statusSince,
    program: c.program,
    organisation: from.name,
    caseManager: `${manager.lastName}, ${manager.firstName}`,
    individual: {
      id: person.id,
      name: `${person.lastName}, ${person.firstName}`,
      dateOfBirth: person.dateOfBirth,
      city: person.city,
    },
    pendingTransfer: referrals.some((r) => r.type === 'CASE_TRANSFER' && r.transferOutcome === 'PENDING'),
    referrals: referrals.map(referralView),
  };
}

export function referralRoutes(orm: MikroORM, temporal: Client): Router {
  const r = Router();
  const em = () => orm.em.fork();

  // R-REF-05: organisations a referral inside the network can go to, with the address it is emailed to (R-REF-07).
  r.get('/referral-organisations', async (_req, res) => {
    const user = requirePermission(res, 'case.view');
    const orgs = await em().find(
      Organisation,
      {
        activeFundingAgreement: true,
        externalCaseManagement: true,
        clientTracking: true,
        inactive: false,
        id: { $ne: user.organisationId },
      },
      { orderBy: { name: 'asc' } },
    );
    res.json(orgs.map((o) => ({ id: o.id, name: o.name, generalEmail: o.generalEmail ?? null })));
  });

  // R-REF-08/10: the template's subject and body in the chosen language, and the default "Emailed To".
  r.get('/cases/:caseId/referrals/template', async (req, res) => {
    const user = requirePermission(res, 'case.update');
    const c = await loadCase(em(), user, idParam(req, 'caseId'));
    const q = parse(referralTemplateQuery, req.query);
    const to = q.type === 'INFO_OUTSIDE_LAMPSS' ? null : await receivingOrganisation(em(), q.toOrganisationId);
    const toName = q.type === 'INFO_OUTSIDE_LAMPSS' ? (q.toOrganisationName ?? '') : (to?.name ?? '');
    res.json({
      ...referralTemplate(q.type, q.language, {
        caseId: c.id,
        fromOrganisation: user.organisationName,
        toOrganisation: toName || '…',
      }),
      emailedTo: to?.generalEmail ?? '',
    });
  });

  /** Sends a referral letter as a PDF the browser shows (the "Preview" of the seed, and a sent referral's letter). */
  function sendLetter(res: Response, doc: ReturnType<typeof referralLetter>) {
    const letter = pdfFile(doc);
    res
      .type('application/pdf')
      .set('Content-Disposition', `inline; filename="${letter.filename}"`)
      .send(Buffer.from(letter.content));
  }

  // R-REF-13: preview the letter of a referral being written.
  r.get('/cases/:caseId/referrals/letter', async (req, res) => {
    const user = requirePermission(res, 'case.update');
    const db = em();
    const c = await loadCase(db, user, idParam(req, 'caseId'));
    const q = parse(referralTemplateQuery, req.query);
    const to = q.type === 'INFO_OUTSIDE_LAMPSS' ? null : await receivingOrganisation(db, q.toOrganisationId);
    const from = await db.findOneOrFail(Organisation, { id: user.organisationId });
    sendLetter(
      res,
      referralLetter(
        {
          type: q.type,
          language: q.language,
          toOrganisationName: (q.type === 'INFO_OUTSIDE_LAMPSS' ? q.toOrganisationName : to?.name) ?? '',
          contactPerson: q.contactPerson ?? '',
          submittedOn: businessDate(new Date()),
        },
        { caseId: c.id, fromOrganisation: from.name, fromEmail: from.generalEmail ?? null },
      ),
    );
  });

  r.get('/cases/:caseId/referrals/:referralId/letter', async (req, res) => {
    const user = requirePermission(res, 'case.view');
    const db = em();
    const c = await loadCase(db, user, idParam(req, 'caseId'));
    const row = await db.findOne(ReferralRow, { id: String(req.params.referralId), caseId: c.id });
    if (!row) throw notFound(`Referral ${req.params.referralId}`);
    const from = await db.findOneOrFail(Organisation, { id: row.fromOrganisationId });
    sendLetter(
      res,
      referralLetter(
        { ...row, type: row.type as ReferralType, language: row.language as 'EN' | 'FR' },
        { caseId: c.id, fromOrganisation: from.name, fromEmail: from.generalEmail ?? null },
      ),
    );
  });

  r.get('/cases/:caseId/referrals', async (req, res) => {
    const user = requirePermission(res, 'case.view');
    const c = await loadCase(em(), user, idParam(req, 'caseId'));
    const rows = await em().find(ReferralRow, { caseId: c.id }, { orderBy: { submittedAt: 'desc' } });
    res.json(rows.map(referralView));
  });

  // ACT-REF-06: send a referral. The API checks the client's own data in the text (R-REF-12), the workflow the rest.
  r.post('/cases/:caseId/referrals', async (req, res) => {
    const user = requirePermission(res, 'case.update');
    const db = em();
    const c = await loadCase(db, user, idParam(req, 'caseId'));
    const input = parse(referralSchema, req.body);
    const receiving =
      input.type === 'INFO_OUTSIDE_LAMPSS' ? null : await receivingOrganisation(db, input.toOrganisationId);
    const person = await db.findOneOrFail(Individual, { id: c.individualId });
    assertNoViolations(
      validateReferral(c.status, input, { fromOrganisationId: user.organisationId, receiving, client: person }),
    );
    const rec = receiving && { id: receiving.id, name: receiving.name, eligible: receiving.eligible };
    await sendUpdate(
      temporal,
      c.workflowId,
      submitReferralUpdate,
      {
        ...input,
        fromOrganisationId: user.organisationId,
        fromOrganisationName: user.organisationName,
        receiving: rec,
      },
      { userId: user.id },
      idempotencyKeyOf(req),
    );
    res.status(201).json(await caseAfterChange(em(), user, c.id));
  });

  // What other organisations referred to mine: pending transfers first (the receiving side's alert).
  r.get('/referrals/incoming', async (_req, res) => {
    const user = requirePermission(res, 'case.view');
    const rows = await em().execute<Record<string, unknown>[]>(
      `select r.id, r.case_id, r.type, r.submitted_on::text as submitted_on, r.transfer_outcome, r.status, o.name as
        from_organisation, r.contact_person
         from referral r join organisation o on o.id = r.from_organisation_id
        where r.to_organisation_id = ?
        order by (r.transfer_outcome = 'PENDING') desc, r.submitted_at desc
        limit 200`,
      [user.organisationId],
    );
    res.json(
      rows.map((x) => ({
        id: x.id,
        caseId: x.case_id,
        type: x.type,
        typeLabel: REFERRAL_TYPE_LABELS[x.type as ReferralType],
        fromOrganisation: x.from_organisation,
        contactPerson: x.contact_person,
        submittedOn: x.submitted_on,
        transferOutcome: x.transfer_outcome,
        pendingTransfer: x.type === 'CASE_TRANSFER' && x.transfer_outcome === 'PENDING',
      })),
    );
  });

  // ACT-REF-08: the receiving organisation completes the transfer by assigning one of its case managers.
  r.post('/cases/:caseId/transfer', async (req, res) => {
    const user = requirePermission(res, 'case.update');
    const db = em();
    const caseId = idParam(req, 'caseId');
    if (await db.count(Case, { id: caseId, organisationId: user.organisationId })) {
      assertNoViolations([
        violation('R-REF-20', 'E-TR-01', 'Your organisation already manages this case; there is nothing to transfer.'),
      ]);
    }
    const summary = await referredCase(db, user, caseId);
    const input = parse(transferSchema, req.body);
    const org = await db.findOneOrFail(Organisation, { id: user.organisationId });
    if (!org.activeFundingAgreement)
      assertNoViolations([
        violation('R-REF-16', 'E-TR-03', `${org.name} has no active agreement to report this case against.`),
      ]);
    const manager = await db.findOne(User, {
      id: input.caseManagerId,
      organisationId: user.organisationId,
      active: true,
    });
    if (!manager || !can(manager.profiles, 'case.assignable')) {
      assertNoViolations([
        violation('R-REF-16', 'E-TR-04', `The selected case manager is not an active staff member of ${org.name}.`, {
          field: 'caseManagerId',
        }),
      ]);
    }
    const c = await db.findOneOrFail(Case, { id: summary.id });
    await sendUpdate(
      temporal,
      c.workflowId,
      completeTransferUpdate,
      { ...input, actorOrganisationId: user.organisationId, previousOrganisationId: c.organisationId },
      { userId: user.id },
      idempotencyKeyOf(req),
    );
    res.json({ message: 'The case was transferred successfully.', case: await caseAfterChange(em(), user, caseId) });
  });

  return r;
}
