// Enhanced services (spec 02 §4.A): search, maintain, participants with pre-registration and waitlists,
// business partners with their public schedules, and an intervention started from a service.
import { Router } from 'express';
import type { Client } from '@temporalio/client';
import type { MikroORM } from '@mikro-orm/postgresql';
import {
  addParticipant,
  changeParticipant,
  changeService,
  copyService,
  createService,
  deleteService,
} from '../../app/services/commands.ts';
import { saveParticipants } from '../../app/services/participants-save.ts';
import { deliveringOrganisations } from '../../app/services/delivering-organisations.ts';
import { startInterventionFromService } from '../../app/services/intervention-from-service.ts';
import { activityReport, personSearch, searchServices, serviceDetails } from '../../app/services/queries.ts';
import { serviceSchema, serviceSearchSchema } from '../../domain/schemas/services.ts';
import { idParam, parse } from '../http.ts';
import { idempotencyKeyOf } from '../idempotency.ts';
import { contextFor } from '../app-context.ts';

export function serviceRoutes({ orm, temporal }: { orm: MikroORM; temporal: Client }): Router {
  const r = Router();
  const context = contextFor(orm, temporal);

  r.get('/services', async (req, res) => {
    const ctx = context(res, ['case.view', 'service.manage']);
    res.json(await searchServices(ctx, parse(serviceSearchSchema, req.query)));
  });

  r.get('/services/activity-report', async (_req, res) => {
    res.json(await activityReport(context(res, ['case.view', 'service.manage'])));
  });

  r.post('/services', async (req, res) => {
    const ctx = context(res, 'service.manage');
    const page = await createService(ctx, parse(serviceSchema, req.body));
    res.status(201).location(`/api/services/${page.service.id}`).json(page);
  });

  r.patch('/services/:serviceId', async (req, res) => {
    const ctx = context(res, 'service.manage');
    res.json(await changeService(ctx, idParam(req, 'serviceId'), req.body));
  });

  r.post('/services/:serviceId/copy', async (req, res) => {
    const page = await copyService(context(res, 'service.manage'), idParam(req, 'serviceId'), req.body);
    res.status(201).location(`/api/services/${page.service.id}`).json(page);
  });

  r.delete('/services/:serviceId', async (req, res) => {
    res.json(await deleteService(context(res, 'service.manage'), idParam(req, 'serviceId')));
  });

  r.get('/services/:serviceId', async (req, res) => {
    const ctx = context(res, ['case.view', 'service.manage']);
    res.json(await serviceDetails(ctx, idParam(req, 'serviceId'), req.query.includeHistory === 'true'));
  });

  r.get('/services/:serviceId/person-search', async (req, res) => {
    const ctx = context(res, 'case.update');
    res.json(await personSearch(ctx, idParam(req, 'serviceId'), req.query));
  });

  r.post('/services/:serviceId/participants', async (req, res) => {
    const ctx = context(res, 'case.update');
    res.status(201).json(await addParticipant(ctx, idParam(req, 'serviceId'), req.body));
  });

  // R-ES-10: the participants page's one Save, every change in it applied together or none.
  r.post('/services/:serviceId/participant-changes', async (req, res) => {
    const ctx = context(res, 'case.update');
    res.json(await saveParticipants(ctx, idParam(req, 'serviceId'), req.body));
  });

  r.patch('/services/:serviceId/participants/:participantId', async (req, res) => {
    const ctx = context(res, 'case.update');
    res.json(await changeParticipant(ctx, idParam(req, 'serviceId'), idParam(req, 'participantId'), req.body));
  });

  r.post('/services/:serviceId/participants/:participantId/intervention', async (req, res) => {
    const ctx = context(res, 'case.update');
    const [serviceId, participantId] = [idParam(req, 'serviceId'), idParam(req, 'participantId')];
    res.json(await startInterventionFromService(ctx, serviceId, participantId, req.body, idempotencyKeyOf(req)));
  });

  // R-DLV-03: the organisations an External intervention can be delivered by; the form sends the chosen id.
  r.get('/delivering-organisations', async (_req, res) => {
    res.json(await deliveringOrganisations(context(res, 'case.view')));
  });

  return r;
}
