// Operations Support's page for acting as another organisation (R-SEC-18), and its address.
import { lazyPage } from '../../app/lazy-page.ts';
import type { Route } from '../../app/route.ts';

const SupportPage = lazyPage(() => import('./support-page.tsx').then((m) => m.SupportPage));

export const ROUTES: Route[] = [{ path: '/support', page: SupportPage, needs: ['org.any'] }];
