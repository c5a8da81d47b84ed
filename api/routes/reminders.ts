// Reminders a user creates for themselves (R-NOTIF-04): search, create, and delete several at once (R-NOTIF-05).
import { Router } from 'express';
import type { MikroORM } from '@mikro-orm/postgresql';
import { searchReminders } from '../../app/reminders/queries.ts';
import { createReminder, deleteReminders } from '../../app/reminders/reminders.ts';
import { reminderDeleteSchema, reminderSchema, reminderSearchSchema } from '../../domain/schemas/reminders.ts';
import { requirePermission } from '../auth.ts';
import { parse } from '../http.ts';

export function reminderRoutes(orm: MikroORM): Router {
  const r = Router();
  r.get('/reminders', async (req, res) => {
    const user = requirePermission(res, 'case.view');
    res.json(await searchReminders(orm.em, user, parse(reminderSearchSchema, req.query)));
  });
  r.post('/reminders', async (req, res) => {
    const user = requirePermission(res, 'case.view');
    res.status(201).json(await createReminder(orm.em, user, parse(reminderSchema, req.body)));
  });
  r.post('/reminders/delete', async (req, res) => {
    const user = requirePermission(res, 'case.view');
    res.json(await deleteReminders(orm.em, user, parse(reminderDeleteSchema, req.body).ids));
  });
  return r;
}
