// The funding request pages (application packages, agreements) and their addresses; and the case sections' own page.
import type { Route } from '../../app/route.ts';
import { AgreementPage } from './agreement-page.tsx';
import { PackagePage } from './package-page.tsx';
import { SectionPreviewPage } from './section-preview-page.tsx';

export const ROUTES: Route[] = [
  { path: '/funding-packages/:packageId', page: PackagePage, needs: ['case.view', 'funding.decide'] },
  { path: '/agreements/:agreementId', page: AgreementPage, needs: ['case.view', 'funding.decide'] },
  { path: '/cases/:caseId/sections/:section', page: SectionPreviewPage, needs: ['case.view'] },
];
