// The context a route hands to a use case once the caller holds the permission it needs: the request's entity
// manager (orm.em inside a request is the request's own, api/app.ts), the Temporal client and the signed-in user.
import type { Response } from 'express';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Client } from '@temporalio/client';
import type { AppContext } from '../app/context.ts';
import type { Action } from '../domain/permissions.ts';
import { requirePermission } from './auth.ts';

export type ContextFor = (res: Response, permission: Action | Action[]) => AppContext;

export const contextFor =
  (orm: MikroORM, temporal: Client): ContextFor =>
  (res, permission) => ({ em: orm.em, temporal, user: requirePermission(res, permission) });
