// Business Partners (R-BP-01, R-INT-03): search and the Recent list for whoever chooses one on an intervention, and
// adding or changing one for ENS (public) and an organisation's partner keepers (private).
import { Router } from 'express';
import type { MikroORM } from '@mikro-orm/postgresql';
import { createPartner, updatePartner } from '../../app/business-partners/partners.ts';
import { recentPartners, searchPartners } from '../../app/business-partners/queries.ts';
import { partnerRights } from '../../domain/business-partners.ts';
import { businessPartnerSchema, businessPartnerSearchSchema } from '../../domain/schemas/business-partners.ts';
import { requirePermission } from '../auth.ts';
import { idParam, parse } from '../http.ts';

export function businessPartnerRoutes(orm: MikroORM): Router {
  const r = Router();
  r.get('/business-partners', async (req, res) => {
    const user = requirePermission(res, 'org.view');
    const items = await searchPartners(orm.em, user, parse(businessPartnerSearchSchema, req.query));
    res.json({ items, ...partnerRights(user.profiles) });
  });
  r.get('/business-partners/recent', async (_req, res) => {
    const user = requirePermission(res, 'org.view');
    res.json({ items: await recentPartners(orm.em, user) });
  });
  r.post('/business-partners', async (req, res) => {
    const user = requirePermission(res, 'org.view');
    res.status(201).json(await createPartner(orm.em, user, parse(businessPartnerSchema, req.body)));
  });
  r.put('/business-partners/:id', async (req, res) => {
    const user = requirePermission(res, 'org.view');
    res.json(await updatePartner(orm.em, user, idParam(req, 'id'), parse(businessPartnerSchema, req.body)));
  });
  return r;
}
