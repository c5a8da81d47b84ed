// My Organisation: the header of the Organisation Contacts page (R-ORG-10), organisation information for those who may
// update it (R-ORG-06), program flags editable by LaMPSS Operations Support only (R-ORG-05), and the access history.
import { S, api, can, field, formData, h, link, route, showResult, t, table } from '../lib.js';

const FLAGS = [
  'activeFundingAgreement',
  'externalCaseManagement',
  'clientTracking',
  'serviceEnrolment',
  'privateCareerCollege',
  'learnerManagement',
  'inactive',
];

/** The header every organisation page shows: name, type, address, "Organisation inactive", phone. */
export function orgHeader(org) {
  const a = org.address;
  return h(
    'section',
    { class: 'card', 'aria-label': t('organisationHeader') },
    h('h1', {}, org.name),
    h(
      'p',
      {},
      `${t('orgType')}: ${t(`orgType_${org.type}`)} · ${t('address')}: ` +
        `${[a.line1, a.city, a.province, a.postalCode].filter(Boolean).join(', ') || '—'} · `,
      `${t('orgInactive')}: ${org.inactive ? t('yes') : t('no')} · ${t('phone')}: ${org.phone ?? '—'}`,
    ),
    h(
      'nav',
      {},
      link(`#/organisations/${org.id}`, t('myOrganisation')),
      ' · ',
      link(`#/organisations/${org.id}/contacts`, t('contacts')),
      org.can.viewAudit ? [' · ', link(`#/organisations/${org.id}/audit`, t('accessHistory'))] : null,
    ),
  );
}

export async function organisationView(id) {
  const res = await api('GET', `/api/organisations/${id}`);
  if (!res.ok) return h('div', { class: 'errors', role: 'alert' }, res.body?.message);
  const org = res.body;
  const info = h(
    'form',
    { class: 'card', 'aria-label': t('organisationInfo') },
    h('h2', {}, t('organisationInfo')),
    h(
      'div',
      { class: 'grid' },
      field('name', t('orgName'), { value: org.name, disabled: !org.can.update }),
      field('addressLine1', t('address'), { value: org.address.line1 ?? '', disabled: !org.can.update }),
      field('city', t('city'), { value: org.address.city ?? '', disabled: !org.can.update }),
      field('province', t('province'), { value: org.address.province ?? '', disabled: !org.can.update }),
      field('postalCode', t('postalCode'), { value: org.address.postalCode ?? '', disabled: !org.can.update }),
      field('phone', t('phone'), { value: org.phone ?? '', disabled: !org.can.update }),
    ),
    h(
      'fieldset',
      {},
      h('legend', {}, t('programFlags')),
      FLAGS.map((f) =>
        h(
          'label',
          { class: 'check' },
          h('input', { type: 'checkbox', name: f, checked: org[f], disabled: !org.can.setFlags }),
          t(`flag_${f}`),
        ),
      ),
    ),
    (org.can.update || org.can.setFlags) && h('button', { type: 'submit' }, t('save')),
  );
  info.addEventListener('submit', async (e) => {
    e.preventDefault();
    const body = { version: org.version };
    if (org.can.update) Object.assign(body, formData(info));
    if (org.can.setFlags) for (const f of FLAGS) body[f] = info[f].checked;
    const r = await api('PATCH', `/api/organisations/${org.id}`, body);
    if (showResult(info, r, t('saved'))) setTimeout(() => void route(), 600);
  });
  let chooser = null;
  if (can('org.any')) {
    const all = await api('GET', '/api/organisations');
    chooser = h(
      'section',
      { class: 'card' },
      h('h2', {}, t('allOrganisations')),
      table(
        [t('orgName'), t('organisation'), t('orgInactive')],
        (all.ok ? all.body : []).map((o) =>
          h(
            'tr',
            {},
            h('td', {}, link(`#/organisations/${o.id}`, o.name)),
            h('td', {}, o.code),
            h('td', {}, o.inactive ? t('yes') : t('no')),
          ),
        ),
      ),
    );
  }
  return h(
    'div',
    {},
    orgHeader(org),
    h(
      'p',
      {},
      `${t('primaryContact')}: `,
      org.primaryContact
        ? link(`#/organisations/${org.id}/contacts/${org.primaryContact.id}`, org.primaryContact.name)
        : '—',
    ),
    info,
    chooser,
  );
}

/** The organisation's access-change history (R-SEC-14, SR-06). */
export async function auditView(id) {
  const [org, res] = await Promise.all([
    api('GET', `/api/organisations/${id}`),
    api('GET', `/api/organisations/${id}/audit?page=${S.auditPage ?? 1}`),
  ]);
  if (!org.ok || !res.ok) return h('div', { class: 'errors', role: 'alert' }, (org.ok ? res : org).body?.message);
  const show = (v) => (v ? JSON.stringify(v) : '');
  return h(
    'div',
    {},
    orgHeader(org.body),
    h(
      'section',
      { class: 'card' },
      h('h2', {}, t('accessHistory')),
      table(
        [t('when'), t('who'), t('what'), t('target'), t('before'), t('after')],
        res.body.items.map((a) =>
          h(
            'tr',
            {},
            h('td', {}, new Date(a.at).toLocaleString()),
            h('td', {}, a.actor.name),
            h('td', {}, a.action),
            h('td', {}, a.target.name ?? `${a.target.type} ${a.target.id}`),
            h('td', {}, h('code', {}, show(a.before))),
            h('td', {}, h('code', {}, show(a.after))),
          ),
        ),
      ),
    ),
  );
}
