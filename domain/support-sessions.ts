// R-SEC-18: Operations Support works in another organisation's data only in a support session, started with a
// reason, shown in the "acting as" banner on every page, and recorded from its start to its end.
import { isOps } from './access.ts';
import { violation, type Violation } from './refusals.ts';

/**
 * How a support session ended: stopped from the banner, by signing out, by acting as another organisation, or with
 * the person's sessions when their access ended (R-SEC-11, R-SEC-12).
 */
export type SupportEnd = 'STOPPED' | 'SIGNED_OUT' | 'SWITCHED' | 'ACCESS_ENDED';

/** How the support history names each end; EXPIRED is a session that timed out while acting. */
export const SUPPORT_END_LABELS: Record<SupportEnd | 'EXPIRED', { en: string; fr: string }> = {
  EXPIRED: { en: 'Session expired', fr: 'Session expirée' },
  STOPPED: { en: 'Stopped', fr: 'Arrêtée' },
  SIGNED_OUT: { en: 'Signed out', fr: 'Déconnexion' },
  SWITCHED: { en: 'Switched to another organisation', fr: 'Passage à un autre organisme' },
  ACCESS_ENDED: { en: 'Access ended', fr: 'Accès terminé' },
};

/** What the session and every page show while Operations Support acts as an organisation. */
export interface ActingAs {
  organisationId: number;
  organisationName: string;
  /** The organisation the person belongs to, whose name the banner also gives. */
  ownOrganisationName: string;
  since: string;
  reason: string;
}

/** Only Operations Support may act as another organisation, and not as their own. */
export function validateSupportStart(
  actor: { profiles: readonly string[]; homeOrganisationId: number },
  organisationId: number,
): Violation[] {
  if (!isOps(actor.profiles))
    return [
      violation(
        'R-SEC-18',
        'NOT_OPERATIONS_SUPPORT',
        {
          en: 'Only LaMPSS Operations Support can act as another organisation.',
          fr: 'Seul le Soutien aux opérations du LaMPSS peut agir comme un autre organisme.',
        },
        { kind: 'forbidden' },
      ),
    ];
  if (organisationId === actor.homeOrganisationId)
    return [
      violation(
        'R-SEC-18',
        'ALREADY_OWN_ORGANISATION',
        {
          en: 'You already work in your own organisation. Choose another organisation to act as.',
          fr: 'Vous travaillez déjà dans votre propre organisme. Choisissez un autre organisme.',
        },
        { kind: 'invalid', field: 'organisationId' },
      ),
    ];
  return [];
}
