// How guessable a password is, measured with zxcvbn-ts and its maintained common-language lists (about 49,000 passwords
// from breach corpora): the facts the password rules of domain/passwords.ts decide on. Measured here, not in the
// domain, because the lists are a dependency's data and zxcvbn reads the clock for its own timings.
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary } from '@zxcvbn-ts/language-common';
import { SERVICE_WORDS, type PasswordStrength } from '../domain/passwords.ts';

let zxcvbn: ZxcvbnFactory | undefined;
let common: Set<string> | undefined;

/**
 * The dictionaries load once, on the first password measured. zxcvbn reads the first 64 characters: a crafted
 * 200-character password costs it a tenth of a second or more, and a password whose first 64 characters are guessable
 * is weak anyway.
 */
function estimator() {
  zxcvbn ??= new ZxcvbnFactory({ dictionary, graphs: adjacencyGraphs, maxLength: 64 });
  common ??= new Set([...dictionary['passwords-common'], ...SERVICE_WORDS].map((w) => w.toLowerCase()));
  return { zxcvbn, common };
}

/** Digits, spaces and symbols around a word: what people add to a common word to pass composition rules. */
const decoration = /^[^\p{L}]+|[^\p{L}]+$/gu;

/**
 * `password`'s zxcvbn score, and whether it is a common password as is or once the digits and symbols around it are
 * taken off (`Summer2026!!` is `summer`). `personal` are words of the account (user ID, names, organisation): zxcvbn
 * counts them as guessable.
 */
export function passwordStrength(password: string, personal: string[]): PasswordStrength {
  const { zxcvbn, common } = estimator();
  const lower = password.toLowerCase();
  const core = lower.replace(decoration, '');
  // zxcvbn matches the password in lower case against its inputs as given.
  const inputs = [...personal, ...SERVICE_WORDS].map((w) => w.trim().toLowerCase()).filter((w) => w.length >= 3);
  return {
    common: common.has(lower) || (core.length > 0 && common.has(core)) || /^(.)\1*$/u.test(password),
    score: zxcvbn.check(password, inputs).score,
  };
}
