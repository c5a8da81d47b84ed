// Operations: steps that kept failing (emails, calls to the funding system) with their error and attempts,
// and a retry button. The API refuses a second retry of the same step, so a double click does no harm.
import { S, api, h, link, route, t, table } from '../lib.js';

export async function operationsView() {
  const status = S.opsStatus ?? 'open';
  const res = await api('GET', `/api/operations/stuck-steps?status=${status}`);
  if (!res.ok) return h('div', { class: 'errors', role: 'alert' }, res.body?.message);
  const when = (iso) => (iso ? new Date(iso).toLocaleString() : '—');
  const rows = res.body.items.map((s) => {
    const result = h('span', { role: 'status' });
    const retry =
      s.status === 'STUCK'
        ? h(
            'button',
            {
              type: 'button',
              onclick: async (e) => {
                e.target.disabled = true;
                const r = await api(
                  'POST',
                  `/api/operations/stuck-steps/${encodeURIComponent(s.id)}/retry`,
                  {},
                  { 'Idempotency-Key': crypto.randomUUID() },
                );
                result.textContent = r.body?.message ?? '';
                if (r.ok) setTimeout(() => void route(), 1500);
                else e.target.disabled = false;
              },
            },
            t('retry'),
          )
        : null;
    return h(
      'tr',
      { 'data-step': s.id },
      h('td', {}, h('strong', {}, s.kind), h('br'), s.description, h('br'), h('code', { class: 'muted' }, s.id)),
      h('td', {}, s.caseId ? link(`#/cases/${s.caseId}`, s.caseId) : '—', s.organisation ? ` · ${s.organisation}` : ''),
      h(
        'td',
        {},
        h('span', { class: `badge ${s.status}` }, s.status),
        s.nextAutomaticRetryAt
          ? h(
              'div',
              { class: 'muted', 'data-next-retry': '' },
              `${t('retriesItselfAt')} ${when(s.nextAutomaticRetryAt)}`,
            )
          : null,
      ),
      h('td', {}, s.attempts),
      h('td', {}, h('span', { class: 'error-text' }, s.lastError ?? '—')),
      h('td', {}, when(s.lastFailedAt)),
      h('td', {}, s.retries, s.lastRetriedBy ? ` (${s.lastRetriedBy})` : ''),
      h('td', {}, retry, result),
    );
  });
  return h(
    'div',
    {},
    h('h1', {}, t('operations')),
    h(
      'section',
      { class: 'card' },
      h('h2', {}, `${t('stuckSteps')} (${res.body.total})`),
      h(
        'button',
        {
          type: 'button',
          class: 'secondary',
          onclick: () => {
            S.opsStatus = status === 'open' ? 'resolved' : 'open';
            void route();
          },
        },
        status === 'open' ? t('showResolved') : t('showOpen'),
      ),
      table(
        [t('step'), t('case'), t('status'), t('attempts'), t('lastError'), t('lastFailure'), t('retries'), ''],
        rows,
      ),
    ),
  );
}
