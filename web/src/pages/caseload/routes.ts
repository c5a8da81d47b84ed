// The caseload pages (my cases, the organisation's cases) and their addresses.
import type { Route } from '../../app/route.ts';

export const ROUTES: Route[] = [];
