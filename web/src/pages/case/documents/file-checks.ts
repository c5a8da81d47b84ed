// R-DOC-01/02 in the browser: a file's type and size are checked as soon as it is chosen, with the server's own limits
// (the server checks the content again).
import { DOCUMENT_TYPES, extensionOf, MAX_DOCUMENT_BYTES } from '../../../../../domain/documents.ts';
import type { I18n } from '../../../i18n/i18n.tsx';
import type { documentWords } from './words.ts';

type W = (key: keyof (typeof documentWords)['en'], params?: Record<string, string | number>) => string;

/** The file's extensions the picker offers. */
export const ACCEPTED = Object.keys(DOCUMENT_TYPES)
  .map((e) => `.${e}`)
  .join(',');

export function sizeInWords(bytes: number, w: W, i18n: I18n): string {
  if (bytes < 1024) return w('bytes', { n: i18n.number(bytes) });
  if (bytes < 1024 * 1024) return w('kb', { n: i18n.number(Math.round((bytes / 1024) * 10) / 10) });
  return w('mb', { n: i18n.number(Math.round((bytes / 1024 / 1024) * 10) / 10) });
}

/** What is wrong with a chosen file, in the user's words; null when it may be sent. */
export function fileProblem(file: File, w: W, i18n: I18n): string | null {
  const ext = extensionOf(file.name);
  if (!(ext in DOCUMENT_TYPES)) return w('badType', { ext: ext || w('noExtension') });
  if (file.size === 0) return w('emptyFile');
  if (file.size > MAX_DOCUMENT_BYTES) return w('tooBig', { size: sizeInWords(file.size, w, i18n) });
  return null;
}
