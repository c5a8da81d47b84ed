// Funding requests (spec 02 §4.C): the programs for an intervention, the application package (its own workflow,
// funding-<packageId>, which every change goes to as an Update) and the agreement ENS staff decide on.
import { Router } from 'express';
import type { Client } from '@temporalio/client';
import type { MikroORM } from '@mikro-orm/postgresql';
import {
  changeAgreement,
  deleteApplication,
  requestAgreementChanges,
  saveCaseManagerStatement,
  saveChecklist,
  submitApplication,
} from '../../app/funding/commands.ts';
import { createPackage } from '../../app/funding/create-package.ts';
import { agreementHome, casePackages, fundingPackage, fundingPrograms } from '../../app/funding/queries.ts';
import { idParam } from '../http.ts';
import { idempotencyKeyOf } from '../idempotency.ts';
import { contextFor } from '../app-context.ts';

export function fundingRoutes({ orm, temporal }: { orm: MikroORM; temporal: Client }): Router {
  const r = Router();
  const context = contextFor(orm, temporal);

  r.get('/cases/:caseId/interventions/:interventionId/funding-programs', async (req, res) => {
    const ctx = context(res, 'case.view');
    res.json(await fundingPrograms(ctx, idParam(req, 'caseId'), String(req.params.interventionId)));
  });

  r.post('/cases/:caseId/interventions/:interventionId/funding-package', async (req, res) => {
    const ctx = context(res, 'case.update');
    const view = await createPackage(ctx, idParam(req, 'caseId'), String(req.params.interventionId), req.body);
    res.status(201).location(`/api/funding-packages/${view.id}`).json(view);
  });

  r.get('/cases/:caseId/funding-packages', async (req, res) => {
    res.json(await casePackages(context(res, 'case.view'), idParam(req, 'caseId')));
  });

  r.get('/funding-packages/:packageId', async (req, res) => {
    res.json(await fundingPackage(context(res, ['case.view', 'funding.decide']), idParam(req, 'packageId')));
  });

  r.put('/funding-packages/:packageId/checklist', async (req, res) => {
    const ctx = context(res, 'case.update');
    res.json(await saveChecklist(ctx, idParam(req, 'packageId'), req.body, idempotencyKeyOf(req)));
  });

  r.put('/funding-packages/:packageId/statement', async (req, res) => {
    const ctx = context(res, 'case.update');
    res.json(await saveCaseManagerStatement(ctx, idParam(req, 'packageId'), req.body, idempotencyKeyOf(req)));
  });

  r.post('/funding-packages/:packageId/submit', async (req, res) => {
    const ctx = context(res, 'case.update');
    res.json(await submitApplication(ctx, idParam(req, 'packageId'), req.body, idempotencyKeyOf(req)));
  });

  r.delete('/funding-packages/:packageId', async (req, res) => {
    const ctx = context(res, 'case.update');
    res.json(await deleteApplication(ctx, idParam(req, 'packageId'), idempotencyKeyOf(req)));
  });

  r.get('/agreements/:agreementId', async (req, res) => {
    res.json(await agreementHome(context(res, ['case.view', 'funding.decide']), idParam(req, 'agreementId')));
  });

  r.post('/agreements/:agreementId/status', async (req, res) => {
    const ctx = context(res, 'funding.decide');
    res.json(await changeAgreement(ctx, idParam(req, 'agreementId'), req.body, idempotencyKeyOf(req)));
  });

  r.post('/agreements/:agreementId/request-changes', async (req, res) => {
    const ctx = context(res, 'funding.decide');
    res.json(await requestAgreementChanges(ctx, idParam(req, 'agreementId'), req.body, idempotencyKeyOf(req)));
  });

  return r;
}
