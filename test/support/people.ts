// R-PER-07: a person is added only after a search. The token a search answers with, which the API tests that add a
// person send back as the web page does.
import type { Client } from './http.ts';

export async function searchTokenOf(who: Client): Promise<string> {
  const found = await who.get('/api/individuals?lastName=Search');
  if (typeof found.body.searchToken !== 'string') throw new Error(`no search token: ${found.status}`);
  return found.body.searchToken;
}
