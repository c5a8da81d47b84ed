// Pathway's web UI: a small single-page app on the same API the OpenAPI document describes.
// No build step: ES modules served as they are. Hash routes: #/, #/individuals, #/individuals/:id,
// #/cases/:id, #/cases/:id/workflow, #/mailbox, #/sign-in.
import { DICT } from './i18n.js';

const S = { user: null, ref: null, lang: localStorage.getItem('lang') || 'en', caseload: { scope: 'mine', sort: 'id', dir: 'desc', page: 1 } };
const t = (k) => DICT[S.lang][k] ?? DICT.en[k] ?? k;
const lbl = (label) => (label ? (label[S.lang] ?? label.en) : '');
const main = () => document.getElementById('main');

/** Builds an element; strings become text nodes, so nothing from the API is ever parsed as HTML. */
function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
    else if (k === 'class') el.className = v;
    else el.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children.flat(Infinity)) if (c !== null && c !== undefined && c !== false) el.append(c instanceof Node ? c : String(c));
  return el;
}

async function api(method, path, body, headers = {}) {
  const res = await fetch(path, {
    method,
    credentials: 'same-origin',
    headers: { ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  let data;
  try { data = text ? JSON.parse(text) : null; } catch { data = { message: text }; }
  if (res.status === 401 && !path.endsWith('/session')) {
    S.user = null;
    sessionStorage.setItem('notice', data?.message ?? '');
    location.hash = '#/sign-in';
  }
  return { status: res.status, ok: res.ok, body: data };
}

/** Shows a refused action at the top of its form, each message tied to its field when there is one. */
function showResult(form, res, okText) {
  if (!form.querySelector('.result')) form.prepend(h('div', { class: 'result' }));
  const target = form.querySelector('.result');
  target.replaceChildren();
  form.querySelectorAll('[aria-invalid]').forEach((e) => { e.removeAttribute('aria-invalid'); e.removeAttribute('aria-describedby'); });
  if (res.ok) {
    if (okText) target.append(h('div', { class: 'ok', role: 'status' }, okText));
    return true;
  }
  const items = res.body?.violations ?? res.body?.details?.fields ?? [{ message: res.body?.message ?? `Error ${res.status}` }];
  const list = h('ul');
  items.forEach((v, i) => {
    const id = `err-${Math.random().toString(36).slice(2)}-${i}`;
    list.append(h('li', { id }, v.message));
    const field = v.field && form.querySelector(`[name="${CSS.escape(v.field.split('.')[0])}"]`);
    if (field) { field.setAttribute('aria-invalid', 'true'); field.setAttribute('aria-describedby', id); }
  });
  target.append(h('div', { class: 'errors', role: 'alert' }, h('strong', {}, t('refused')), list));
  const matches = res.body?.matches ?? res.body?.details?.matches;
  if (matches) target.append(matchesList(matches));
  return false;
}

const formData = (form) => Object.fromEntries([...new FormData(form).entries()].filter(([, v]) => v !== ''));
let uid = 0;
/** A labelled control: the label names it exactly (for=id), so screen readers and tests find it by its label. */
function labelled(label, control) {
  control.id = `f${++uid}`;
  return h('div', { class: 'field' }, h('label', { for: control.id }, label), control);
}
const field = (name, label, attrs = {}) => labelled(label, h('input', { name, ...attrs }));
const select = (name, label, options, attrs = {}) =>
  labelled(label, h('select', { name, ...attrs }, h('option', { value: '' }, '—'), options.map(([v, text]) => h('option', { value: v }, text))));
const fromLabels = (obj) => Object.entries(obj).map(([k, v]) => [k, lbl(v)]);
const link = (href, text) => h('a', { href }, text);
const table = (heads, rows) =>
  rows.length ? h('table', {}, h('thead', {}, h('tr', {}, heads.map((x) => h('th', { scope: 'col' }, x)))), h('tbody', {}, rows)) : h('p', { class: 'muted' }, t('none'));

function header() {
  const top = document.getElementById('top');
  top.replaceChildren(
    h('span', { class: 'brand' }, 'Pathway'),
    S.user && h('nav', {}, link('#/', t('home')), ' · ', link('#/individuals', t('individuals')), ' · ', link('#/mailbox', t('mailbox'))),
    h('span', { class: 'who' }, S.user ? `${S.user.name} · ${S.user.organisationName} · ${S.user.profiles.join(', ')}` : ''),
    h('button', { type: 'button', class: 'secondary', onclick: () => { S.lang = S.lang === 'en' ? 'fr' : 'en'; localStorage.setItem('lang', S.lang); document.documentElement.lang = S.lang; route(); } }, t('language')),
    S.user && h('button', { type: 'button', onclick: async () => { await api('DELETE', '/api/session'); S.user = null; location.hash = '#/sign-in'; } }, t('signOut')),
  );
}

function signInView() {
  const notice = sessionStorage.getItem('notice');
  sessionStorage.removeItem('notice');
  const form = h('form', { class: 'card', 'aria-labelledby': 'signin-title' },
    h('div', { class: 'result' }, notice ? h('div', { class: 'errors', role: 'alert' }, notice) : null),
    h('h1', { id: 'signin-title' }, t('signIn')),
    h('div', { class: 'grid' }, field('organisationCode', t('organisation'), { required: true, autocomplete: 'organization' }), field('loginId', t('userId'), { required: true, autocomplete: 'username' }), field('password', t('password'), { type: 'password', required: true, autocomplete: 'current-password' })),
    h('p', {}, h('label', { class: 'check' }, h('input', { type: 'checkbox', name: 'acceptTerms' }), t('acceptTerms'))),
    h('button', { type: 'submit' }, t('signIn')));
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const d = formData(form);
    const res = await api('POST', '/api/session', { ...d, acceptTerms: form.acceptTerms.checked });
    if (showResult(form, res)) { S.user = res.body.user; location.hash = '#/'; }
  });
  return h('section', { class: 'card' }, form);
}

async function homeView() {
  const q = S.caseload;
  const [cases, tasks, alerts] = await Promise.all([
    api('GET', `/api/cases?scope=${q.scope}&sort=${q.sort}&dir=${q.dir}&page=${q.page}&pageSize=10`),
    api('GET', '/api/tasks'),
    api('GET', '/api/alerts'),
  ]);
  const sortBtn = (key, text) => h('button', { type: 'button', 'aria-label': `${text}: sort`, onclick: () => { q.dir = q.sort === key && q.dir === 'asc' ? 'desc' : 'asc'; q.sort = key; route(); } }, text, q.sort === key ? (q.dir === 'asc' ? ' ▲' : ' ▼') : '');
  const c = cases.ok ? cases.body : { items: [], total: 0, page: 1, pageSize: 10 };
  const pages = Math.max(1, Math.ceil(c.total / c.pageSize));
  const canSeeOrg = S.user.profiles.some((p) => p === 'ECM_MANAGEMENT' || p === 'ECM_CASE_MANAGER');
  return h('div', {},
    h('h1', {}, t('home')),
    h('section', { class: 'card' },
      h('h2', {}, q.scope === 'mine' ? t('myCaseload') : t('organisationCases')),
      canSeeOrg && h('button', { type: 'button', class: 'secondary', onclick: () => { q.scope = q.scope === 'mine' ? 'organisation' : 'mine'; q.page = 1; route(); } }, q.scope === 'mine' ? t('organisationCases') : t('myCaseload')),
      cases.ok ? h('table', {},
        h('thead', {}, h('tr', {}, h('th', {}, sortBtn('id', t('case'))), h('th', {}, sortBtn('name', t('client'))), h('th', {}, sortBtn('status', t('status'))), h('th', {}, sortBtn('statusSince', t('since'))), h('th', {}, t('caseManager')))),
        h('tbody', {}, c.items.map((r) => h('tr', {}, h('td', {}, link(`#/cases/${r.id}`, r.id)), h('td', {}, r.individual), h('td', {}, h('span', { class: `badge ${r.status}` }, lbl(S.ref.statuses[r.status]))), h('td', {}, r.statusSince), h('td', {}, r.caseManager))))) : h('p', { class: 'muted' }, cases.body?.message),
      h('div', { class: 'pager' }, h('button', { type: 'button', class: 'secondary', disabled: q.page <= 1, onclick: () => { q.page--; route(); } }, t('prev')), `${t('page')} ${q.page} / ${pages}${c.totalCapped ? '+' : ''}`, h('button', { type: 'button', class: 'secondary', disabled: q.page >= pages && !c.totalCapped, onclick: () => { q.page++; route(); } }, t('next')))),
    h('div', { class: 'grid' },
      h('section', { class: 'card' }, h('h2', {}, t('myTasks')), table([t('task'), t('case'), t('due')], (tasks.ok ? tasks.body : []).map((x) => h('tr', { class: x.overdue ? 'overdue' : '' }, h('td', {}, lbl(S.ref.tasks[x.type]) || x.label, x.overdue ? ` (${t('overdue')})` : ''), h('td', {}, link(`#/cases/${x.caseId}`, x.caseId)), h('td', {}, x.dueDate ?? '—'))))),
      h('section', { class: 'card' }, h('h2', {}, t('alerts')), table([t('alerts'), t('case'), t('due')], (alerts.ok ? alerts.body : []).map((a) => h('tr', { class: a.overdue ? 'overdue' : '' }, h('td', {}, S.lang === 'en' && a.message ? a.message : alertText(a.kind)), h('td', {}, link(`#/cases/${a.caseId}`, a.caseId)), h('td', {}, a.dueDate)))))));
}

const alertText = (kind) => ({ INTERVENTION_OVERDUE: S.lang === 'fr' ? 'Intervention en retard' : 'Intervention overdue', WEEK_24_DUE: S.lang === 'fr' ? 'Suivi de 24 semaines dû' : '24 Week follow-up due', WEEK_52_DUE: S.lang === 'fr' ? 'Suivi de 52 semaines dû' : '52 Week follow-up due' })[kind] ?? kind;

function matchesList(matches) {
  return h('div', { class: 'card' }, h('p', {}, t('possibleMatches')), h('ul', {}, matches.map((m) => h('li', {}, m.address ? link(`#/individuals/${m.id}`, m.name) : `${m.name} (provincial record ${m.id})`, ` — ${m.dateOfBirth} — ${m.address ?? m.defaultAddress}`))));
}

async function individualsView() {
  const results = h('div');
  const searchForm = h('form', { class: 'inline', role: 'search', 'aria-label': t('search') },
    h('div', { class: 'result' }), field('lastName', t('lastName')), field('firstName', t('firstName')), field('dateOfBirth', t('dateOfBirth'), { type: 'date' }), field('sin', t('sin')), field('phone', t('phone')), field('city', t('city')),
    h('button', { type: 'submit' }, t('search')));
  searchForm.addEventListener('submit', async (e) => {
    e.preventDefault();
    const res = await api('GET', `/api/individuals?${new URLSearchParams(formData(searchForm))}`);
    if (!showResult(searchForm, res)) return;
    results.replaceChildren(table([t('client'), t('gender'), t('address'), t('dateOfBirth'), t('sin')], res.body.items.map((p) => h('tr', {}, h('td', {}, link(`#/individuals/${p.id}`, p.name)), h('td', {}, p.gender), h('td', {}, p.address), h('td', {}, p.dateOfBirth), h('td', {}, p.sin ?? '—')))));
    addForm.hidden = false; // R-PER-07: Add comes after a search
  });
  const addForm = h('form', { class: 'card', hidden: true, 'aria-labelledby': 'add-title' },
    h('div', { class: 'result' }), h('h2', { id: 'add-title' }, t('addIndividual')),
    h('div', { class: 'grid' }, field('firstName', t('firstName'), { required: true }), field('lastName', t('lastName'), { required: true }), select('gender', t('gender'), [['FEMALE', 'Female'], ['MALE', 'Male']], { required: true }), field('dateOfBirth', t('dateOfBirth'), { type: 'date', required: true }), field('sin', t('sin')), field('phone', t('phone')), field('line1', t('address'), { required: true }), field('city', t('city'), { required: true }), field('province', t('province'), { value: 'NS', required: true }), field('postalCode', t('postalCode'), { required: true })),
    h('button', { type: 'submit' }, t('save')));
  let confirm = false;
  addForm.addEventListener('submit', async (e) => {
    e.preventDefault();
    const d = formData(addForm);
    const body = { firstName: d.firstName, lastName: d.lastName, gender: d.gender, dateOfBirth: d.dateOfBirth, sin: d.sin, phone: d.phone, address: { line1: d.line1, city: d.city, province: d.province, postalCode: d.postalCode }, confirmNoDuplicate: confirm };
    const res = await api('POST', '/api/individuals', body);
    if (res.status === 409 && res.body.matches) {
      showResult(addForm, res);
      addForm.querySelector('.result').append(h('button', { type: 'button', class: 'secondary', onclick: () => { confirm = true; addForm.requestSubmit(); } }, t('addAnyway')));
      return;
    }
    if (showResult(addForm, res)) location.hash = `#/individuals/${res.body.id}`;
  });
  return h('div', {}, h('h1', {}, t('individuals')), h('section', { class: 'card' }, searchForm), results, addForm);
}

async function individualView(id) {
  const [res, managers] = await Promise.all([api('GET', `/api/individuals/${id}`), api('GET', '/api/case-managers')]);
  if (!res.ok) return h('div', { class: 'errors', role: 'alert' }, res.body?.message);
  const p = res.body;
  const share = h('form', { class: 'inline', 'aria-label': t('shareGov') }, h('div', { class: 'result' }),
    !p.sharedWithGovernment && h('button', { type: 'button', onclick: async () => { const r = await api('POST', `/api/individuals/${id}/share`, { writtenConsentObtained: true }); if (showResult(share, r)) route(); } }, t('shareGov')));
  // Registration Details (R-CASE-07): the case starts with these answers; defaults are the common case.
  const check = (name, label, checked = false) => h('label', { class: 'check' }, h('input', { type: 'checkbox', name, value: 'on', checked }), label);
  const open = h('form', { class: 'inline', 'aria-label': t('openCase') }, h('div', { class: 'result', style: 'flex-basis:100%' }),
    select('caseManagerId', t('caseManager'), (managers.ok ? managers.body : []).map((m) => [m.id, m.name]), { required: true }),
    select('employmentStatus', t('employmentStatus'), [['UNEMPLOYED', 'Unemployed'], ['EMPLOYED', 'Employed'], ['SELF_EMPLOYED', 'Self-employed'], ['NOT_IN_LABOUR_FORCE', 'Not in labour force']], { required: true }),
    field('workHoursPerWeek', t('hours'), { type: 'number', step: '0.5' }), field('hourlyWage', t('wage'), { type: 'number', step: '0.01' }),
    select('correspondenceLanguage', 'Correspondence language', [['EN', 'English'], ['FR', 'Français']], { required: true }),
    select('preferredContactMethod', 'Preferred contact method', [['TELEPHONE', 'Telephone'], ['EMAIL', 'Email'], ['MAIL', 'Mail']], { required: true }),
    check('student', 'Student'), check('eiInLast36Months', 'Applied for or received EI in the last 36 months'),
    select('eiClaimType', 'Type of claim', [['REGULAR', 'Regular'], ['FISHING', 'Fishing'], ['SICKNESS', 'Sickness'], ['MATERNITY_PARENTAL', 'Maternity/parental'], ['COMPASSIONATE_CARE', 'Compassionate care'], ['OTHER', 'Other']]),
    check('legallyEntitledToWork', 'Legally entitled to work in Canada', true),
    h('button', { type: 'submit' }, t('openCase')));
  open.caseManagerId.value = String((managers.ok ? managers.body : []).find((m) => m.isMe)?.id ?? ''); // R-CASE-03: defaults to me
  open.employmentStatus.value = 'UNEMPLOYED';
  open.correspondenceLanguage.value = S.lang === 'fr' ? 'FR' : 'EN';
  open.preferredContactMethod.value = 'TELEPHONE';
  open.addEventListener('submit', async (e) => {
    e.preventDefault();
    const d = formData(open);
    const registration = {
      employmentStatus: d.employmentStatus, correspondenceLanguage: d.correspondenceLanguage, preferredContactMethod: d.preferredContactMethod,
      workHoursPerWeek: d.workHoursPerWeek ? Number(d.workHoursPerWeek) : undefined, hourlyWage: d.hourlyWage ? Number(d.hourlyWage) : undefined,
      student: d.student === 'on', eiInLast36Months: d.eiInLast36Months === 'on', eiClaimType: d.eiClaimType, legallyEntitledToWork: d.legallyEntitledToWork === 'on',
    };
    const r = await api('POST', '/api/cases', { individualId: p.id, caseManagerId: d.caseManagerId ? Number(d.caseManagerId) : undefined, registration }, { 'Idempotency-Key': crypto.randomUUID() });
    if (showResult(open, r)) location.hash = `#/cases/${r.body.id}`;
  });
  return h('div', {}, h('h1', {}, `${p.lastName}, ${p.firstName}`),
    h('section', { class: 'card' }, h('dl', {}, h('dt', {}, t('dateOfBirth')), h('dd', {}, `${p.dateOfBirth} (${p.age})`), h('dt', {}, t('sin')), h('dd', {}, p.sin ?? '—'), h('dt', {}, t('address')), h('dd', {}, `${p.address.line1}, ${p.address.city}, ${p.address.province} ${p.address.postalCode}`), h('dt', {}, 'Private client'), h('dd', {}, p.privateClient ? 'Yes' : 'No'))),
    h('section', { class: 'card' }, share, p.canOpenCase ? [h('h2', {}, t('openCase')), open] : null),
    h('section', { class: 'card' }, h('h2', {}, t('aliases')), table([t('lastName'), t('firstName')], p.aliases.map((a) => h('tr', {}, h('td', {}, a.lastName ?? ''), h('td', {}, a.firstName ?? ''))))),
    h('section', { class: 'card' }, h('h2', {}, t('cases')), table([t('case'), t('status'), t('since')], p.cases.map((c) => h('tr', {}, h('td', {}, link(`#/cases/${c.id}`, c.id)), h('td', {}, lbl(S.ref.statuses[c.status])), h('td', {}, c.statusSince))))));
}

/** A form that sends one action to the case and re-renders the page with the answer. */
function actionForm(caseId, title, fields, send, extraAttrs = {}) {
  const form = h('form', { class: 'inline', 'aria-label': title, ...extraAttrs }, h('div', { class: 'result', style: 'flex-basis:100%' }), fields, h('button', { type: 'submit' }, title));
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
  return h('section', { class: 'card' }, h('h2', {}, 'Additional case information'),
    table(['Module', 'Required', t('status'), 'Last updated'], info.modules.map((m) => h('tr', {}, h('td', {}, lbl(m.label)), h('td', {}, m.required ? 'Y' : 'N'), h('td', {}, m.status), h('td', {}, m.lastUpdated ? new Date(m.lastUpdated).toLocaleString() : '')))),
    open ? info.modules.map((m) => {
      const inputs = m.questions.map((q) => {
        const name = String(q.id);
        const value = m.answers[name];
        const label = `${q.text}${q.required ? ' *' : ''}`;
        if (q.answerType === 'CHECKBOX') return h('label', { class: 'check' }, h('input', { type: 'checkbox', name, value: 'on', checked: value === true }), label);
        if (q.answerType === 'FREE_TEXT') return field(name, label, { value: value ?? '' });
        const sel = select(name, label, q.options.map((o) => [o, o]), q.answerType === 'PICKLIST_MULTI' ? { multiple: true } : {});
        const control = sel.querySelector('select');
        for (const o of control.options) o.selected = Array.isArray(value) ? value.includes(o.value) : o.value === value;
        return sel;
      });
      return h('details', {}, h('summary', {}, lbl(m.label)),
        actionForm(id, `${t('save')}: ${lbl(m.label)}`, [...inputs, h('label', { class: 'check' }, h('input', { type: 'checkbox', name: '__completed', value: 'on', checked: m.status === 'COMPLETED' }), 'Complete')], (_d, form) => {
          const answers = {};
          for (const q of m.questions) {
            const el = form.elements.namedItem(String(q.id));
            if (q.answerType === 'CHECKBOX') answers[q.id] = el.checked;
            else if (q.answerType === 'PICKLIST_MULTI') answers[q.id] = [...el.selectedOptions].map((o) => o.value);
            else if (el.value) answers[q.id] = el.value;
          }
          return post(`/additional-info/${m.moduleCode}`, { answers, completed: form.elements.namedItem('__completed').checked }, 'PUT');
        }));
    }) : null);
}

async function caseView(id) {
  const [res, info] = await Promise.all([api('GET', `/api/cases/${id}`), api('GET', `/api/cases/${id}/additional-info`)]);
  if (!res.ok) return h('div', { class: 'errors', role: 'alert' }, res.body?.message);
  const c = res.body;
  const R = S.ref;
  const open = c.status !== 'CLOSED';
  const post = (path, body, method = 'POST') => api(method, `/api/cases/${id}${path}`, body, { 'Idempotency-Key': crypto.randomUUID() });
  const stageTask = c.tasks.find((x) => x.state === 'OPEN' && R.taskOutcomes[x.type]);
  const isSupervisor = S.user.profiles.some((p) => p === 'ECM_MANAGEMENT' || p === 'OPS_SUPPORT');
  return h('div', {},
    h('h1', {}, `${t('case')} ${c.id} — ${c.individual.name}`),
    h('section', { class: 'card' }, h('dl', {},
      h('dt', {}, t('status')), h('dd', {}, h('span', { class: `badge ${c.status}` }, `${lbl(R.statuses[c.status])} - ${c.statusSince}`), c.closedReason ? ` (${lbl(R.reasons[c.closedReason])})` : ''),
      h('dt', {}, t('client')), h('dd', {}, link(`#/individuals/${c.individual.id}`, c.individual.name), ` · ${t('sin')} ${c.individual.sin ?? '—'}`),
      h('dt', {}, t('caseManager')), h('dd', {}, c.caseManager.name),
      h('dt', {}, 'Program'), h('dd', {}, c.program),
      h('dt', {}, t('goal')), h('dd', {}, c.employmentGoal ? lbl(R.employmentGoals[c.employmentGoal]) : '—', c.jobPreference1 ? ` · ${c.jobPreference1.label} (${c.jobPreference1.nocCode})` : '')),
      h('p', {}, link(`/api/cases/${id}/plan`, t('printPlan')), isSupervisor ? [' · ', link(`#/cases/${id}/workflow`, t('workflow'))] : null)),
    c.notifications.length ? h('section', { class: 'card', 'aria-label': 'Notifications' }, h('h2', {}, 'Notifications'), h('ul', {}, c.notifications.map((n) => h('li', { class: n.overdue ? 'overdue' : '' }, `${n.message} — ${t('due')} ${n.dueDate}`)))) : null,
    c.alerts.length ? h('section', { class: 'card', 'aria-label': t('alerts') }, h('h2', {}, t('alerts')), h('ul', {}, c.alerts.map((a) => h('li', { class: a.overdue ? 'overdue' : '' }, `${S.lang === 'en' && a.message ? a.message : alertText(a.kind)} — ${a.dueDate}`)))) : null,
    h('div', { class: 'grid' },
      h('section', { class: 'card' }, h('h2', {}, t('tasks')),
        table([t('task'), t('due'), t('status'), t('outcome')], c.tasks.map((x) => h('tr', { class: x.overdue ? 'overdue' : '' }, h('td', {}, lbl(R.tasks[x.type])), h('td', {}, x.dueDate ?? '—'), h('td', {}, x.state, x.overdue ? ` (${t('overdue')})` : ''), h('td', {}, x.outcome ? (lbl(R.taskOutcomes[x.type]?.[x.outcome]) || x.outcome) : '')))),
        open && stageTask ? actionForm(id, `${t('complete')}: ${lbl(R.tasks[stageTask.type])}`, [select('outcome', t('outcome'), fromLabels(R.taskOutcomes[stageTask.type]), { required: true })], (d) => post(`/tasks/${stageTask.id}/complete`, d)) : null),
      h('section', { class: 'card' }, h('h2', {}, t('statusHistory')),
        table([t('status'), t('start'), t('end'), t('reason')], c.statusHistory.map((r) => h('tr', {}, h('td', {}, lbl(R.statuses[r.status])), h('td', {}, r.startDate), h('td', {}, r.endDate ?? ''), h('td', {}, lbl(R.reasons[r.reason]) || r.reason)))),
        open ? h('details', {}, h('summary', {}, t('closeCase')), h('p', { class: 'muted' }, t('closeConfirm')),
          actionForm(id, t('closeCase'), [select('reason', t('reason'), R.closureReasons[c.status].map((k) => [k, lbl(R.reasons[k])]), { required: true }), field('note', t('notes'))], (d) => (confirm(t('closeConfirm')) ? post('/close', { ...d, confirmed: true }) : Promise.resolve({ ok: false, body: { message: 'Cancelled: nothing was changed.' } })))) : null)),
    c.followUp ? h('section', { class: 'card' }, h('h2', {}, t('followUp')), h('dl', {}, h('dt', {}, t('earliest24')), h('dd', {}, c.followUp.earliest24), h('dt', {}, t('alert24')), h('dd', {}, c.followUp.alertAt24), h('dt', {}, t('earliest52')), h('dd', {}, c.followUp.earliest52), h('dt', {}, t('alert52')), h('dd', {}, c.followUp.alertAt52))) : null,
    info.ok ? infoModules(id, info.body, open, post) : null,
    h('section', { class: 'card' }, h('h2', {}, t('needs')),
      table(['Version', t('goal'), t('jobPreference'), t('completed')], c.needsDeterminations.map((n) => h('tr', {}, h('td', {}, n.version), h('td', {}, n.employmentGoal ? lbl(R.employmentGoals[n.employmentGoal]) : '—'), h('td', {}, n.jobPreferences.map((j) => `${j.label} (${j.nocCode})`).join(', ')), h('td', {}, n.completed ? '✔' : '')))),
      open ? actionForm(id, t('save'), [select('employmentGoal', t('goal'), fromLabels(R.employmentGoals)), field('label', t('jobPreference')), select('nocCode', t('noc'), Object.entries(R.nocCodes).map(([k, v]) => [k, `${k} ${v}`])), select('dimension', t('dimension'), fromLabels(R.dimensions)), select('barrierType', 'Barrier', fromLabels(R.barrierTypes)), h('label', { class: 'check' }, h('input', { type: 'checkbox', name: 'completed', value: 'on' }), t('completed'))],
        (d) => post('/needs-determinations', { employmentGoal: d.employmentGoal, jobPreferences: d.label && d.nocCode ? [{ label: d.label, nocCode: d.nocCode }] : [], barriers: d.dimension && d.barrierType ? [{ dimension: d.dimension, barrierType: d.barrierType, relevantToGoal: true }] : [], completed: d.completed === 'on', confirmed: d.completed === 'on' && confirm('A completed needs determination is locked for good. Continue?') })) : null),
    h('section', { class: 'card' }, h('h2', {}, t('actionPlan')),
      h('p', { class: 'muted' }, `Identified needs: ${c.actionPlan.identifiedNeeds.map((d) => lbl(R.dimensions[d])).join(', ') || '—'} · End date: ${c.actionPlan.interventionsEndDate ?? '—'}`),
      table([t('type'), t('delivery'), t('plannedStart'), t('plannedEnd'), t('status'), ''], c.actionPlan.interventions.map((i) => h('tr', {}, h('td', {}, lbl(R.interventionTypes[i.interventionType])), h('td', {}, lbl(R.deliveryModels[i.deliveryModel]), i.deliveringOrganisation ? ` · ${i.deliveringOrganisation}` : ''), h('td', {}, i.plannedStartDate), h('td', {}, i.plannedEndDate), h('td', {}, i.status, i.actualEndDate ? ` (${i.actualEndDate})` : ''),
        h('td', {}, open && i.status === 'PLANNED' ? h('button', { type: 'button', class: 'secondary', onclick: async (e) => { const r = await post(`/interventions/${i.id}`, { status: 'IN_PROGRESS' }, 'PATCH'); if (r.ok) route(); else alert(r.body.message); void e; } }, t('startIt')) : null,
          open && (i.status === 'PLANNED' || i.status === 'IN_PROGRESS') ? h('button', { type: 'button', class: 'secondary', onclick: async () => { const end = prompt(t('actualEnd'), new Date().toISOString().slice(0, 10)); if (!end) return; const r = await post(`/interventions/${i.id}`, { status: 'COMPLETED', actualEndDate: end }, 'PATCH'); if (r.ok) route(); else alert(r.body.message); } }, t('finishIt')) : null,
          open && i.status === 'PLANNED' ? h('button', { type: 'button', class: 'danger', onclick: async () => { if (!confirm('Delete this intervention?')) return; const r = await post(`/interventions/${i.id}`, undefined, 'DELETE'); if (r.ok) route(); else alert(r.body.message); } }, t('remove')) : null)))),
      open ? actionForm(id, t('addIntervention'), [select('dimension', t('dimension'), fromLabels(R.dimensions), { required: true }), select('interventionType', t('type'), fromLabels(R.interventionTypes), { required: true }), select('fundingType', t('funding'), fromLabels(R.fundingTypes), { required: true }), select('deliveryModel', t('delivery'), fromLabels(R.deliveryModels), { required: true }), field('deliveringOrganisation', t('deliveringOrg')), field('plannedStartDate', t('plannedStart'), { type: 'date', required: true }), field('plannedEndDate', t('plannedEnd'), { type: 'date', required: true }), field('description', t('description'), { required: true })],
        (d) => post('/interventions', { ...d, fundingRequested: false })) : null),
    h('section', { class: 'card' }, h('h2', {}, t('outcomes')),
      table([t('type'), t('outcomeDate'), t('employmentStatus'), t('jobTitle'), 'Goal Met'], c.outcomes.map((o) => h('tr', {}, h('td', {}, o.type), h('td', {}, o.actualOutcomeDate), h('td', {}, o.employmentStatus), h('td', {}, o.jobTitle ?? ''), h('td', {}, o.inPreferredField ? '✔' : '')))),
      open ? actionForm(id, t('addOutcome'), [select('type', t('type'), R.outcomeTypes.map((x) => [x, x]), { required: true }), field('actualOutcomeDate', t('outcomeDate'), { type: 'date', required: true, value: new Date().toISOString().slice(0, 10) }), select('employmentStatus', t('employmentStatus'), R.employmentStatuses.map((x) => [x, x]), { required: true }), field('employerName', t('employer')), field('jobTitle', t('jobTitle')), field('hoursPerWeek', t('hours'), { type: 'number', step: '0.5' }), field('hourlyWage', t('wage'), { type: 'number', step: '0.01' }), h('label', { class: 'check' }, h('input', { type: 'checkbox', name: 'confirmClose', value: 'on' }), t('confirmClose'))],
        (d) => post('/outcomes', { ...d, hoursPerWeek: d.hoursPerWeek ? Number(d.hoursPerWeek) : undefined, hourlyWage: d.hourlyWage ? Number(d.hourlyWage) : undefined, employmentDetails: d.employerName ? 'FULL_TIME' : undefined, provinceOfEmployment: d.employerName ? 'NS' : undefined, confirmClose: d.confirmClose === 'on' })) : null),
    h('section', { class: 'card' }, h('h2', {}, t('notes')),
      open ? actionForm(id, t('addNote'), [labelled(t('notes'), h('textarea', { name: 'text', rows: 2, cols: 60, required: true }))], (d) => post('/notes', d)) : null,
      h('ul', {}, c.notes.map((n) => h('li', {}, h('span', { class: 'muted' }, `${new Date(n.createdAt).toLocaleString()} `), n.text)))));
}

async function workflowView(id) {
  const res = await api('GET', `/api/cases/${id}/workflow`);
  if (!res.ok) return h('div', { class: 'errors', role: 'alert' }, res.body?.message);
  const w = res.body;
  return h('div', {}, h('h1', {}, `${t('workflow')}: ${w.workflowId}`),
    h('section', { class: 'card' }, h('dl', {}, h('dt', {}, t('status')), h('dd', {}, `${w.status}${w.stage ? ` · ${lbl(S.ref.statuses[w.stage])}` : ''}`), h('dt', {}, 'History'), h('dd', {}, `${w.historyLength} events · run ${w.runId}`)),
      w.temporalUiUrl ? h('p', {}, h('a', { href: w.temporalUiUrl, target: '_blank', rel: 'noopener' }, t('openInTemporal'))) : null, h('p', {}, link(`#/cases/${id}`, `← ${t('case')} ${id}`))),
    h('section', { class: 'card' }, h('h2', {}, t('timers')), table([t('alerts'), t('due'), t('fires')], w.timers.map((x) => h('tr', {}, h('td', {}, alertText(x.kind)), h('td', {}, x.dueDate), h('td', {}, new Date(x.fireAt).toLocaleString()))))),
    h('section', { class: 'card' }, h('h2', {}, t('tasks')), table([t('task'), t('due')], w.openTasks.map((x) => h('tr', {}, h('td', {}, lbl(S.ref.tasks[x.type])), h('td', {}, x.dueDate ?? '—'))))),
    h('section', { class: 'card' }, h('h2', {}, t('timeline')), table(['#', 'When', 'What'], w.timeline.map((e) => h('tr', {}, h('td', {}, e.eventId), h('td', {}, new Date(e.at).toLocaleString()), h('td', {}, e.what))))));
}

async function mailboxView() {
  const res = await api('GET', '/api/dev/mailbox');
  if (!res.ok) return h('div', { class: 'errors', role: 'alert' }, res.body?.message);
  return h('div', {}, h('h1', {}, t('mailbox')), res.body.length ? res.body.map((m) => h('section', { class: 'card' }, h('h2', {}, m.subject), h('p', { class: 'muted' }, `${m.to} · ${m.date}`), h('pre', {}, m.text))) : h('p', {}, t('none')));
}

async function route() {
  const hash = location.hash.replace(/^#/, '') || '/';
  if (!S.user && hash !== '/sign-in') {
    const me = await api('GET', '/api/session');
    if (!me.ok) return;
    S.user = me.body.user;
  }
  if (S.user && !S.ref) S.ref = (await api('GET', '/api/reference')).body;
  header();
  let view;
  let m;
  if (hash === '/sign-in') view = signInView();
  else if (hash === '/') view = await homeView();
  else if (hash === '/individuals') view = await individualsView();
  else if ((m = hash.match(/^\/individuals\/(\d+)$/))) view = await individualView(m[1]);
  else if ((m = hash.match(/^\/cases\/(\d+)\/workflow$/))) view = await workflowView(m[1]);
  else if ((m = hash.match(/^\/cases\/(\d+)$/))) view = await caseView(m[1]);
  else if (hash === '/mailbox') view = await mailboxView();
  else view = h('p', {}, 'Not found.');
  main().replaceChildren(view);
  document.title = `Pathway — ${main().querySelector('h1')?.textContent ?? ''}`;
}

document.documentElement.lang = S.lang;
window.addEventListener('hashchange', () => void route());
void route();
