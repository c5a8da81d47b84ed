// A one-click action of the admin pages (resend, withdraw, remove access, make primary): sent once with its own
// Idempotency-Key, its outcome said in a toast: what was done, or the server's reason for refusing.
import { useState } from 'react';
import { ApiError, newIdempotencyKey } from '../../api/client.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { useToast } from '../../ui/toast.tsx';

export function useAction() {
  const toast = useToast();
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  async function run<R>(send: (key: string) => Promise<R>, success: (r: R) => string, done?: (r: R) => void) {
    if (busy) return;
    setBusy(true);
    try {
      const r = await send(newIdempotencyKey());
      toast(success(r));
      done?.(r);
    } catch (e) {
      if (!(e instanceof ApiError)) toast(t('networkFailed'), 'error');
      else toast(e.body.violations.map((v) => v.message).join(' ') || e.body.message, 'error');
    } finally {
      setBusy(false);
    }
  }
  return { busy, run };
}
