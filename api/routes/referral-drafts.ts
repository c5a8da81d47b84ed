// Draft referrals over HTTP (ACT-REF-02, ACT-REF-07, R-REF-21): start one, read it, cancel it, take a document off it.
// Notes and documents are attached through the case's own note action and document upload, naming the draft.
import { Router } from 'express';
import type { Client } from '@temporalio/client';
import type { MikroORM } from '@mikro-orm/postgresql';
import { cancelReferralDraft, detachDocument, referralDraft, startReferralDraft } from '../../app/referrals/drafts.ts';
import { contextFor } from '../app-context.ts';
import { idParam } from '../http.ts';

export function referralDraftRoutes({ orm, temporal }: { orm: MikroORM; temporal: Client }): Router {
  const r = Router();
  const context = contextFor(orm, temporal);

  r.post('/cases/:caseId/referral-drafts', async (req, res) => {
    res.status(201).json(await startReferralDraft(context(res, 'case.update'), idParam(req, 'caseId')));
  });

  r.get('/cases/:caseId/referral-drafts/:draftId', async (req, res) => {
    const ctx = context(res, 'case.update');
    res.json(await referralDraft(ctx, idParam(req, 'caseId'), String(req.params.draftId)));
  });

  r.delete('/cases/:caseId/referral-drafts/:draftId', async (req, res) => {
    await cancelReferralDraft(context(res, 'case.update'), idParam(req, 'caseId'), String(req.params.draftId));
    res.status(204).end();
  });

  r.delete('/cases/:caseId/referral-drafts/:draftId/documents/:documentId', async (req, res) => {
    const ctx = context(res, 'case.update');
    const [caseId, documentId] = [idParam(req, 'caseId'), idParam(req, 'documentId')];
    res.json(await detachDocument(ctx, caseId, String(req.params.draftId), documentId));
  });

  return r;
}
