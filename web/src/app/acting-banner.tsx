// R-SEC-18: while Operations Support acts as another organisation, every page says so, with the reason given and a
// way back to their own organisation. The state is the server's session: a reload or another tab shows the same.
import { useState } from 'react';
import { api } from '../api/client.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { useWords } from '../i18n/words.ts';
import { WORDS } from './acting-banner-words.ts';
import { useSession } from './session.tsx';

export function ActingBanner() {
  const { user } = useSession();
  const w = useWords(WORDS);
  const { dateTime } = useI18n();
  const [stopping, setStopping] = useState(false);
  const acting = user?.actingAs;
  if (!user || !acting) return null;
  const stop = async () => {
    setStopping(true);
    await api.delete('/api/session/acting-organisation').finally(() => setStopping(false));
    // The whole UI reloads as the person's own organisation.
    window.location.assign('/support');
  };
  return (
    <section className="notice notice-warning acting-banner" role="region" aria-label={w('region')}>
      <p>
        <strong>
          {w('actingAs', {
            user: user.loginId,
            own: acting.ownOrganisationName,
            organisation: acting.organisationName,
          })}
        </strong>
      </p>
      <p>{w('since', { time: dateTime(acting.since), reason: acting.reason })}</p>
      <p className="muted">{w('recorded', { organisation: acting.organisationName })}</p>
      <button type="button" className="secondary" disabled={stopping} onClick={() => void stop()}>
        {stopping ? w('stopping') : w('stop', { organisation: acting.organisationName })}
      </button>
    </section>
  );
}
