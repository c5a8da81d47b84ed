// The funding request pages (application packages, agreements) and their addresses.
import type { Route } from '../../app/route.ts';

export const ROUTES: Route[] = [];
