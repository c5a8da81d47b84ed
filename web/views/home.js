// User home: caseload, tasks and alerts.
import { incomingReferralsCard } from './referrals.js';
import { S, can, t, lbl, h, api, link, table, alertText, route } from '../lib.js';

export async function homeView() {
  const q = S.caseload;
  const filters = new URLSearchParams({
    scope: q.scope,
    sort: q.sort,
    dir: q.dir,
    page: String(q.page),
    pageSize: '10',
  });
  if (q.status) filters.set('status', q.status);
  if (q.caseManagerId) filters.set('caseManagerId', String(q.caseManagerId));
  const [cases, tasks, alerts, incoming, summary] = await Promise.all([
    api('GET', `/api/cases?${filters}`),
    api('GET', '/api/tasks'),
    api('GET', '/api/alerts'),
    api('GET', '/api/referrals/incoming'),
    can('case.inspect') ? api('GET', '/api/organisation/case-summary') : null,
  ]);
  const sortBtn = (key, text) =>
    h(
      'button',
      {
        type: 'button',
        'aria-label': `${text}: sort`,
        onclick: () => {
          q.dir = q.sort === key && q.dir === 'asc' ? 'desc' : 'asc';
          q.sort = key;
          route();
        },
      },
      text,
      q.sort === key ? (q.dir === 'asc' ? ' ▲' : ' ▼') : '',
    );
  const c = cases.ok ? cases.body : { items: [], total: 0, page: 1, pageSize: 10 };
  const pages = Math.max(1, Math.ceil(c.total / c.pageSize));
  const canSeeOrg = can('case.inspect') || can('case.update');
  return h(
    'div',
    {},
    h('h1', {}, t('home')),
    h(
      'section',
      { class: 'card' },
      h('h2', {}, q.scope === 'mine' ? t('myCaseload') : t('organisationCases')),
      q.status || q.caseManagerId
        ? h(
            'p',
            {},
            h(
              'span',
              { class: 'badge' },
              [q.status && lbl(S.ref.statuses[q.status]), q.caseManagerName].filter(Boolean).join(' · '),
            ),
            ' ',
            h(
              'button',
              {
                type: 'button',
                class: 'secondary',
                onclick: () => {
                  Object.assign(q, { status: null, caseManagerId: null, caseManagerName: null, page: 1 });
                  route();
                },
              },
              t('clearFilter'),
            ),
          )
        : null,
      canSeeOrg &&
        h(
          'button',
          {
            type: 'button',
            class: 'secondary',
            onclick: () => {
              q.scope = q.scope === 'mine' ? 'organisation' : 'mine';
              q.page = 1;
              route();
            },
          },
          q.scope === 'mine' ? t('organisationCases') : t('myCaseload'),
        ),
      cases.ok
        ? h(
            'table',
            {},
            h(
              'thead',
              {},
              h(
                'tr',
                {},
                h('th', {}, sortBtn('id', t('case'))),
                h('th', {}, sortBtn('name', t('client'))),
                h('th', {}, sortBtn('status', t('status'))),
                h('th', {}, sortBtn('statusSince', t('since'))),
                h('th', {}, t('caseManager')),
              ),
            ),
            h(
              'tbody',
              {},
              c.items.map((r) =>
                h(
                  'tr',
                  {},
                  h('td', {}, link(`#/cases/${r.id}`, r.id)),
                  h('td', {}, r.individual),
                  h('td', {}, h('span', { class: `badge ${r.status}` }, lbl(S.ref.statuses[r.status]))),
                  h('td', {}, r.statusSince),
                  h('td', {}, r.caseManager),
                ),
              ),
            ),
          )
        : h('p', { class: 'muted' }, cases.body?.message),
      h(
        'div',
        { class: 'pager' },
        h(
          'button',
          {
            type: 'button',
            class: 'secondary',
            disabled: q.page <= 1,
            onclick: () => {
              q.page--;
              route();
            },
          },
          t('prev'),
        ),
        `${t('page')} ${q.page} / ${pages}${c.totalCapped ? '+' : ''}`,
        h(
          'button',
          {
            type: 'button',
            class: 'secondary',
            disabled: q.page >= pages && !c.totalCapped,
            onclick: () => {
              q.page++;
              route();
            },
          },
          t('next'),
        ),
      ),
    ),
    summary?.ok ? supervisorOverview(summary.body) : null,
    h(
      'div',
      { class: 'grid' },
      h(
        'section',
        { class: 'card' },
        h('h2', {}, t('myTasks')),
        table(
          [t('task'), t('case'), t('due')],
          (tasks.ok ? tasks.body : []).map((x) =>
            h(
              'tr',
              { class: x.overdue ? 'overdue' : '' },
              h('td', {}, lbl(S.ref.tasks[x.type]) || x.label, x.overdue ? ` (${t('overdue')})` : ''),
              h('td', {}, link(`#/cases/${x.caseId}`, x.caseId)),
              h('td', {}, x.dueDate ?? '—'),
            ),
          ),
        ),
      ),
      h(
        'section',
        { class: 'card' },
        h('h2', {}, t('alerts')),
        table(
          [t('alerts'), t('case'), t('due')],
          (alerts.ok ? alerts.body : []).map((a) =>
            h(
              'tr',
              { class: a.overdue ? 'overdue' : '' },
              h('td', {}, S.lang === 'en' && a.message ? a.message : alertText(a.kind)),
              h('td', {}, link(`#/cases/${a.caseId}`, a.caseId)),
              h('td', {}, a.dueDate),
            ),
          ),
        ),
      ),
    ),
    incoming.ok ? incomingReferralsCard(incoming.body) : null,
  );
}

/** Supervisors: the organisation's cases by stage and open cases by case manager; each count filters the list above. */
function supervisorOverview(summary) {
  const q = S.caseload;
  const show = (filter) => () => {
    Object.assign(
      q,
      { scope: 'organisation', status: null, caseManagerId: null, caseManagerName: null, page: 1 },
      filter,
    );
    void route();
  };
  return h(
    'div',
    { class: 'grid' },
    h(
      'section',
      { class: 'card', 'aria-label': t('casesByStage') },
      h('h2', {}, t('casesByStage')),
      table(
        [t('status'), t('cases')],
        summary.byStage.map((r) =>
          h(
            'tr',
            {},
            h('td', {}, lbl(r.label)),
            h(
              'td',
              {},
              r.cases
                ? h('button', { type: 'button', class: 'link', onclick: show({ status: r.status }) }, r.cases)
                : '0',
            ),
          ),
        ),
      ),
    ),
    h(
      'section',
      { class: 'card', 'aria-label': t('casesByManager') },
      h('h2', {}, t('casesByManager')),
      table(
        [t('caseManager'), t('openCases')],
        summary.byCaseManager.map((r) =>
          h(
            'tr',
            {},
            h('td', {}, r.caseManager),
            h(
              'td',
              {},
              h(
                'button',
                {
                  type: 'button',
                  class: 'link',
                  onclick: show({ caseManagerId: r.caseManagerId, caseManagerName: r.caseManager }),
                },
                r.openCases,
              ),
            ),
          ),
        ),
      ),
    ),
  );
}
