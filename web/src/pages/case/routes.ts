// The case pages and their addresses. The workspace is the UI's largest page: it loads when a case is first
// opened, not with the shell, so the first visit stays light.
import { createElement, lazy, Suspense } from 'react';
import type { Route } from '../../app/route.ts';
import { Loading } from '../../ui/layout.tsx';

const CaseWorkspace = lazy(() => import('./case-workspace.tsx').then((m) => ({ default: m.CaseWorkspacePage })));

export const ROUTES: Route[] = [
  {
    path: '/cases/:caseId',
    page: (props) => createElement(Suspense, { fallback: createElement(Loading) }, createElement(CaseWorkspace, props)),
    needs: ['case.view'],
  },
];
