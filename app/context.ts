// What every use case runs with: the request's entity manager (one per request), the Temporal client and the
// signed-in user it acts for.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Client } from '@temporalio/client';
import type { Action } from '../domain/permissions.ts';
import type { ActingAs } from '../domain/support-sessions.ts';

export interface SessionUser {
  id: number;
  organisationId: number;
  organisationName: string;
  loginId: string;
  name: string;
  email: string;
  profiles: string[];
  /** The actions the user's profiles allow, so the UI shows only what they may do. */
  permissions: Action[];
  /** R-SEC-18: Operations Support acting as another organisation; organisationId is then that organisation's. */
  actingAs?: ActingAs | null;
}

export interface AppContext {
  em: EntityManager;
  temporal: Client;
  user: SessionUser;
}
