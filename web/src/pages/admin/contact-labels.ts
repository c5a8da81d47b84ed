// What the admin pages show for a contact's codes: security profiles, language and position by their labels.
import { CONTACT_LANGUAGES, INVITATION_STATUS_LABELS, POSITION_TYPES } from '../../../../domain/access.ts';
import { isProfile, PROFILE_CATALOGUE } from '../../../../domain/permissions.ts';

type Label = { en: string; fr: string };

const lookup = (table: Record<string, Label>, code: string | null | undefined): Label | null =>
  code && code in table ? table[code] : null;

/** A security profile's official name in both languages; an unknown code (never expected) as stored. */
export const profileName = (code: string): Label =>
  isProfile(code) ? PROFILE_CATALOGUE[code] : { en: code, fr: code };
export const languageName = (code: string | null | undefined) => lookup(CONTACT_LANGUAGES, code);
export const positionName = (code: string | null | undefined) => lookup(POSITION_TYPES, code);
export const invitationStatusName = (code: string | null | undefined) => lookup(INVITATION_STATUS_LABELS, code);
