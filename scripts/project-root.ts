// The repository's root folder, for scripts that start its files or write under it from wherever they run.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** A path as shown to a person: from the root when it is under it, else in full. */
export function shownPath(p: string): string {
  const fromRoot = path.relative(projectRoot, p);
  return fromRoot.startsWith('..') ? p : fromRoot;
}
