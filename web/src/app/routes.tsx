// Every page of the UI, the address it lives at and who may open it. The shell shows the first route that matches.
import type { ComponentType } from 'react';
import type { Action } from '../../../domain/permissions.ts';
import { HomePage } from '../pages/home.tsx';
import { SignInPage } from '../pages/sign-in.tsx';

export interface Route {
  path: string;
  page: ComponentType<{ params: Record<string, string> }>;
  /** Open to visitors who are not signed in. */
  public?: boolean;
  /** Any one of these permissions opens it; none listed: every signed-in user. */
  needs?: Action[];
}

export const ROUTES: Route[] = [
  { path: '/sign-in', page: SignInPage, public: true },
  { path: '/', page: HomePage },
];
