// The people pages and their addresses: the search, adding a person (after a search), a person's page.
import type { Route } from '../../app/route.ts';
import { NewPersonPage } from './new-person-page.tsx';
import { PersonPage } from './person-page.tsx';
import { PeopleSearchPage } from './search-page.tsx';

export const ROUTES: Route[] = [
  { path: '/people', page: PeopleSearchPage, needs: ['individual.view'] },
  { path: '/people/new', page: NewPersonPage, needs: ['individual.update'] },
  { path: '/people/:id', page: PersonPage, needs: ['individual.view'] },
];
