// The password rules (SR-01) for one account: its own words (user ID, names, email, organisation) count as guessable,
// so `Claire2026!!` is no password for Claire.
import { passwordViolations, type PasswordStrength } from '../../domain/passwords.ts';
import type { Violation } from '../../domain/refusals.ts';
import { passwordStrength } from '../../infra/password-strength.ts';

export interface Account {
  loginId: string;
  firstName: string;
  lastName: string;
  email: string;
}

/** The words of an account and its organisation that a password should not be built from. */
const accountWords = (account: Account, organisation: { name: string; code: string }) => [
  account.loginId,
  account.firstName,
  account.lastName,
  ...account.email.split(/[@._+-]/),
  organisation.code,
  ...organisation.name.split(/\s+/),
];

export const strengthFor = (
  password: string,
  account: Account,
  organisation: { name: string; code: string },
): PasswordStrength => passwordStrength(password, accountWords(account, organisation));

/** SR-01: what is wrong with `password` for this account. */
export const passwordViolationsFor = (
  password: string,
  account: Account,
  organisation: { name: string; code: string },
): Violation[] => passwordViolations(password, account.loginId, strengthFor(password, account, organisation));
