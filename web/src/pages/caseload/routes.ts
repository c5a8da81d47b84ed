// The caseload pages (my cases, the organisation's cases) and their addresses.
import type { Route } from '../../app/route.ts';
import { CaseloadPage } from './caseload-page.tsx';

export const ROUTES: Route[] = [{ path: '/cases', page: CaseloadPage, needs: ['case.view'] }];
