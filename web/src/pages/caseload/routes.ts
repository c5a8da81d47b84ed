// The caseload pages (my cases, the organisation's cases) and their addresses.
import { lazyPage } from '../../app/lazy-page.ts';
import type { Route } from '../../app/route.ts';

const CaseloadPage = lazyPage(() => import('./caseload-page.tsx').then((m) => m.CaseloadPage));

export const ROUTES: Route[] = [{ path: '/cases', page: CaseloadPage, needs: ['case.view'] }];
