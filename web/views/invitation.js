// Public pages: accepting an invitation (the invitee chooses a user ID and password, SR-08: before that only the
// organisation and the inviter are shown) and requesting LaMPSS access for a new organisation (§3.12).
import { api, can, field, formData, h, link, route, select, showResult, t, table } from '../lib.js';

export async function invitationView(token) {
  const res = await api('GET', `/api/invitations/${encodeURIComponent(token)}`);
  if (!res.ok)
    return h(
      'section',
      { class: 'card' },
      h('h1', {}, t('invitation')),
      h('div', { class: 'errors', role: 'alert' }, res.body?.message),
    );
  const inv = res.body;
  const form = h(
    'form',
    { class: 'card', 'aria-label': t('acceptInvitation') },
    h('h1', {}, t('acceptInvitation')),
    h(
      'p',
      {},
      t('invitedBy').replace('{inviter}', inv.inviterName).replace('{organisation}', inv.organisationName),
      ' ',
      `${t('validUntil')} ${inv.expiresOn}.`,
    ),
    h(
      'div',
      { class: 'grid' },
      field('loginId', t('chooseUserId'), { required: true, autocomplete: 'username' }),
      field('password', t('choosePassword'), { type: 'password', required: true, autocomplete: 'new-password' }),
      field('accountEmail', t('accountEmail'), { type: 'email', autocomplete: 'email' }),
    ),
    h('p', { class: 'muted' }, t('passwordRules')),
    h('button', { type: 'submit' }, t('acceptInvitation')),
  );
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const d = formData(form);
    const r = await api('POST', '/api/invitations/accept', {
      token,
      loginId: d.loginId ?? '',
      password: d.password ?? '',
      accountEmail: d.accountEmail ?? null,
    });
    if (showResult(form, r)) {
      form.replaceChildren(
        h('h1', {}, t('accessReady')),
        h(
          'p',
          { role: 'status' },
          t('signInWith').replace('{code}', r.body.organisationCode).replace('{user}', r.body.loginId),
        ),
        link('#/sign-in', t('signIn')),
      );
    }
  });
  return form;
}

const REQUEST_FIELDS = [
  ['lastName', 'lastName'],
  ['firstName', 'firstName'],
  ['email', 'email'],
  ['phone', 'phone'],
  ['jobTitle', 'jobTitle'],
  ['organisationName', 'orgName'],
  ['addressLine1', 'address'],
  ['city', 'city'],
  ['province', 'province'],
  ['postalCode', 'postalCode'],
  ['organisationPhone', 'orgPhone'],
];

export function accessRequestView() {
  const form = h(
    'form',
    { class: 'card', 'aria-label': t('requestAccess') },
    h('h1', {}, t('requestAccess')),
    h(
      'div',
      { class: 'grid' },
      REQUEST_FIELDS.map(([name, label]) => field(name, t(label))),
      select('language', t('languagePreference'), [
        ['EN', t('english')],
        ['FR', t('french')],
      ]),
      select('family', t('requestFor'), [
        ['OFA', t('familyOFA')],
        ['PCC', t('familyPCC')],
      ]),
    ),
    h('button', { type: 'submit' }, t('send')),
  );
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const r = await api('POST', '/api/access-requests', formData(form));
    if (showResult(form, r, t('requestSent'))) form.querySelector('button[type=submit]').disabled = true;
  });
  return form;
}

/** LaMPSS Operations Support: requests waiting for a decision (R-ORG-03). */
export async function accessRequestsView() {
  if (!can('access-requests.process')) return h('p', {}, t('notFound'));
  const res = await api('GET', '/api/access-requests');
  const decide = (id, action) => async () => {
    const note = action === 'reject' ? prompt(t('rejectReason')) : null;
    const r = await api('POST', `/api/access-requests/${id}/${action}`, { decisionNote: note });
    if (!r.ok) alert(r.body?.message);
    void route();
  };
  return h(
    'div',
    {},
    h('h1', {}, t('accessRequests')),
    h(
      'section',
      { class: 'card' },
      table(
        [t('orgName'), t('requester'), t('requestFor'), t('since'), ''],
        (res.ok ? res.body : []).map((r) =>
          h(
            'tr',
            {},
            h(
              'td',
              {},
              r.organisation.name,
              h('br'),
              [r.organisation.addressLine1, r.organisation.city, r.organisation.postalCode].join(', '),
              h('br'),
              r.organisation.phone,
            ),
            h('td', {}, `${r.requester.lastName}, ${r.requester.firstName}`, h('br'), r.requester.email),
            h('td', {}, r.family),
            h('td', {}, new Date(r.submittedAt).toLocaleString()),
            h(
              'td',
              {},
              h('button', { type: 'button', onclick: decide(r.id, 'approve') }, t('approve')),
              ' ',
              h('button', { type: 'button', class: 'secondary', onclick: decide(r.id, 'reject') }, t('reject')),
            ),
          ),
        ),
      ),
    ),
  );
}
