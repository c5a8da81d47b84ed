// The supervision pages and their addresses.
import { lazyPage } from '../../app/lazy-page.ts';
import type { Route } from '../../app/route.ts';

const DashboardPage = lazyPage(() => import('./dashboard-page.tsx').then((m) => m.DashboardPage));
const TimelinePage = lazyPage(() => import('./timeline-page.tsx').then((m) => m.TimelinePage));

export const ROUTES: Route[] = [
  { path: '/supervision', page: DashboardPage, needs: ['case.inspect'] },
  { path: '/cases/:caseId/timeline', page: TimelinePage, needs: ['case.inspect'] },
];
