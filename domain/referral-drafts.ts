// R-REF-21 (seed 000, lines 104-107 and 121): notes and documents are attached to a referral with the icons of the
// referral being written; once it is sent none of its fields, attachments included, can change. The receiving
// organisation reads them with the referral; they are never emailed (R-REF-13, spec A-13).
import { violation, type Violation } from './refusals.ts';

/** The note context of a note written on a draft referral. */
export const REFERRAL_NOTE_CONTEXT = 'REFERRAL';
/** The document context of a document attached to a draft referral. */
export const REFERRAL_DOCUMENT_CONTEXT = 'Referral';

export const referralNoLongerDraft = (): Violation =>
  violation(
    'R-REF-21',
    'E-REF-11',
    {
      en:
        'This referral is no longer a draft: it has been sent, so notes and documents can no longer be added to it ' +
        'or removed from it.',
      fr:
        "Ce renvoi n'est plus une ébauche : il a été envoyé, et il n'est donc plus possible d'y ajouter ou d'en " +
        'retirer des notes et des documents.',
    },
    { kind: 'conflict' },
  );

/** Refused once the referral is sent: `sent` says whether it is. */
export const validateDraftAttachment = (sent: boolean): Violation[] => (sent ? [referralNoLongerDraft()] : []);

/** In the case workflow: a referral of `referralId` is among those the case has sent. */
export const sentFromCase = (s: { referrals?: { id: string }[] }, referralId: string | null | undefined) =>
  !!referralId && !!s.referrals?.some((r) => r.id === referralId);

/** R-REF-09: a draft is sent once; sending or cancelling it again is refused. */
export const referralAlreadySent = (): Violation =>
  violation(
    'R-REF-09',
    'E-REF-03',
    {
      en: 'This referral has already been sent and can no longer be changed or cancelled.',
      fr: 'Ce renvoi a déjà été envoyé et ne peut plus être modifié ni annulé.',
    },
    { kind: 'conflict' },
  );
