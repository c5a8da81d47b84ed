// R-TMR-09: LaMPSS emails a referral within about 15 minutes of its submission (seed 000, lines 145-148, 324-325). A
// referral still SENT after that (its email not handed to the mail server) raises an operations alert; the case
// manager sees the referral's status only.
import type { Label } from './case-model.ts';

export const REFERRAL_EMAIL_DEADLINE_MINUTES = 15;

/** Referrals submitted before this instant and still SENT are late. */
export const referralEmailCutoff = (now: Date): Date =>
  new Date(now.getTime() - REFERRAL_EMAIL_DEADLINE_MINUTES * 60_000);

/** R-TMR-09: the alert operations see, in both languages. */
export function lateReferralAlert(r: { caseId: number; minutes: number }): Label {
  return {
    en:
      `R-TMR-09: the referral email of case ${r.caseId} has not been handed to the mail server ` +
      `${r.minutes} minutes after submission (target: ${REFERRAL_EMAIL_DEADLINE_MINUTES} minutes). ` +
      `Check that the workers are running; a stuck email is listed with its error and can be retried.`,
    fr:
      `R-TMR-09 : le courriel d'aiguillage du cas ${r.caseId} n'a pas été remis au serveur de courriel ` +
      `${r.minutes} minutes après l'envoi (cible : ${REFERRAL_EMAIL_DEADLINE_MINUTES} minutes). ` +
      'Vérifiez que les processus de traitement fonctionnent; ' +
      'un courriel bloqué est listé avec son erreur et peut être relancé.',
  };
}
