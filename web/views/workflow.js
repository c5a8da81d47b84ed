// Supervisor view of a case's workflow: timers, open tasks and timeline.
import { S, t, lbl, h, api, link, table, alertText } from '../lib.js';

export async function workflowView(id) {
  const res = await api('GET', `/api/cases/${id}/workflow`);
  if (!res.ok) return h('div', { class: 'errors', role: 'alert' }, res.body?.message);
  const w = res.body;
  return h(
    'div',
    {},
    h('h1', {}, `${t('workflow')}: ${w.workflowId}`),
    h(
      'section',
      { class: 'card' },
      h(
        'dl',
        {},
        h('dt', {}, t('status')),
        h('dd', {}, `${w.status}${w.stage ? ` · ${lbl(S.ref.statuses[w.stage])}` : ''}`),
        h('dt', {}, t('history')),
        h('dd', {}, `${w.historyLength} events · run ${w.runId}`),
      ),
      w.temporalUiUrl
        ? h('p', {}, h('a', { href: w.temporalUiUrl, target: '_blank', rel: 'noopener' }, t('openInTemporal')))
        : null,
      h('p', {}, link(`#/cases/${id}`, `← ${t('case')} ${id}`)),
    ),
    h(
      'section',
      { class: 'card' },
      h('h2', {}, t('timers')),
      table(
        [t('alerts'), t('due'), t('fires')],
        w.timers.map((x) =>
          h(
            'tr',
            {},
            h('td', {}, alertText(x.kind)),
            h('td', {}, x.dueDate),
            h('td', {}, new Date(x.fireAt).toLocaleString()),
          ),
        ),
      ),
    ),
    h(
      'section',
      { class: 'card' },
      h('h2', {}, t('tasks')),
      table(
        [t('task'), t('due')],
        w.openTasks.map((x) => h('tr', {}, h('td', {}, lbl(S.ref.tasks[x.type])), h('td', {}, x.dueDate ?? '—'))),
      ),
    ),
    h(
      'section',
      { class: 'card' },
      h('h2', {}, t('timeline')),
      table(
        ['#', t('when'), t('what')],
        w.timeline.map((e) =>
          h('tr', {}, h('td', {}, e.eventId), h('td', {}, new Date(e.at).toLocaleString()), h('td', {}, e.what)),
        ),
      ),
    ),
  );
}
