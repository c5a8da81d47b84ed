// One participant's status change, kept with the page's other changes until its Save (R-ES-10): the statuses the
// rules allow once those changes are saved (SM-3), a case ID when a pre-registered person is registered (R-WL-03),
// and a question before a removal (R-ES-12).
import { useId, useState } from 'react';
import { PARTICIPANT_STATUSES, type ParticipantStatus } from '../../../../domain/services.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { useWords } from '../../i18n/words.ts';
import { ConfirmDialog } from '../../ui/confirm.tsx';
import type { PendingChange } from './pending-participants.ts';
import type { Participant } from './service-types.ts';
import { WORDS } from './services-words.ts';

export function StatusChange(props: {
  participant: Participant;
  allowed: ParticipantStatus[];
  onChange(change: PendingChange): void;
}) {
  const w = useWords(WORDS);
  const i18n = useI18n();
  const id = useId();
  const p = props.participant;
  const [to, setTo] = useState('');
  const [caseId, setCaseId] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [asking, setAsking] = useState(false);
  if (!props.allowed.length) return null;
  const needsCase = p.status === 'PRE_REGISTERED' && to === 'REGISTERED';
  const statusLabel = (s: string) => i18n.label(PARTICIPANT_STATUSES[s as ParticipantStatus]);

  function keep() {
    setAsking(false);
    if (needsCase && !/^[1-9][0-9]*$/.test(caseId.trim())) return setError(w('registerCaseHint', { name: p.name }));
    props.onChange({
      participantId: p.id,
      name: p.name,
      from: p.status as ParticipantStatus,
      status: to as ParticipantStatus,
      ...(needsCase ? { caseId: Number(caseId) } : {}),
    });
    setError(null);
    setTo('');
  }

  return (
    <form
      className="status-change"
      onSubmit={(e) => {
        e.preventDefault();
        if (!to) return setError(i18n.t('fieldChoose'));
        if (to === 'REMOVED') return setAsking(true);
        keep();
      }}
    >
      <label htmlFor={`${id}-to`} className="visually-hidden">
        {w('newStatus', { name: p.name })}
      </label>
      <select
        id={`${id}-to`}
        value={to}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => {
          setTo(e.target.value);
          setError(null);
        }}
      >
        <option value="">{i18n.t('choose')}</option>
        {props.allowed.map((s) => (
          <option key={s} value={s}>
            {statusLabel(s)}
          </option>
        ))}
      </select>
      {needsCase && (
        <>
          <label htmlFor={`${id}-case`}>{w('caseId')}</label>
          <input
            id={`${id}-case`}
            inputMode="numeric"
            value={caseId}
            aria-describedby={`${id}-case-hint`}
            onChange={(e) => setCaseId(e.target.value)}
          />
          <span id={`${id}-case-hint`} className="hint">
            {w('registerCaseHint', { name: p.name })}
          </span>
        </>
      )}
      <button type="submit" className="secondary">
        {w('change')}
      </button>
      {error && (
        <p className="field-error" id={`${id}-error`} role="alert">
          {error}
        </p>
      )}
      <ConfirmDialog
        open={asking}
        title={w('confirmRemoveTitle', { name: p.name })}
        confirm={w('confirmRemove')}
        danger
        onConfirm={keep}
        onCancel={() => setAsking(false)}
      >
        <p>{w('removeText')}</p>
      </ConfirmDialog>
    </form>
  );
}
