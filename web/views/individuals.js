// Individuals: search, add with the duplicate check, details, aliases, addresses, sharing.
import { S, t, lbl, h, api, showResult, formData, field, select, link, table, route } from '../lib.js';

export async function individualsView() {
  const results = h('div');
  const searchForm = h(
    'form',
    { class: 'inline', role: 'search', 'aria-label': t('search') },
    h('div', { class: 'result' }),
    field('lastName', t('lastName')),
    field('firstName', t('firstName')),
    field('dateOfBirth', t('dateOfBirth'), { type: 'date' }),
    field('sin', t('sin')),
    field('phone', t('phone')),
    field('city', t('city')),
    h('button', { type: 'submit' }, t('search')),
  );
  searchForm.addEventListener('submit', async (e) => {
    e.preventDefault();
    const res = await api('GET', `/api/individuals?${new URLSearchParams(formData(searchForm))}`);
    if (!showResult(searchForm, res)) return;
    results.replaceChildren(
      table(
        [t('client'), t('gender'), t('address'), t('dateOfBirth'), t('sin')],
        res.body.items.map((p) =>
          h(
            'tr',
            {},
            h('td', {}, link(`#/individuals/${p.id}`, p.name)),
            h('td', {}, p.gender),
            h('td', {}, p.address),
            h('td', {}, p.dateOfBirth),
            h('td', {}, p.sin ?? '—'),
          ),
        ),
      ),
    );
    addForm.hidden = false; // R-PER-07: Add comes after a search
  });
  const addForm = h(
    'form',
    { class: 'card', hidden: true, 'aria-labelledby': 'add-title', 'data-schema': 'NewIndividual' },
    h('div', { class: 'result' }),
    h('h2', { id: 'add-title' }, t('addIndividual')),
    h(
      'div',
      { class: 'grid' },
      field('firstName', t('firstName'), { required: true }),
      field('lastName', t('lastName'), { required: true }),
      select(
        'gender',
        t('gender'),
        [
          ['FEMALE', t('female')],
          ['MALE', t('male')],
        ],
        { required: true },
      ),
      field('dateOfBirth', t('dateOfBirth'), { type: 'date', required: true }),
      field('sin', t('sin')),
      field('phone', t('phone')),
      field('line1', t('address'), { required: true }),
      field('city', t('city'), { required: true }),
      field('province', t('province'), { value: 'NS', required: true }),
      field('postalCode', t('postalCode'), { required: true }),
    ),
    h('button', { type: 'submit' }, t('save')),
  );
  let confirm = false;
  addForm.addEventListener('submit', async (e) => {
    e.preventDefault();
    const d = formData(addForm);
    const body = {
      firstName: d.firstName,
      lastName: d.lastName,
      gender: d.gender,
      dateOfBirth: d.dateOfBirth,
      sin: d.sin,
      phone: d.phone,
      address: { line1: d.line1, city: d.city, province: d.province, postalCode: d.postalCode },
      confirmNoDuplicate: confirm,
    };
    const res = await api('POST', '/api/individuals', body);
    if (res.status === 409 && res.body.details?.matches) {
      showResult(addForm, res);
      addForm.querySelector('.result').append(
        h(
          'button',
          {
            type: 'button',
            class: 'secondary',
            onclick: () => {
              confirm = true;
              addForm.requestSubmit();
            },
          },
          t('addAnyway'),
        ),
      );
      return;
    }
    if (showResult(addForm, res)) location.hash = `#/individuals/${res.body.id}`;
  });
  return h('div', {}, h('h1', {}, t('individuals')), h('section', { class: 'card' }, searchForm), results, addForm);
}

