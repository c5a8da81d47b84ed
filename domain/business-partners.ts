// Business Partners (R-BP-01, R-INT-03): the "Rolodex" of organisations an intervention is delivered or coordinated
// by. Every organisation of Pathway is a public partner as it is; ENS keeps the other public ones (educational
// institutions, self-employment providers, local coordinators); an organisation keeps private ones only it sees.
import { forbidden, type Bilingual } from './refusals.ts';

export type PartnerVisibility = 'PUBLIC' | 'PRIVATE';

export const VISIBILITY_LABELS: Record<PartnerVisibility, Bilingual> = {
  PUBLIC: { en: 'Public (kept by ENS)', fr: 'Public (tenu par ENE)' },
  PRIVATE: { en: 'Private to my organisation', fr: 'Privé à mon organisme' },
};

/** ENS staff keep public partners (seed 001, line 1513). */
export const isEns = (profiles: readonly string[]) => profiles.includes('ENS_AGREEMENT_MANAGER');

/** Spec 04 §2.7: an organisation's Business Partner profile or its ECM administrator keeps its private partners. */
const keepsPrivate = (profiles: readonly string[]) =>
  profiles.includes('ECM_BUSINESS_PARTNER') || profiles.includes('ECM_ADMIN');

/** R-BP-01: only ENS adds or changes a public partner; a private one only its organisation's partner keepers. */
export function assertMayKeep(profiles: readonly string[], visibility: PartnerVisibility): void {
  if (visibility === 'PUBLIC' && !isEns(profiles))
    throw forbidden(
      {
        en: 'Only Employment Nova Scotia keeps public Business Partners: add this one as Private to your organisation.',
        fr:
          "Seul Emploi Nouvelle-Écosse tient les partenaires d'affaires publics : ajoutez celui-ci comme privé à " +
          'votre organisme.',
      },
      'ERR_BP_PUBLIC_ENS_ONLY',
    );
  if (visibility === 'PRIVATE' && !keepsPrivate(profiles))
    throw forbidden(
      {
        en: "Private Business Partners are kept by your organisation's Business Partner profile or ECM administrator.",
        fr:
          "Les partenaires d'affaires privés sont tenus par le profil Partenaires d'affaires ou l'administrateur " +
          'GEC de votre organisme.',
      },
      'ERR_BP_PRIVATE_KEEPER',
    );
}

/** What a person may do with the partners they see: keep public ones (ENS) and private ones (their keepers). */
export const partnerRights = (profiles: readonly string[]) => ({
  keepsPublic: isEns(profiles),
  keepsPrivate: keepsPrivate(profiles),
});
