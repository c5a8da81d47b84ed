// A page of the UI: the address it lives at and who may open it.
import type { ComponentType } from 'react';
import type { Action } from '../../../domain/permissions.ts';

export interface Route {
  path: string;
  page: ComponentType<{ params: Record<string, string> }>;
  /** Open to visitors who are not signed in. */
  public?: boolean;
  /** Any one of these permissions opens it; none listed: every signed-in user. */
  needs?: Action[];
}
