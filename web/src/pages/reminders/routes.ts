// The reminders a user creates for themselves (R-NOTIF-04) and its address.
import { lazyPage } from '../../app/lazy-page.ts';
import type { Route } from '../../app/route.ts';

const RemindersPage = lazyPage(() => import('./reminders-page.tsx').then((m) => m.RemindersPage));

export const ROUTES: Route[] = [{ path: '/reminders', page: RemindersPage, needs: ['case.view'] }];
