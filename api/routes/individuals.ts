// Individuals over HTTP: search (R-PER-01..06), add with a duplicate check (R-PER-08..10), change (R-PER-11..16),
// aliases (R-PER-15), phones and emails (R-PER-17), sharing with government (R-PER-18..23). The use cases are app/people/'s.
import { Router } from 'express';
import type { MikroORM } from '@mikro-orm/postgresql';
import { addPersonContact, changePersonContact } from '../../app/people/contacts.ts';
import { addAlias, addIndividual, changeIndividual } from '../../app/people/individuals.ts';
import { individualDetails, searchIndividuals } from '../../app/people/queries.ts';
import { assertSearchedFirst, searchProof } from '../../app/people/search-proof.ts';
import { shareIndividual } from '../../app/people/sharing.ts';
import {
  aliasSchema,
  personContactSchema,
  individualChangeSchema,
  individualSchema,
  individualSearchSchema,
  newPersonContactSchema,
  shareSchema,
} from '../../domain/schemas/people.ts';
import { requirePermission, tokenOf } from '../auth.ts';
import { idParam, parse } from '../http.ts';

export function individualRoutes(orm: MikroORM): Router {
  const r = Router();
  const em = () => orm.em;

  r.get('/individuals', async (req, res) => {
    const user = requirePermission(res, 'individual.view');
    const found = await searchIndividuals(em(), user, parse(individualSearchSchema, req.query));
    res.json({ ...found, searchToken: searchProof(tokenOf(req)!) });
  });

  r.post('/individuals', async (req, res) => {
    const user = requirePermission(res, 'individual.update');
    const { searchToken, ...input } = parse(individualSchema, req.body);
    assertSearchedFirst(tokenOf(req)!, searchToken);
    const id = await addIndividual(em(), user, input);
    res
      .status(201)
      .location(`/api/individuals/${id}`)
      .json(await individualDetails(em(), user, id));
  });

  r.get('/individuals/:id', async (req, res) => {
    const user = requirePermission(res, 'individual.view');
    res.json(await individualDetails(em(), user, idParam(req, 'id')));
  });

  r.patch('/individuals/:id', async (req, res) => {
    const user = requirePermission(res, 'individual.update');
    const input = parse(individualChangeSchema, req.body);
    await changeIndividual(em(), user, idParam(req, 'id'), input);
    res.json(await individualDetails(em(), user, idParam(req, 'id')));
  });

  r.post('/individuals/:id/aliases', async (req, res) => {
    const user = requirePermission(res, 'individual.update');
    const input = parse(aliasSchema, req.body);
    await addAlias(em(), user, idParam(req, 'id'), input);
    res.status(201).json(await individualDetails(em(), user, idParam(req, 'id')));
  });

  // R-PER-17: phones and emails, one default of each kind; an entry is named by its kind and value.
  r.post('/individuals/:id/contacts', async (req, res) => {
    const user = requirePermission(res, 'individual.update');
    await addPersonContact(em(), user, idParam(req, 'id'), parse(newPersonContactSchema, req.body));
    res.status(201).json(await individualDetails(em(), user, idParam(req, 'id')));
  });

  r.post('/individuals/:id/contacts/removal', async (req, res) => {
    const user = requirePermission(res, 'individual.update');
    await changePersonContact(em(), user, idParam(req, 'id'), 'remove', parse(personContactSchema, req.body));
    res.json(await individualDetails(em(), user, idParam(req, 'id')));
  });

  r.post('/individuals/:id/contacts/default', async (req, res) => {
    const user = requirePermission(res, 'individual.update');
    await changePersonContact(em(), user, idParam(req, 'id'), 'makeDefault', parse(personContactSchema, req.body));
    res.json(await individualDetails(em(), user, idParam(req, 'id')));
  });

  r.post('/individuals/:id/share', async (req, res) => {
    const user = requirePermission(res, 'individual.update');
    const input = parse(shareSchema, req.body);
    await shareIndividual(em(), user, idParam(req, 'id'), input);
    res.json(await individualDetails(em(), user, idParam(req, 'id')));
  });

  return r;
}
