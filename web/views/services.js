// Enhanced services (spec 02 §4.A): the organisation's services with their search, a new service for the
// enhanced-services role, and a service's participants page: person search, registration, pre-registration,
// the waitlist and status changes. Questions the API asks (409 CONFIRM_*) are put to the user, then sent again.
import { api, can, field, formData, h, link, route, select, showResult, table } from '../lib.js';

const FORMATS = [
  ['GROUP', 'Group'],
  ['INDIVIDUAL', 'Individual'],
];
const STATUS_LABELS = { SCHEDULED: 'Scheduled', COMPLETED: 'Completed', CANCELLED: 'Cancelled' };

export async function servicesView() {
  const q = new URLSearchParams(location.hash.split('?')[1] ?? '');
  const res = await api('GET', `/api/services?${q}`);
  if (!res.ok) return h('div', { class: 'errors', role: 'alert' }, res.body?.message);
  const search = h(
    'form',
    { class: 'inline', 'aria-label': 'Search enhanced services' },
    field('name', 'Service name', { value: q.get('name') ?? '' }),
    select('serviceFormat', 'Service format', FORMATS),
    field('from', 'From', { type: 'date', value: q.get('from') ?? '' }),
    field('to', 'To', { type: 'date', value: q.get('to') ?? '' }),
    field('participantLastName', 'Participant last name', { value: q.get('participantLastName') ?? '' }),
    h('button', { type: 'submit' }, 'Search'),
  );
  search.addEventListener('submit', (e) => {
    e.preventDefault();
    location.hash = `#/services?${new URLSearchParams(formData(search))}`;
  });
  return h(
    'div',
    {},
    h('h1', {}, 'Enhanced services'),
    h(
      'section',
      { class: 'card' },
      search,
      table(
        ['Service', 'Start date', 'Format', 'Status', 'Participants'],
        res.body.items.map((s) =>
          h(
            'tr',
            {},
            h('td', {}, link(`#/services/${s.id}`, `${s.id} — ${s.name}`)),
            h('td', {}, s.startDate, s.startTime ? ` ${s.startTime}` : ''),
            h('td', {}, s.serviceFormat === 'GROUP' ? 'Group' : 'Individual'),
            h('td', {}, STATUS_LABELS[s.status] ?? s.status),
            h('td', {}, s.serviceFormat === 'GROUP' ? `${s.participants} / ${s.maxParticipants}` : s.participants),
          ),
        ),
      ),
    ),
    can('service.manage') ? newServiceForm() : null,
  );
}

function newServiceForm() {
  const today = new Date().toISOString().slice(0, 10);
  const form = h(
    'form',
    { class: 'inline', 'aria-label': 'New enhanced service' },
    h('div', { class: 'result', style: 'flex-basis:100%' }),
    field('name', 'Service name', { required: true }),
    select('serviceFormat', 'Service format', FORMATS, { required: true }),
    select(
      'serviceType',
      'Service type',
      [
        ['JS_WORKSHOPS', 'Job Search - Workshops'],
        ['JS_JOB_DEVELOPMENT', 'Job Search - Job Development'],
        ['SE_ESSENTIAL_COMPUTER', 'Skill Enhancement - Computer Use'],
        ['CDM_CAREER_EXPLORATION', 'Career Exploration'],
      ],
      { required: true },
    ),
    field('accountabilityReporting', 'Accountability reporting', { required: true }),
    field('description', 'Description', { required: true }),
    field('startDate', 'Start date', { type: 'date', required: true, value: today }),
    field('endDate', 'End date', { type: 'date', required: true, value: today }),
    field('startTime', 'Start time', { type: 'time' }),
    field('endTime', 'End time', { type: 'time' }),
    field('minParticipants', 'Minimum participants', { type: 'number', min: 1, value: 1 }),
    field('maxParticipants', 'Maximum participants', { type: 'number', min: 1, required: true }),
    field('location', 'Location', { required: true }),
    select(
      'visibility',
      'Visibility',
      [
        ['PRIVATE', 'Private'],
        ['PUBLIC', 'Public'],
      ],
      { required: true },
    ),
    h('button', { type: 'submit' }, 'Create service'),
  );
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const d = formData(form);
    const res = await api('POST', '/api/services', {
      ...d,
      minParticipants: Number(d.minParticipants ?? 1),
      maxParticipants: Number(d.maxParticipants),
    });
    if (showResult(form, res)) location.hash = `#/services/${res.body.service.id}`;
  });
  return h('section', { class: 'card' }, h('h2', {}, 'New enhanced service'), form);
}

