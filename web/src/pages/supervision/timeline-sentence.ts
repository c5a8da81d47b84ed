// One event of the case timeline as a sentence in the user's language: as the headline of its entry it names who
// acted; as a detail of another event (what a task's completion brought) it says what followed.
import type { TimelineEvent } from '../../../../app/supervision/case-timeline.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { useWords } from '../../i18n/words.ts';
import { WORDS } from './timeline-words.ts';

export interface Sentence {
  text: string;
  /** Further lines that belong to it (a stuck step's error and next retry). */
  more: string[];
}

/** `actor` is who acted (null: Pathway itself); `detail` when the event is told under another one. */
export function useSentence(): (e: TimelineEvent, actor: string | null, detail: boolean) => Sentence {
  const w = useWords(WORDS);
  const { label, date, dateTime, number } = useI18n();
  const due = (d: string | null) => (d ? date(d) : '');
  return (e, actor, detail) => {
    const who = actor ?? w('pathway');
    const say = (text: string, more: string[] = []): Sentence => ({ text, more });
    switch (e.type) {
      case 'caseOpened':
        return say(w('caseOpened', { who, stage: label(e.stage) }));
      case 'taskCompleted':
        if (e.stage && e.outcome)
          return say(w('taskCompletedStage', { who, stage: label(e.stage), outcome: label(e.outcome) }));
        return say(
          e.outcome
            ? w('taskCompletedOutcome', { who, task: label(e.task), outcome: label(e.outcome) })
            : w('taskCompleted', { who, task: label(e.task) }),
        );
      case 'statusChanged':
        return say(
          w(detail ? 'statusChangedDetail' : 'statusChanged', { who, to: label(e.to), reason: label(e.reason) }),
        );
      case 'caseClosed':
        return say(w(detail ? 'caseClosedDetail' : 'caseClosed', { who, reason: label(e.reason) }));
      case 'taskOpened':
        return say(
          e.dueDate
            ? w('taskOpened', { task: label(e.task), due: due(e.dueDate) })
            : w('taskOpenedNoDue', { task: label(e.task) }),
        );
      case 'taskCancelled':
        return say(w('taskCancelled', { task: label(e.task) }));
      case 'taskDueDateChanged':
        return say(w('taskDueDateChanged', { task: label(e.task), due: due(e.dueDate) }));
      case 'interventionAdded':
        return say(
          w('interventionAdded', {
            who,
            intervention: label(e.intervention),
            start: date(e.start),
            end: date(e.end),
          }),
        );
      case 'interventionChanged':
        return say(w('interventionChanged', { who, intervention: label(e.intervention), status: label(e.status) }));
      case 'interventionRemoved':
        return say(w('interventionRemoved', { who, intervention: label(e.intervention) }));
      case 'needsSaved':
        return say(w(e.completed ? 'needsCompleted' : 'needsDraft', { who, version: e.version }));
      case 'noteAdded':
        return say(w(detail ? 'noteAddedDetail' : 'noteAdded', { who }));
      case 'noteEdited':
        return say(w('noteEdited', { who }));
      case 'educationSaved':
        return say(w('educationSaved', { who }));
      case 'additionalInfoSaved':
        return say(w('additionalInfoSaved', { who, module: label(e.module) }));
      case 'outcomeRecorded':
        return say(w('outcomeRecorded', { who, outcome: label(e.outcome), status: label(e.employmentStatus) }));
      case 'outcomeChanged':
        return say(w('outcomeChanged', { who, outcome: label(e.outcome), status: label(e.employmentStatus) }));
      case 'outcomeDeleted':
        return say(w('outcomeDeleted', { who, outcome: label(e.outcome) }));
      case 'followUpScheduled':
        return say(
          w(detail ? 'followUpScheduledDetail' : 'followUpScheduled', {
            who,
            due24: date(e.due24),
            due52: date(e.due52),
          }),
        );
      case 'alertRaised':
        return say(w('alertRaised', { who, alert: label(e.alert), due: date(e.dueDate) }));
      case 'alertCleared':
        return say(w('alertCleared', { alert: label(e.alert) }));
      case 'caseManagerChanged':
        return say(w(detail ? 'caseManagerChangedDetail' : 'caseManagerChanged', { who, name: e.caseManager }));
      case 'registrationUpdated':
        return say(
          w('registrationUpdated', { who }),
          e.changes.map((c) =>
            w('registrationChange', {
              field: label(c.field),
              from: c.from ? label(c.from) : w('noAnswer'),
              to: c.to ? label(c.to) : w('noAnswer'),
            }),
          ),
        );
      case 'referralSent':
        return say(w('referralSent', { who, type: label(e.referralType), organisation: e.organisation }));
      case 'referralEmailed':
        return say(w('referralEmailed'));
      case 'referralEmailFailed':
        return say(w('referralEmailFailed'));
      case 'transferCompleted':
        return say(w('transferCompleted', { who, organisation: e.organisation, name: e.caseManager }));
      case 'emailSent': {
        const key = {
          CASE_ASSIGNED: 'emailCaseAssigned',
          REFERRAL: 'emailReferral',
          TRANSFER_REMINDER: 'emailTransferReminder',
          TRANSFER_COMPLETED: 'emailTransferCompleted',
        } as const;
        return say(w(key[e.email], { who, to: e.to ?? '' }));
      }
      case 'stepStuck':
        return say(w('stepStuck', { who, attempts: number(e.attempts), step: label(e.step) }), [
          ...(e.error ? [w('stepError', { error: e.error })] : []),
          ...(e.nextRetryAt ? [w('stepNextRetry', { at: dateTime(e.nextRetryAt) })] : []),
        ]);
      case 'stepRetried':
        return say(w(actor === null ? 'stepRetriedItself' : 'stepRetried', { who, step: label(e.step) }));
    }
  };
}