export async function individualView(id) {
  const [res, managers] = await Promise.all([api('GET', `/api/individuals/${id}`), api('GET', '/api/case-managers')]);
  if (!res.ok) return h('div', { class: 'errors', role: 'alert' }, res.body?.message);
  const p = res.body;
  const share = h(
    'form',
    { class: 'inline', 'aria-label': t('shareGov') },
    h('div', { class: 'result' }),
    !p.sharedWithGovernment &&
      h(
        'button',
        {
          type: 'button',
          onclick: async () => {
            const r = await api('POST', `/api/individuals/${id}/share`, { writtenConsentObtained: true });
            if (showResult(share, r)) route();
          },
        },
        t('shareGov'),
      ),
  );
  // Registration Details (R-CASE-07): the case starts with these answers; defaults are the common case.
  const check = (name, label, checked = false) =>
    h('label', { class: 'check' }, h('input', { type: 'checkbox', name, value: 'on', checked }), label);
  const open = h(
    'form',
    { class: 'inline', 'aria-label': t('openCase') },
    h('div', { class: 'result', style: 'flex-basis:100%' }),
    select(
      'caseManagerId',
      t('caseManager'),
      (managers.ok ? managers.body : []).map((m) => [m.id, m.name]),
      { required: true },
    ),
    select(
      'employmentStatus',
      t('employmentStatus'),
      [
        ['UNEMPLOYED', 'Unemployed'],
        ['EMPLOYED', 'Employed'],
        ['SELF_EMPLOYED', 'Self-employed'],
        ['NOT_IN_LABOUR_FORCE', 'Not in labour force'],
      ],
      { required: true },
    ),
    field('workHoursPerWeek', t('hours'), { type: 'number', step: '0.5' }),
    field('hourlyWage', t('wage'), { type: 'number', step: '0.01' }),
    select(
      'correspondenceLanguage',
      'Correspondence language',
      [
        ['EN', 'English'],
        ['FR', 'Français'],
      ],
      { required: true },
    ),
    select(
      'preferredContactMethod',
      'Preferred contact method',
      [
        ['TELEPHONE', 'Telephone'],
        ['EMAIL', 'Email'],
        ['MAIL', 'Mail'],
      ],
      { required: true },
    ),
    check('student', 'Student'),
    check('eiInLast36Months', 'Applied for or received EI in the last 36 months'),
    select('eiClaimType', 'Type of claim', [
      ['REGULAR', 'Regular'],
      ['FISHING', 'Fishing'],
      ['SICKNESS', 'Sickness'],
      ['MATERNITY_PARENTAL', 'Maternity/parental'],
      ['COMPASSIONATE_CARE', 'Compassionate care'],
      ['OTHER', 'Other'],
    ]),
    check('legallyEntitledToWork', 'Legally entitled to work in Canada', true),
    h('button', { type: 'submit' }, t('openCase')),
  );
  // R-CASE-03: defaults to me
  open.caseManagerId.value = String((managers.ok ? managers.body : []).find((m) => m.isMe)?.id ?? '');
  open.employmentStatus.value = 'UNEMPLOYED';
  open.correspondenceLanguage.value = S.lang === 'fr' ? 'FR' : 'EN';
  open.preferredContactMethod.value = 'TELEPHONE';
  open.addEventListener('submit', async (e) => {
    e.preventDefault();
    const d = formData(open);
    const registration = {
      employmentStatus: d.employmentStatus,
      correspondenceLanguage: d.correspondenceLanguage,
      preferredContactMethod: d.preferredContactMethod,
      workHoursPerWeek: d.workHoursPerWeek ? Number(d.workHoursPerWeek) : undefined,
      hourlyWage: d.hourlyWage ? Number(d.hourlyWage) : undefined,
      student: d.student === 'on',
      eiInLast36Months: d.eiInLast36Months === 'on',
      eiClaimType: d.eiClaimType,
      legallyEntitledToWork: d.legallyEntitledToWork === 'on',
    };
    const r = await api(
      'POST',
      '/api/cases',
      { individualId: p.id, caseManagerId: d.caseManagerId ? Number(d.caseManagerId) : undefined, registration },
      { 'Idempotency-Key': crypto.randomUUID() },
    );
    if (showResult(open, r)) location.hash = `#/cases/${r.body.id}`;
  });
  return h(
    'div',
    {},
    h('h1', {}, `${p.lastName}, ${p.firstName}`),
    h(
      'section',
      { class: 'card' },
      h(
        'dl',
        {},
        h('dt', {}, t('dateOfBirth')),
        h('dd', {}, `${p.dateOfBirth} (${p.age})`),
        h('dt', {}, t('sin')),
        h('dd', {}, p.sin ?? '—'),
        h('dt', {}, t('address')),
        h('dd', {}, `${p.address.line1}, ${p.address.city}, ${p.address.province} ${p.address.postalCode}`),
        h('dt', {}, t('privateClient')),
        h('dd', {}, p.privateClient ? 'Yes' : 'No'),
      ),
    ),
    h('section', { class: 'card' }, share, p.canOpenCase ? [h('h2', {}, t('openCase')), open] : null),
    h(
      'section',
      { class: 'card' },
      h('h2', {}, t('aliases')),
      table(
        [t('lastName'), t('firstName')],
        p.aliases.map((a) => h('tr', {}, h('td', {}, a.lastName ?? ''), h('td', {}, a.firstName ?? ''))),
      ),
    ),
    h(
      'section',
      { class: 'card' },
      h('h2', {}, t('cases')),
      table(
        [t('case'), t('status'), t('since')],
        p.cases.map((c) =>
          h(
            'tr',
            {},
            h('td', {}, link(`#/cases/${c.id}`, c.id)),
            h('td', {}, lbl(S.ref.statuses[c.status])),
            h('td', {}, c.statusSince),
          ),
        ),
      ),
    ),
  );
}

/** A form that sends one action to the case and re-renders the page with the answer. */
