// Referrals and case transfers over HTTP (seed 000), besides the case actions that send and complete them: the
// organisations a referral can go to, a draft's template and letter, a case's referrals and their letters, and what
// other organisations referred to mine. The reads are app/referrals/'s.
import { Router, type Response } from 'express';
import type { MikroORM } from '@mikro-orm/postgresql';
import {
  letterPreview,
  referralTemplateFor,
  sentReferralLetter,
  type ReferralLetter,
} from '../../app/referrals/letters.ts';
import { caseReferrals, incomingReferrals, referralOrganisations } from '../../app/referrals/queries.ts';
import { pdfFile } from '../../infra/pdf.ts';
import { requirePermission } from '../auth.ts';
import { idParam } from '../http.ts';

/** Sends a referral letter as a PDF the browser shows (the "Preview" of the seed, and a sent referral's letter). */
function sendLetter(res: Response, doc: ReferralLetter) {
  const letter = pdfFile(doc);
  res
    .type('application/pdf')
    .set('Content-Disposition', `inline; filename="${letter.filename}"`)
    .send(Buffer.from(letter.content));
}

export function referralRoutes(orm: MikroORM): Router {
  const r = Router();
  const em = () => orm.em;

  // R-REF-05: organisations a referral inside the network can go to, with the address it is emailed to (R-REF-07).
  r.get('/referral-organisations', async (_req, res) => {
    const user = requirePermission(res, 'case.view');
    res.json(await referralOrganisations(em(), user));
  });

  // R-REF-08/10: the template's subject and body in the chosen language, and the default "Emailed To".
  r.get('/cases/:caseId/referrals/template', async (req, res) => {
    const user = requirePermission(res, 'case.update');
    const caseId = idParam(req, 'caseId');
    res.json(await referralTemplateFor(em(), user, caseId, req.query));
  });

  // R-REF-13: preview the letter of a referral being written.
  r.get('/cases/:caseId/referrals/letter', async (req, res) => {
    const user = requirePermission(res, 'case.update');
    const caseId = idParam(req, 'caseId');
    sendLetter(res, await letterPreview(em(), user, caseId, req.query));
  });

  r.get('/cases/:caseId/referrals/:referralId/letter', async (req, res) => {
    const user = requirePermission(res, 'case.view');
    const caseId = idParam(req, 'caseId');
    sendLetter(res, await sentReferralLetter(em(), user, caseId, String(req.params.referralId)));
  });

  r.get('/cases/:caseId/referrals', async (req, res) => {
    const user = requirePermission(res, 'case.view');
    res.json(await caseReferrals(em(), user, idParam(req, 'caseId')));
  });

  // What other organisations referred to mine: pending transfers first (the receiving side's alert).
  r.get('/referrals/incoming', async (_req, res) => {
    const user = requirePermission(res, 'case.view');
    res.json(await incomingReferrals(em(), user));
  });

  return r;
}
