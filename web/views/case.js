// Case home page: status, history, plan, outcomes, notes and the actions allowed at this stage.
import { referralsSection, referredCaseView } from './referrals.js';
import {
  S,
  can,
  t,
  lbl,
  h,
  api,
  showResult,
  formData,
  labelled,
  field,
  select,
  fromLabels,
  link,
  table,
  alertText,
  route,
} from '../lib.js';
import { fundingSection } from './funding.js';

function actionForm(caseId, title, fields, send, extraAttrs = {}) {
  const form = h(
    'form',
    { class: 'inline', 'aria-label': title, ...extraAttrs },
    h('div', { class: 'result', style: 'flex-basis:100%' }),
    fields,
    h('button', { type: 'submit' }, title),
  );
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const res = await send(formData(form), form);
    if (showResult(form, res)) await route();
  });
  return form;
}

/** Additional Case Information: one form per module the organisation collects (R-ASM-01..05). */
function infoModules(id, info, open, post) {
  if (!info.modules.length) return null;
  return h(
    'section',
    { class: 'card' },
    h('h2', {}, t('additionalInfo')),
    table(
      [t('module'), t('required'), t('status'), t('lastUpdated')],
      info.modules.map((m) =>
        h(
          'tr',
          {},
          h('td', {}, lbl(m.label)),
          h('td', {}, m.required ? 'Y' : 'N'),
          h('td', {}, m.status),
          h('td', {}, m.lastUpdated ? new Date(m.lastUpdated).toLocaleString() : ''),
        ),
      ),
    ),
    open
      ? info.modules.map((m) => {
          const inputs = m.questions.map((q) => {
            const name = String(q.id);
            const value = m.answers[name];
            const label = `${q.text}${q.required ? ' *' : ''}`;
            if (q.answerType === 'CHECKBOX')
              return h(
                'label',
                { class: 'check' },
                h('input', { type: 'checkbox', name, value: 'on', checked: value === true }),
                label,
              );
            if (q.answerType === 'FREE_TEXT') return field(name, label, { value: value ?? '' });
            const sel = select(
              name,
              label,
              q.options.map((o) => [o, o]),
              q.answerType === 'PICKLIST_MULTI' ? { multiple: true } : {},
            );
            const control = sel.querySelector('select');
            for (const o of control.options)
              o.selected = Array.isArray(value) ? value.includes(o.value) : o.value === value;
            return sel;
          });
          return h(
            'details',
            {},
            h('summary', {}, lbl(m.label)),
            actionForm(
              id,
              `${t('save')}: ${lbl(m.label)}`,
              [
                ...inputs,
                h(
                  'label',
                  { class: 'check' },
                  h('input', { type: 'checkbox', name: '__completed', value: 'on', checked: m.status === 'COMPLETED' }),
                  'Complete',
                ),
              ],
              (_d, form) => {
                const answers = {};
                for (const q of m.questions) {
                  const el = form.elements.namedItem(String(q.id));
                  if (q.answerType === 'CHECKBOX') answers[q.id] = el.checked;
                  else if (q.answerType === 'PICKLIST_MULTI')
                    answers[q.id] = [...el.selectedOptions].map((o) => o.value);
                  else if (el.value) answers[q.id] = el.value;
                }
                return post(
                  `/additional-info/${m.moduleCode}`,
                  { answers, completed: form.elements.namedItem('__completed').checked },
                  'PUT',
                );
              },
            ),
          );
        })
      : null,
  );
}

