// Referrals and case transfers (seed 000). The sending organisation refers from its case; the receiving one
// sees what was referred to it and completes a transfer by assigning one of its case managers. Both go to the
// case's workflow as Updates; the database answers who may see what.
import { Router, type Response } from 'express';
import type { MikroORM } from '@mikro-orm/postgresql';
import { Organisation, ReferralRow } from '../../db/entities.ts';
import { businessDate } from '../../domain/dates.ts';
import { REFERRAL_TYPE_LABELS, referralLetter, referralTemplate, type ReferralType } from '../../domain/referrals.ts';
import { notFound } from '../../domain/refusals.ts';
import { receivingOrganisation } from '../../app/referrals/queries.ts';
import { requirePermission } from '../auth.ts';
import { loadCase } from '../../app/cases/queries.ts';
import { referralView } from '../../app/cases/referral-view.ts';
import { idParam, parse } from '../http.ts';
import { pdfFile } from '../../infra/pdf.ts';
import { referralTemplateQuery } from '../../domain/schemas/case.ts';

export function referralRoutes(orm: MikroORM): Router {
  const r = Router();
  const em = () => orm.em;

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

  return r;
}