/** Sends an add; a CONFIRM_* answer is asked and, on OK, sent again with the confirmation. */
async function addParticipant(serviceId, body, form) {
  let res = await api('POST', `/api/services/${serviceId}/participants`, body);
  if (res.status === 409 && res.body?.error === 'CONFIRM_WAITLIST') {
    if (!confirm(res.body.message))
      return showResult(form, { ok: false, body: { message: 'Cancelled: nothing was added.' } });
    res = await api('POST', `/api/services/${serviceId}/participants`, { ...body, confirmWaitlist: true });
  }
  if (showResult(form, res)) await route();
}

export async function serviceView(id) {
  const showHistory = new URLSearchParams(location.hash.split('?')[1] ?? '').get('history') === '1';
  const res = await api('GET', `/api/services/${id}?includeHistory=${showHistory}`);
  if (!res.ok) return h('div', { class: 'errors', role: 'alert' }, res.body?.message);
  const { service: s, participants } = res.body;
  const group = s.serviceFormat === 'GROUP';
  const summary = s.summary;
  const results = h('div', { 'aria-label': 'Search results' });
  const searchForm = h(
    'form',
    { class: 'inline', 'aria-label': 'Person search / add' },
    h('div', { class: 'result', style: 'flex-basis:100%' }),
    field('caseId', 'Case ID', { type: 'number' }),
    field('sin', 'SIN'),
    field('lastName', 'Last name'),
    field('firstName', 'First name'),
    group ? null : field('sessionDate', 'Session date', { type: 'date', value: new Date().toISOString().slice(0, 10) }),
    h('button', { type: 'submit' }, 'Search / Add'),
  );
  searchForm.addEventListener('submit', async (e) => {
    e.preventDefault();
    const d = formData(searchForm);
    const extra = group ? {} : { sessionDate: d.sessionDate, sessionStatus: 'COMPLETED' };
    const { sessionDate: _sd, ...criteria } = d;
    const found = await api('GET', `/api/services/${id}/person-search?${new URLSearchParams(criteria)}`);
    if (!showResult(searchForm, found)) return;
    // R-ES-09: a unique match by case ID or SIN is added at once.
    if (found.body.addDirectly)
      return addParticipant(id, { caseId: found.body.matches[0].caseId, ...extra }, searchForm);
    if (found.body.offerPreRegistration && group) {
      if (!confirm(found.body.offerPreRegistration.message)) return;
      const p = found.body.offerPreRegistration;
      const firstName = p.firstName || prompt('First name') || '';
      const lastName = p.lastName || prompt('Last name') || '';
      return addParticipant(
        id,
        { preRegistration: { firstName, lastName, ...(p.phone ? { phone: p.phone } : {}) }, confirmPreRegister: true },
        searchForm,
      );
    }
    results.replaceChildren(
      table(
        ['', 'Name', 'SIN', 'Date of birth', 'Address', 'Phone'],
        found.body.matches.map((m) =>
          h(
            'tr',
            {},
            h(
              'td',
              {},
              h(
                'button',
                {
                  type: 'button',
                  'aria-label': `Add ${m.name}`,
                  onclick: () => addParticipant(id, { caseId: m.caseId, ...extra }, searchForm),
                },
                '+',
              ),
            ),
            h('td', {}, m.name),
            h('td', {}, m.sin ?? ''),
            h('td', {}, m.dateOfBirth),
            h('td', {}, m.address),
            h('td', {}, m.phone ?? ''),
          ),
        ),
      ),
    );
  });
  const change = async (p, status) => {
    let body = { status };
    if (status === 'REMOVED') {
      if (!confirm('Are you sure you want to remove this participant?')) return;
      body = { ...body, confirmed: true };
    }
    if (p.status === 'PRE_REGISTERED' && status === 'REGISTERED') {
      const caseId = Number(prompt('Case ID of the person to register'));
      if (!caseId) return;
      body = { ...body, caseId };
    }
    const r = await api('PATCH', `/api/services/${id}/participants/${p.id}`, body);
    if (!r.ok) return alert(r.body?.message);
    if (r.body.info) alert(r.body.info);
    await route();
  };
  return h(
    'div',
    {},
    h('h1', {}, `Enhanced service ${s.id} — ${s.name}`),
    h(
      'section',
      { class: 'card', 'aria-label': 'Service summary' },
      h(
        'dl',
        {},
        h('dt', {}, 'Format'),
        h('dd', {}, group ? 'Group' : 'Individual'),
        h('dt', {}, 'Accountability reporting'),
        h('dd', {}, s.accountabilityReporting),
        h('dt', {}, 'Type'),
        h('dd', {}, s.serviceTypeLabel),
        h('dt', {}, 'Status'),
        h('dd', {}, STATUS_LABELS[s.status] ?? s.status),
        h('dt', {}, 'Dates'),
        h('dd', {}, `${s.startDate} to ${s.endDate}`, s.startTime ? ` · ${s.startTime}–${s.endTime ?? ''}` : ''),
        h('dt', {}, 'Location'),
        h('dd', {}, s.location),
        group
          ? [
              h('dt', {}, 'Participants'),
              h(
                'dd',
                { 'data-summary': 'seats' },
                `Enrolled: ${summary.enrolled} · Minimum: ${summary.minimum} · Maximum: ${summary.maximum}`,
                summary.full ? ' · Full' : '',
                summary.belowMinimum ? ' · Below minimum' : '',
                summary.waitlisted ? ` · Waitlisted: ${summary.waitlisted}` : '',
              ),
            ]
          : null,
      ),
      can('service.manage') && s.status === 'SCHEDULED'
        ? h(
            'p',
            {},
            h(
              'button',
              {
                type: 'button',
                class: 'secondary',
                onclick: async () => {
                  const r = await api('PATCH', `/api/services/${id}`, { status: 'COMPLETED' });
                  if (r.ok) route();
                  else alert(r.body.message);
                },
              },
              'Mark completed',
            ),
            ' ',
            h(
              'button',
              {
                type: 'button',
                class: 'danger',
                onclick: async () => {
                  if (!confirm('Cancel this service? Its waitlist is cancelled.')) return;
                  const r = await api('PATCH', `/api/services/${id}`, { status: 'CANCELLED' });
                  if (r.ok) route();
                  else alert(r.body.message);
                },
              },
              'Cancel service',
            ),
          )
        : null,
    ),
    h(
      'section',
      { class: 'card' },
      h('h2', {}, 'Participants'),
      h(
        'p',
        {},
        link(`#/services/${id}${showHistory ? '' : '?history=1'}`, showHistory ? 'Hide history' : 'Show history'),
      ),
      table(
        ['Case ID', 'Name', 'Email / Phone', group ? 'Status' : 'Date', group ? 'Wait list' : 'Status', ''],
        participants.map((p) =>
          h(
            'tr',
            { 'data-participant': p.id },
            h('td', {}, p.caseId ? link(`#/cases/${p.caseId}`, p.caseId) : '—'),
            h('td', {}, p.name),
            h('td', {}, [p.email, p.phone].filter(Boolean).join(' / ')),
            h('td', {}, group ? p.statusLabel : p.sessionDate),
            h(
              'td',
              {},
              group
                ? p.waitlistNumber
                  ? `#${p.waitlistNumber} (position ${p.waitlistPosition ?? '—'})`
                  : ''
                : p.statusLabel,
            ),
            h(
              'td',
              {},
              p.allowedStatuses.map((st) =>
                h(
                  'button',
                  { type: 'button', class: st === 'REMOVED' ? 'danger' : 'secondary', onclick: () => change(p, st) },
                  st === 'REMOVED' ? 'Remove' : `→ ${st.replace('_', ' ').toLowerCase()}`,
                ),
              ),
              p.status === 'REGISTERED' && p.caseId
                ? h(
                    'button',
                    {
                      type: 'button',
                      class: 'secondary',
                      onclick: async () => {
                        const r = await api(
                          'POST',
                          `/api/services/${id}/participants/${p.id}/intervention`,
                          {},
                          { 'Idempotency-Key': crypto.randomUUID() },
                        );
                        if (r.ok) location.hash = `#/cases/${p.caseId}`;
                        else alert(r.body.message);
                      },
                    },
                    'Start intervention',
                  )
                : null,
            ),
          ),
        ),
      ),
    ),
    s.status === 'SCHEDULED'
      ? h('section', { class: 'card' }, h('h2', {}, 'Person search / add'), searchForm, results)
      : null,
  );
}
