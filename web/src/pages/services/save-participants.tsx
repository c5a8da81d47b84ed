// The participants page's Save (R-ES-10): how many changes are waiting, Save to send them all in one request, or
// Discard. A refusal saves nothing and lists each refused change by participant; a service that filled up since the
// adds were chosen asks before putting them on the waitlist (R-WL-04).
import { useState } from 'react';
import type { saveParticipants } from '../../../../app/services/participants-save.ts';
import { ApiError, api, newIdempotencyKey } from '../../api/client.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { useWords } from '../../i18n/words.ts';
import { ConfirmDialog } from '../../ui/confirm.tsx';
import { Card } from '../../ui/layout.tsx';
import { useToast } from '../../ui/toast.tsx';
import { pendingCount, saveBody, type Pending } from './pending-participants.ts';
import type { ServiceData } from './service-types.ts';
import { WORDS } from './services-words.ts';

type Saved = Awaited<ReturnType<typeof saveParticipants>>;

export function SaveParticipants(props: {
  path: string;
  pending: Pending;
  onSaved(page: ServiceData): void;
  onDiscard(): void;
}) {
  const w = useWords(WORDS);
  const i18n = useI18n();
  const toast = useToast();
  const [busy, setBusy] = useState(false);
  const [refusals, setRefusals] = useState<string[]>([]);
  const [askWaitlist, setAskWaitlist] = useState(false);
  const n = pendingCount(props.pending);
  if (n === 0) return null;

  async function save(waitlistAgreed: boolean) {
    setAskWaitlist(false);
    setBusy(true);
    const body = saveBody(props.pending);
    const adds = waitlistAgreed ? body.adds.map((a) => ({ ...a, confirmWaitlist: true })) : body.adds;
    try {
      const page = await api.post<Saved>(`${props.path}/participant-changes`, {
        body: { ...body, adds },
        idempotencyKey: newIdempotencyKey(),
      });
      setRefusals([]);
      toast(w('participantsSaved'));
      props.onSaved(page);
    } catch (e) {
      if (e instanceof ApiError && e.body.violations.some((v) => v.code === 'CONFIRM_WAITLIST')) {
        setAskWaitlist(true);
        return;
      }
      setRefusals(
        e instanceof ApiError
          ? e.body.violations.length
            ? e.body.violations.map((v) => v.message)
            : [e.body.message]
          : [i18n.t('networkFailed')],
      );
    } finally {
      setBusy(false);
    }
  }

  return (
    <Card title={w('unsavedTitle')}>
      <p>{w('unsavedCount', { n: i18n.number(n) })}</p>
      {refusals.length > 0 && (
        <div className="notice notice-error" role="alert">
          <p>{w('saveRefused')}</p>
          <ul>
            {refusals.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        </div>
      )}
      <div className="form-actions">
        <button type="button" disabled={busy} onClick={() => void save(false)}>
          {busy ? i18n.t('saving') : w('saveParticipants')}
        </button>
        <button
          type="button"
          className="secondary"
          disabled={busy}
          onClick={() => {
            setRefusals([]);
            props.onDiscard();
          }}
        >
          {w('discardChanges')}
        </button>
      </div>
      <ConfirmDialog
        open={askWaitlist}
        title={w('confirmWaitlistTitle')}
        confirm={w('confirmWaitlist')}
        onConfirm={() => void save(true)}
        onCancel={() => setAskWaitlist(false)}
      >
        <p>{w('confirmWaitlistText')}</p>
      </ConfirmDialog>
    </Card>
  );
}
