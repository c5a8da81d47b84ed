// The case pages and their addresses.
import type { Route } from '../../app/route.ts';

export const ROUTES: Route[] = [];
