// A page loaded when it is first opened, not with the shell: each area's code arrives with its first visit, so the
// first load (the sign-in page, the home page) stays within its budget however many areas the UI has.
import { createElement, lazy, Suspense, type ComponentType } from 'react';
import { Loading } from '../ui/layout.tsx';
import type { Route } from './route.ts';

type Page = Route['page'];

export function lazyPage(load: () => Promise<ComponentType<{ params: Record<string, string> }>>): Page {
  const Lazy = lazy(() => load().then((page) => ({ default: page })));
  return (props) => createElement(Suspense, { fallback: createElement(Loading) }, createElement(Lazy, props));
}
