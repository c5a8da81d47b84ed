// R-UI-05: the paging and sorting parameters every list takes, one way for all: a page from 1, a page size within
// the list's limit, a sort by one of the list's columns and a direction. A wrong one is refused with a message that
// says what to send instead, in English and in French.
import { z } from 'zod';
import { inputMessage } from '../input.ts';

/** The furthest page a list goes to: a higher number is a mistake, not a page. */
const LAST_PAGE = 10_000;

export const pageParam = z.coerce
  .number(inputMessage({ en: 'Enter a page number: 1 or more.', fr: 'Entrez un numéro de page : 1 ou plus.' }))
  .int(inputMessage({ en: 'Enter a whole page number.', fr: 'Entrez un numéro de page entier.' }))
  .min(1, inputMessage({ en: 'Pages start at 1.', fr: 'Les pages commencent à 1.' }))
  .max(
    LAST_PAGE,
    inputMessage({
      en: `Enter a page number up to ${LAST_PAGE}.`,
      fr: `Entrez un numéro de page d'au plus ${LAST_PAGE}.`,
    }),
  )
  .default(1);

/** Rows per page: from 1 to `max`, `fallback` when not asked. */
export function pageSizeParam(fallback: number, max = 100) {
  const message = inputMessage({
    en: `Ask for 1 to ${max} rows per page.`,
    fr: `Demandez de 1 à ${max} lignes par page.`,
  });
  return z.coerce.number(message).int(message).min(1, message).max(max, message).default(fallback);
}

/** The sort of a list: one of its columns' keys, and asc or desc. */
export function sortParams<const K extends readonly [string, ...string[]]>(
  keys: K,
  fallback: { sort: K[number]; dir: 'asc' | 'desc' },
) {
  return {
    sort: z
      .enum(
        keys,
        inputMessage({ en: `Sort by one of: ${keys.join(', ')}.`, fr: `Triez selon l'une de : ${keys.join(', ')}.` }),
      )
      .default(fallback.sort),
    dir: z
      .enum(['asc', 'desc'], inputMessage({ en: 'Sort asc or desc.', fr: 'Triez en ordre asc ou desc.' }))
      .default(fallback.dir),
  };
}
