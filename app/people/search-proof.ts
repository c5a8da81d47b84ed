// R-PER-07: a person is added only after a search. A search answers with a proof tied to the session (an HMAC of a
// fixed text keyed by the session's own secret token) and adding a person asks for it back: nothing is stored, any
// API instance checks it, and it is worth nothing outside the session that searched.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { RuleViolationError, violation } from '../../domain/refusals.ts';

/** The proof a person search hands to the session that ran it. */
export const searchProof = (sessionToken: string): string =>
  createHmac('sha256', sessionToken).update('R-PER-07 person search').digest('base64url');

/** Refuses adding a person without the proof of a search in this session. */
export function assertSearchedFirst(sessionToken: string, proof: string | undefined): void {
  const expected = Buffer.from(searchProof(sessionToken));
  const given = Buffer.from(proof ?? '');
  if (given.length === expected.length && timingSafeEqual(given, expected)) return;
  throw new RuleViolationError([
    violation(
      'R-PER-07',
      'SEARCH_FIRST',
      {
        en:
          'Search for the person before adding them: they may already be in your registry. Send the searchToken ' +
          'that your search answered with.',
        fr:
          "Cherchez la personne avant de l'ajouter : elle est peut-être déjà dans votre registre. Envoyez le " +
          'searchToken que votre recherche a renvoyé.',
      },
      { field: 'searchToken' },
    ),
  ]);
}
