// A person as the API answers it (GET /api/individuals/:id, and every change to them), for the person page's parts.
import type { individualDetails } from '../../../../app/people/queries.ts';

export type Person = Awaited<ReturnType<typeof individualDetails>>;

/** What each part of the person page gets: the person, and how to show them once a change answered. */
export interface PersonPartProps {
  person: Person;
  replace(person: Person): void;
}
