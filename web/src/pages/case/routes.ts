// The case pages and their addresses. The workspace is the UI's largest page: it loads when a case is first
// opened, not with the shell, so the first visit stays light.
import { lazyPage } from '../../app/lazy-page.ts';
import type { Route } from '../../app/route.ts';

const CaseWorkspacePage = lazyPage(() => import('./case-workspace.tsx').then((m) => m.CaseWorkspacePage));

export const ROUTES: Route[] = [{ path: '/cases/:caseId', page: CaseWorkspacePage, needs: ['case.view'] }];
