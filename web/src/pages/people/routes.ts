// The people pages and their addresses: the search, adding a person (after a search), a person's page.
import { lazyPage } from '../../app/lazy-page.ts';
import type { Route } from '../../app/route.ts';

const NewPersonPage = lazyPage(() => import('./new-person-page.tsx').then((m) => m.NewPersonPage));
const PersonPage = lazyPage(() => import('./person-page.tsx').then((m) => m.PersonPage));
const PeopleSearchPage = lazyPage(() => import('./search-page.tsx').then((m) => m.PeopleSearchPage));

export const ROUTES: Route[] = [
  { path: '/people', page: PeopleSearchPage, needs: ['individual.view'] },
  { path: '/people/new', page: NewPersonPage, needs: ['individual.update'] },
  { path: '/people/:id', page: PersonPage, needs: ['individual.view'] },
];
