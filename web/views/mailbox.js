// The dev mailbox: emails the embedded SMTP sink received.
import { t, h, api } from '../lib.js';

export async function mailboxView() {
  const res = await api('GET', '/api/dev/mailbox');
  if (!res.ok) return h('div', { class: 'errors', role: 'alert' }, res.body?.message);
  return h(
    'div',
    {},
    h('h1', {}, t('mailbox')),
    res.body.length
      ? res.body.map((m) =>
          h(
            'section',
            { class: 'card' },
            h('h2', {}, m.subject),
            h('p', { class: 'muted' }, `${m.to} · ${m.date}`),
            h('pre', {}, m.text),
          ),
        )
      : h('p', {}, t('none')),
  );
}
