// The supervision pages and their addresses.
import type { Route } from '../../app/route.ts';
import { DashboardPage } from './dashboard-page.tsx';
import { TimelinePage } from './timeline-page.tsx';

export const ROUTES: Route[] = [
  { path: '/supervision', page: DashboardPage, needs: ['case.inspect'] },
  { path: '/cases/:caseId/timeline', page: TimelinePage, needs: ['case.inspect'] },
];
