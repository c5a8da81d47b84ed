// One participant's status change: the statuses the rules allow from here (SM-3), a case ID when a pre-registered
// person is registered (R-WL-03), and a question before a removal (R-ES-12). Refusals show beside the choice.
import { useId, useState } from 'react';
import type { changeParticipant } from '../../../../app/services/commands.ts';
import { PARTICIPANT_STATUSES, type ParticipantStatus } from '../../../../domain/services.ts';
import { ApiError, api, newIdempotencyKey } from '../../api/client.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { useWords } from '../../i18n/words.ts';
import { ConfirmDialog } from '../../ui/confirm.tsx';
import { useToast } from '../../ui/toast.tsx';
import type { Participant, ServiceData } from './service-types.ts';
import { WORDS } from './services-words.ts';

type Changed = Awaited<ReturnType<typeof changeParticipant>>;

export function StatusChange(props: { participant: Participant; path: string; onChanged(page: ServiceData): void }) {
  const w = useWords(WORDS);
  const i18n = useI18n();
  const toast = useToast();
  const id = useId();
  const p = props.participant;
  const [to, setTo] = useState('');
  const [caseId, setCaseId] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  if (!p.allowedStatuses.length) return null;
  const needsCase = p.status === 'PRE_REGISTERED' && to === 'REGISTERED';
  const statusLabel = (s: string) => i18n.label(PARTICIPANT_STATUSES[s as ParticipantStatus]);

  async function send(confirmed: boolean) {
    setAsking(false);
    setBusy(true);
    try {
      const page = await api.patch<Changed>(`${props.path}/participants/${p.id}`, {
        body: { status: to, confirmed, ...(needsCase && caseId ? { caseId: Number(caseId) } : {}) },
        idempotencyKey: newIdempotencyKey(),
      });
      setError(null);
      setTo('');
      toast(w('statusChanged', { name: p.name, status: statusLabel(to) }));
      props.onChanged(page);
    } catch (e) {
      setError(e instanceof ApiError ? (e.body.violations[0]?.message ?? e.body.message) : i18n.t('networkFailed'));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form
      className="status-change"
      onSubmit={(e) => {
        e.preventDefault();
        if (!to) return setError(i18n.t('fieldChoose'));
        if (to === 'REMOVED') return setAsking(true);
        void send(false);
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
        {p.allowedStatuses.map((s) => (
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
      <button type="submit" className="secondary" disabled={busy}>
        {busy ? i18n.t('saving') : w('change')}
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
        onConfirm={() => void send(true)}
        onCancel={() => setAsking(false)}
      >
        <p>{w('removeText')}</p>
      </ConfirmDialog>
    </form>
  );
}
