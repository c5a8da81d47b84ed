// The case's employment outcomes, newest first (R-OUT-12: "Goal met"), each with what may be done with it: edit while
// the case is open (R-OUT-06), delete where R-OUT-07 allows, after a question (C-OUT-02).
import { useState } from 'react';
import { EMPLOYMENT_STATUS_LABELS, OUTCOME_TYPE_LABELS } from '../../../../../domain/outcomes.ts';
import { ApiError, api } from '../../../api/client.ts';
import { useI18n } from '../../../i18n/i18n.tsx';
import { useWords } from '../../../i18n/words.ts';
import { ConfirmDialog } from '../../../ui/confirm.tsx';
import { DataTable } from '../../../ui/data-table.tsx';
import { useToast } from '../../../ui/toast.tsx';
import type { CaseDetails } from '../section.ts';
import { hoursAndWageInWords, jobInWords } from './outcome-details.ts';
import type { Outcome } from './outcome.ts';
import { outcomeWords } from './words.ts';

export function OutcomeList(props: {
  c: CaseDetails;
  outcomes: Outcome[];
  canChange: boolean;
  onEdit(o: Outcome): void;
  changed(c: Omit<CaseDetails, 'workflow'>): void;
}) {
  const i18n = useI18n();
  const { date, label } = i18n;
  const w = useWords(outcomeWords);
  const toast = useToast();
  const [deleting, setDeleting] = useState<Outcome | null>(null);
  const typeOf = (o: Outcome) => label(OUTCOME_TYPE_LABELS[o.type]);

  async function remove(o: Outcome) {
    setDeleting(null);
    try {
      props.changed(await api.delete<Omit<CaseDetails, 'workflow'>>(`/api/cases/${props.c.id}/outcomes/${o.id}`));
      toast(w('deleted'));
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      toast(e.body.message, 'error');
    }
  }

  return (
    <>
      <DataTable
        caption={w('title')}
        rows={props.outcomes}
        rowKey={(o) => o.id}
        empty={w('empty')}
        columns={[
          { key: 'type', header: w('colOutcome'), primary: true, cell: typeOf },
          { key: 'date', header: w('colDate'), cell: (o) => date(o.actualOutcomeDate) },
          {
            key: 'status',
            header: w('colStatus'),
            cell: (o) => label(EMPLOYMENT_STATUS_LABELS[o.employmentStatus as keyof typeof EMPLOYMENT_STATUS_LABELS]),
          },
          { key: 'job', header: w('colJob'), cell: (o) => jobInWords(o, w, i18n) || '—' },
          { key: 'hours', header: w('colHours'), cell: (o) => hoursAndWageInWords(o, w, i18n) || '—' },
          { key: 'goal', header: w('colGoal'), cell: (o) => (o.inPreferredField ? w('yes') : w('no')) },
          ...(props.canChange
            ? [
                {
                  key: 'actions',
                  header: w('colActions'),
                  cell: (o: Outcome) => (
                    <div className="row-actions">
                      <button
                        type="button"
                        className="secondary"
                        aria-label={w('editNamed', { type: typeOf(o) })}
                        onClick={() => props.onEdit(o)}
                      >
                        {w('edit')}
                      </button>
                      {o.deleteRefusedBy === null ? (
                        <button
                          type="button"
                          className="secondary"
                          aria-label={w('deleteNamed', { type: typeOf(o) })}
                          onClick={() => setDeleting(o)}
                        >
                          {w('delete')}
                        </button>
                      ) : (
                        <span className="muted small">
                          {o.deleteRefusedBy === 'E-OUT-05' ? w('cannotDelete.E-OUT-05') : w('cannotDelete.E-OUT-04')}
                        </span>
                      )}
                    </div>
                  ),
                },
              ]
            : []),
        ]}
      />
      <ConfirmDialog
        open={deleting !== null}
        title={w('deleteTitle')}
        confirm={w('delete')}
        danger
        onConfirm={() => deleting && void remove(deleting)}
        onCancel={() => setDeleting(null)}
      >
        {deleting && <p>{w('deleteText', { type: typeOf(deleting), date: date(deleting.actualOutcomeDate) })}</p>}
      </ConfirmDialog>
    </>
  );
}
