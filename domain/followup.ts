// Follow-up dates (spec 03 §5.1, R-FU-01..10): eligibility counts from the Action Plan End Date A,
// nominal due dates from the end of the last RTWAP intervention L; alerts fire on the later of the two.
import { TRANSFER_REMINDER_DAYS } from './referrals.ts';
import { addDays, formatLongDate, maxDate, type IsoDate } from './dates.ts';

export const WEEK_24_ELIGIBLE_DAYS = 22 * 7; // R-FU-01: 154 days after A, A being day 0, inclusive
export const WEEK_52_ELIGIBLE_DAYS = 48 * 7; // R-FU-02: 336 days (48 weeks prevail over the "22 weeks" slip)
export const WEEK_24_DUE_DAYS = 24 * 7; // R-FU-08
export const WEEK_52_DUE_DAYS = 52 * 7;

export interface FollowUpAnchors {
  /** Action Plan End Date: the day the case entered Follow-up (R-FU-10). */
  planEndDate: IsoDate;
  /** Latest end date among the RTWAP's interventions when the case entered Follow-up. */
  lastInterventionEnd: IsoDate;
}

export interface FollowUpSchedule {
  earliest24: IsoDate;
  earliest52: IsoDate;
  due24: IsoDate;
  due52: IsoDate;
  alertAt24: IsoDate;
  alertAt52: IsoDate;
}

export function followUpSchedule({ planEndDate: a, lastInterventionEnd: l }: FollowUpAnchors): FollowUpSchedule {
  const earliest24 = addDays(a, WEEK_24_ELIGIBLE_DAYS);
  const earliest52 = addDays(a, WEEK_52_ELIGIBLE_DAYS);
  const due24 = addDays(l, WEEK_24_DUE_DAYS);
  const due52 = addDays(l, WEEK_52_DUE_DAYS);
  return {
    earliest24,
    earliest52,
    due24,
    due52,
    alertAt24: maxDate(due24, earliest24),
    alertAt52: maxDate(due52, earliest52),
  };
}

/** After this many days past the 52-week alert, the alert suggests closing the case (R-TMR-08). */
export const NOT_ACHIEVABLE_HINT_DAYS = 8 * 7;

/**
 * What a follow-up or overdue alert says (R-TMR-01, R-TMR-02, R-TMR-08): the 52-week alert points at a missing
 * 24-week outcome first, and eight weeks on, at the "Follow-ups not achievable" closure.
 */
export function alertMessage(
  kind: string,
  dueDate: string,
  today: string,
  week24Recorded: boolean,
  lang: 'en' | 'fr' = 'en',
): string {
  const fr = lang === 'fr';
  if (kind === 'INTERVENTION_OVERDUE')
    return fr
      ? `Intervention en retard : sa date de fin prévue était le ${formatLongDate(dueDate, 'fr')} et aucun résultat ` +
          "n'est enregistré."
      : `Intervention overdue: its planned end date was ${dueDate} and no result is recorded.`;
  if (kind === 'WEEK_24_DUE') return fr ? 'Suivi de 24 semaines à faire.' : '24 Week follow-up due.';
  if (kind === 'TRANSFER_PENDING')
    return fr
      ? "Transfert de cas en attente : l'organisme destinataire ne l'a pas encore terminé."
      : 'Case transfer pending: the receiving organisation has not completed it yet.';
  if (kind === 'TRANSFER_REMINDER') {
    const since = addDays(dueDate, -TRANSFER_REMINDER_DAYS);
    return fr
      ? `Transfert de cas toujours en attente depuis le ${formatLongDate(since, 'fr')} : communiquez avec ` +
          "l'organisme destinataire."
      : `Case transfer still waiting since ${since}: contact the receiving organisation.`;
  }
  let text = week24Recorded
    ? fr
      ? 'Suivi de 52 semaines à faire.'
      : '52 Week follow-up due.'
    : fr
      ? "Suivi de 52 semaines à faire. Le résultat à 24 semaines n'est pas enregistré — enregistrez-le d'abord."
      : '52 Week follow-up due. 24 Week outcome outstanding — record it first.';
  if (today > addDays(dueDate, NOT_ACHIEVABLE_HINT_DAYS)) {
    text += fr
      ? ' Si le client ne peut être joint après trois tentatives par des moyens différents, le cas peut être fermé ' +
        'avec la raison « Suivis non réalisables ».'
      : ' If the client cannot be reached after three attempts by different means, the case may be closed ' +
        'with "Follow-ups not achievable".';
  }
  return text;
}
