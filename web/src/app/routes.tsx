// Every page of the UI, area by area (each area keeps its own list in pages/<area>/routes.ts). The shell shows the
// first route that matches the address.
import { HomePage } from '../pages/home.tsx';
import { SignInPage } from '../pages/sign-in.tsx';
import { ROUTES as ACCOUNT } from '../pages/account/routes.ts';
import { ROUTES as ADMIN } from '../pages/admin/routes.ts';
import { ROUTES as CASE } from '../pages/case/routes.ts';
import { ROUTES as CASELOAD } from '../pages/caseload/routes.ts';
import { ROUTES as FUNDING } from '../pages/funding/routes.ts';
import { ROUTES as OPERATIONS } from '../pages/operations/routes.ts';
import { ROUTES as PARTNERS } from '../pages/partners/routes.ts';
import { ROUTES as PEOPLE } from '../pages/people/routes.ts';
import { ROUTES as REMINDERS } from '../pages/reminders/routes.ts';
import { ROUTES as SERVICES } from '../pages/services/routes.ts';
import { ROUTES as SUPERVISION } from '../pages/supervision/routes.ts';
import { ROUTES as SUPPORT } from '../pages/support/routes.ts';
import type { Route } from './route.ts';

export type { Route };

export const ROUTES: Route[] = [
  { path: '/sign-in', page: SignInPage, public: true },
  { path: '/', page: HomePage },
  ...PEOPLE,
  ...CASELOAD,
  ...CASE,
  ...FUNDING,
  ...SUPERVISION,
  ...OPERATIONS,
  ...SERVICES,
  ...REMINDERS,
  ...PARTNERS,
  ...ADMIN,
  ...ACCOUNT,
  ...SUPPORT,
];
