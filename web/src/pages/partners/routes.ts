// The Business Partners page (R-BP-01) and its address; the organisation page links to it.
import { lazyPage } from '../../app/lazy-page.ts';
import type { Route } from '../../app/route.ts';

const PartnersPage = lazyPage(() => import('./partners-page.tsx').then((m) => m.PartnersPage));

export const ROUTES: Route[] = [{ path: '/business-partners', page: PartnersPage, needs: ['org.view'] }];
