// The funding request pages (application packages, the organisation's agreements, an agreement) and their
// addresses; and the case sections' own page.
import { lazyPage } from '../../app/lazy-page.ts';
import type { Route } from '../../app/route.ts';

const AgreementsPage = lazyPage(() => import('./agreements-page.tsx').then((m) => m.AgreementsPage));
const AgreementPage = lazyPage(() => import('./agreement-page.tsx').then((m) => m.AgreementPage));
const PackagePage = lazyPage(() => import('./package-page.tsx').then((m) => m.PackagePage));
const SectionPreviewPage = lazyPage(() => import('./section-preview-page.tsx').then((m) => m.SectionPreviewPage));

export const ROUTES: Route[] = [
  { path: '/funding-packages/:packageId', page: PackagePage, needs: ['case.view', 'funding.decide'] },
  { path: '/agreements', page: AgreementsPage, needs: ['case.view'] },
  { path: '/agreements/:agreementId', page: AgreementPage, needs: ['case.view', 'funding.decide'] },
  { path: '/cases/:caseId/sections/:section', page: SectionPreviewPage, needs: ['case.view'] },
];