export async function caseView(id) {
  const [res, info] = await Promise.all([
    api('GET', `/api/cases/${id}`),
    api('GET', `/api/cases/${id}/additional-info`),
  ]);
  if (!res.ok) return h('div', { class: 'errors', role: 'alert' }, res.body?.message);
  const c = res.body;
  if (c.referredAccess) return referredCaseView(c);
  const R = S.ref;
  const open = c.status !== 'CLOSED';
  const post = (path, body, method = 'POST') =>
    api(method, `/api/cases/${id}${path}`, body, { 'Idempotency-Key': crypto.randomUUID() });
  const stageTask = c.tasks.find((x) => x.state === 'OPEN' && R.taskOutcomes[x.type]);
  const isSupervisor = can('case.inspect');
  const funding = await fundingSection(id, c);
  const page = h(
    'div',
    {},
    h('h1', {}, `${t('case')} ${c.id} — ${c.individual.name}`),
    h(
      'section',
      { class: 'card' },
      h(
        'dl',
        {},
        h('dt', {}, t('status')),
        h(
          'dd',
          {},
          h('span', { class: `badge ${c.status}` }, `${lbl(R.statuses[c.status])} - ${c.statusSince}`),
          c.closedReason ? ` (${lbl(R.reasons[c.closedReason])})` : '',
        ),
        h('dt', {}, t('client')),
        h(
          'dd',
          {},
          link(`#/individuals/${c.individual.id}`, c.individual.name),
          ` · ${t('sin')} ${c.individual.sin ?? '—'}`,
        ),
        h('dt', {}, t('caseManager')),
        h('dd', {}, c.caseManager.name),
        h('dt', {}, t('program')),
        h('dd', {}, c.program),
        h('dt', {}, t('goal')),
        h(
          'dd',
          {},
          c.employmentGoal ? lbl(R.employmentGoals[c.employmentGoal]) : '—',
          c.jobPreference1 ? ` · ${c.jobPreference1.label} (${c.jobPreference1.nocCode})` : '',
        ),
      ),
      h(
        'p',
        {},
        link(`/api/cases/${id}/plan`, t('printPlan')),
        isSupervisor ? [' · ', link(`#/cases/${id}/workflow`, t('workflow'))] : null,
      ),
    ),
    c.notifications.length
      ? h(
          'section',
          { class: 'card', 'aria-label': t('notifications') },
          h('h2', {}, t('notifications')),
          h(
            'ul',
            {},
            c.notifications.map((n) =>
              h('li', { class: n.overdue ? 'overdue' : '' }, `${n.message} — ${t('due')} ${n.dueDate}`),
            ),
          ),
        )
      : null,
    c.alerts.length
      ? h(
          'section',
          { class: 'card', 'aria-label': t('alerts') },
          h('h2', {}, t('alerts')),
          h(
            'ul',
            {},
            c.alerts.map((a) =>
              h(
                'li',
                { class: a.overdue ? 'overdue' : '' },
                `${S.lang === 'en' && a.message ? a.message : alertText(a.kind)} — ${a.dueDate}`,
              ),
            ),
          ),
        )
      : null,
    h(
      'div',
      { class: 'grid' },
      h(
        'section',
        { class: 'card' },
        h('h2', {}, t('tasks')),
        table(
          [t('task'), t('due'), t('status'), t('outcome')],
          c.tasks.map((x) =>
            h(
              'tr',
              { class: x.overdue ? 'overdue' : '' },
              h('td', {}, lbl(R.tasks[x.type])),
              h('td', {}, x.dueDate ?? '—'),
              h('td', {}, x.state, x.overdue ? ` (${t('overdue')})` : ''),
              h('td', {}, x.outcome ? lbl(R.taskOutcomes[x.type]?.[x.outcome]) || x.outcome : ''),
            ),
          ),
        ),
        open
          ? c.tasks
              .filter((x) => x.type === 'CASE_RECEIVED' && x.state === 'OPEN')
              .map((x) =>
                h(
                  'button',
                  {
                    type: 'button',
                    class: 'secondary',
                    onclick: async () => {
                      const r = await post(`/tasks/${x.id}/complete`, { outcome: 'ACKNOWLEDGED' });
                      if (r.ok) route();
                      else alert(r.body.message);
                    },
                  },
                  t('acknowledge'),
                ),
              )
          : null,
        open && stageTask
          ? actionForm(
              id,
              `${t('complete')}: ${lbl(R.tasks[stageTask.type])}`,
              [select('outcome', t('outcome'), fromLabels(R.taskOutcomes[stageTask.type]), { required: true })],
              (d) => post(`/tasks/${stageTask.id}/complete`, d),
            )
          : null,
      ),
      h(
        'section',
        { class: 'card' },
        h('h2', {}, t('statusHistory')),
        table(
          [t('status'), t('start'), t('end'), t('reason')],
          c.statusHistory.map((r) =>
            h(
              'tr',
              {},
              h('td', {}, lbl(R.statuses[r.status])),
              h('td', {}, r.startDate),
              h('td', {}, r.endDate ?? ''),
              h('td', {}, lbl(R.reasons[r.reason]) || r.reason),
            ),
          ),
        ),
        open
          ? h(
              'details',
              {},
              h('summary', {}, t('closeCase')),
              h('p', { class: 'muted' }, t('closeConfirm')),
              actionForm(
                id,
                t('closeCase'),
                [
                  select(
                    'reason',
                    t('reason'),
                    R.closureReasons[c.status].map((k) => [k, lbl(R.reasons[k])]),
                    { required: true },
                  ),
                  field('note', t('notes')),
                ],
                (d) =>
                  confirm(t('closeConfirm'))
                    ? post('/close', { ...d, confirmed: true })
                    : Promise.resolve({ ok: false, body: { message: 'Cancelled: nothing was changed.' } }),
              ),
            )
          : null,
      ),
    ),
    c.followUp
      ? h(
          'section',
          { class: 'card' },
          h('h2', {}, t('followUp')),
          h(
            'dl',
            {},
            h('dt', {}, t('earliest24')),
            h('dd', {}, c.followUp.earliest24),
            h('dt', {}, t('alert24')),
            h('dd', {}, c.followUp.alertAt24),
            h('dt', {}, t('earliest52')),
            h('dd', {}, c.followUp.earliest52),
            h('dt', {}, t('alert52')),
            h('dd', {}, c.followUp.alertAt52),
          ),
        )
      : null,
    info.ok ? infoModules(id, info.body, open, post) : null,
    h(
      'section',
      { class: 'card' },
      h('h2', {}, t('needs')),
      table(
        [t('version'), t('goal'), t('jobPreference'), t('completed')],
        c.needsDeterminations.map((n) =>
          h(
            'tr',
            {},
            h('td', {}, n.version),
            h('td', {}, n.employmentGoal ? lbl(R.employmentGoals[n.employmentGoal]) : '—'),
            h('td', {}, n.jobPreferences.map((j) => `${j.label} (${j.nocCode})`).join(', ')),
            h('td', {}, n.completed ? '✔' : ''),
          ),
        ),
      ),
      open
        ? actionForm(
            id,
            t('save'),
            [
              select('employmentGoal', t('goal'), fromLabels(R.employmentGoals)),
              field('label', t('jobPreference')),
              select(
                'nocCode',
                t('noc'),
                Object.entries(R.nocCodes).map(([k, v]) => [k, `${k} ${v}`]),
              ),
              select('dimension', t('dimension'), fromLabels(R.dimensions)),
              select('barrierType', 'Barrier', fromLabels(R.barrierTypes)),
              h(
                'label',
                { class: 'check' },
                h('input', { type: 'checkbox', name: 'completed', value: 'on' }),
                t('completed'),
              ),
            ],
            (d) =>
              post('/needs-determinations', {
                employmentGoal: d.employmentGoal,
                jobPreferences: d.label && d.nocCode ? [{ label: d.label, nocCode: d.nocCode }] : [],
                barriers:
                  d.dimension && d.barrierType
                    ? [{ dimension: d.dimension, barrierType: d.barrierType, relevantToGoal: true }]
                    : [],
                completed: d.completed === 'on',
                confirmed:
                  d.completed === 'on' && confirm('A completed needs determination is locked for good. Continue?'),
              }),
          )
        : null,
    ),
    h(
      'section',
      { class: 'card' },
      h('h2', {}, t('actionPlan')),
      h(
        'p',
        { class: 'muted' },
        `${t('identifiedNeeds')}: ` +
          `${c.actionPlan.identifiedNeeds.map((d) => lbl(R.dimensions[d])).join(', ') || '—'} · ` +
          `${t('planEndDate')}: ${c.actionPlan.interventionsEndDate ?? '—'}`,
      ),
      table(
        [t('type'), t('delivery'), t('plannedStart'), t('plannedEnd'), t('status'), ''],
        c.actionPlan.interventions.map((i) =>
          h(
            'tr',
            {},
            h('td', {}, lbl(R.interventionTypes[i.interventionType])),
            h(
              'td',
              {},
              lbl(R.deliveryModels[i.deliveryModel]),
              i.deliveringOrganisation ? ` · ${i.deliveringOrganisation}` : '',
            ),
            h('td', {}, i.plannedStartDate),
            h('td', {}, i.plannedEndDate),
            h('td', {}, i.status, i.actualEndDate ? ` (${i.actualEndDate})` : ''),
            h(
              'td',
              {},
              open && i.status === 'PLANNED'
                ? h(
                    'button',
                    {
                      type: 'button',
                      class: 'secondary',
                      onclick: async (e) => {
                        const r = await post(`/interventions/${i.id}`, { status: 'IN_PROGRESS' }, 'PATCH');
                        if (r.ok) route();
                        else alert(r.body.message);
                        void e;
                      },
                    },
                    t('startIt'),
                  )
                : null,
              open && (i.status === 'PLANNED' || i.status === 'IN_PROGRESS')
                ? h(
                    'button',
                    {
                      type: 'button',
                      class: 'secondary',
                      onclick: async () => {
                        const end = prompt(t('actualEnd'), new Date().toISOString().slice(0, 10));
                        if (!end) return;
                        const r = await post(
                          `/interventions/${i.id}`,
                          { status: 'COMPLETED', actualEndDate: end },
                          'PATCH',
                        );
                        if (r.ok) route();
                        else alert(r.body.message);
                      },
                    },
                    t('finishIt'),
                  )
                : null,
              open && i.status === 'PLANNED'
                ? h(
                    'button',
                    {
                      type: 'button',
                      class: 'danger',
                      onclick: async () => {
                        if (!confirm(t('confirmDeleteIntervention'))) return;
                        const r = await post(`/interventions/${i.id}`, undefined, 'DELETE');
                        if (r.ok) route();
                        else alert(r.body.message);
                      },
                    },
                    t('remove'),
                  )
                : null,
            ),
          ),
        ),
      ),
      open
        ? actionForm(
            id,
            t('addIntervention'),
            [
              select('dimension', t('dimension'), fromLabels(R.dimensions), { required: true }),
              select('interventionType', t('type'), fromLabels(R.interventionTypes), { required: true }),
              select('fundingType', t('funding'), fromLabels(R.fundingTypes), { required: true }),
              select('deliveryModel', t('delivery'), fromLabels(R.deliveryModels), { required: true }),
              field('deliveringOrganisation', t('deliveringOrg')),
              field('plannedStartDate', t('plannedStart'), { type: 'date', required: true }),
              field('plannedEndDate', t('plannedEnd'), { type: 'date', required: true }),
              field('description', t('description'), { required: true }),
            ],
            (d) => post('/interventions', { ...d, fundingRequested: false }),
          )
        : null,
    ),
    h(
      'section',
      { class: 'card' },
      h('h2', {}, t('outcomes')),
      table(
        [t('type'), t('outcomeDate'), t('employmentStatus'), t('jobTitle'), t('goalMet')],
        c.outcomes.map((o) =>
          h(
            'tr',
            {},
            h('td', {}, o.type),
            h('td', {}, o.actualOutcomeDate),
            h('td', {}, o.employmentStatus),
            h('td', {}, o.jobTitle ?? ''),
            h('td', {}, o.inPreferredField ? '✔' : ''),
          ),
        ),
      ),
      open
        ? actionForm(
            id,
            t('addOutcome'),
            [
              select(
                'type',
                t('type'),
                R.outcomeTypes.map((x) => [x, x]),
                { required: true },
              ),
              field('actualOutcomeDate', t('outcomeDate'), {
                type: 'date',
                required: true,
                value: new Date().toISOString().slice(0, 10),
              }),
              select(
                'employmentStatus',
                t('employmentStatus'),
                R.employmentStatuses.map((x) => [x, x]),
                { required: true },
              ),
              field('employerName', t('employer')),
              field('jobTitle', t('jobTitle')),
              field('hoursPerWeek', t('hours'), { type: 'number', step: '0.5' }),
              field('hourlyWage', t('wage'), { type: 'number', step: '0.01' }),
              h(
                'label',
                { class: 'check' },
                h('input', { type: 'checkbox', name: 'confirmClose', value: 'on' }),
                t('confirmClose'),
              ),
            ],
            (d) =>
              post('/outcomes', {
                ...d,
                hoursPerWeek: d.hoursPerWeek ? Number(d.hoursPerWeek) : undefined,
                hourlyWage: d.hourlyWage ? Number(d.hourlyWage) : undefined,
                employmentDetails: d.employerName ? 'FULL_TIME' : undefined,
                provinceOfEmployment: d.employerName ? 'NS' : undefined,
                confirmClose: d.confirmClose === 'on',
              }),
          )
        : null,
    ),
    funding,
    await referralsSection(c, post),
    h(
      'section',
      { class: 'card' },
      h('h2', {}, t('notes')),
      open
        ? actionForm(
            id,
            t('addNote'),
            [labelled(t('notes'), h('textarea', { name: 'text', rows: 2, cols: 60, required: true }))],
            (d) => post('/notes', d),
          )
        : null,
      h(
        'ul',
        {},
        c.notes.map((n) =>
          h('li', {}, h('span', { class: 'muted' }, `${new Date(n.createdAt).toLocaleString()} `), n.text),
        ),
      ),
    ),
  );
  // The API's request schema of each form, applied by the shell as browser-side constraints.
  for (const [title, schema] of [
    [t('addNote'), 'NewCaseNote'],
    [t('addOutcome'), 'NewEmploymentOutcome'],
    [t('addIntervention'), 'NewIntervention'],
    [t('closeCase'), 'CloseCase'],
  ]) {
    page.querySelector(`form[aria-label="${CSS.escape(title)}"]`)?.setAttribute('data-schema', schema);
  }
  return page;
}
