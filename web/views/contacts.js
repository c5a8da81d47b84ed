// Organisation Contacts (spec 04 R-CON-12..18): 10 per page, the primary contact first, search; the contact details
// form with the invitation section (profiles grouped by family, only those the administrator may grant) and the
// row actions: invite, withdraw or resend an invitation, remove access, transfer the primary role.
import { S, api, field, formData, h, labelled, lbl, link, route, select, showResult, t } from '../lib.js';
import { orgHeader } from './organisation.js';

const DEFAULT_SEARCH = {
  lastName: '',
  firstName: '',
  email: '',
  userId: '',
  profiles: [],
  activeOnly: true,
  withAccess: false,
  page: 1,
};

function searchQuery(s) {
  const p = new URLSearchParams({
    activeOnly: String(s.activeOnly),
    withAccess: String(s.withAccess),
    page: String(s.page),
    lang: S.lang,
  });
  for (const k of ['lastName', 'firstName', 'email', 'userId']) if (s[k]) p.set(k, s[k]);
  if (s.profiles.length) p.set('profiles', s.profiles.join(','));
  return p.toString();
}

async function act(method, path, body, confirmText) {
  if (confirmText && !confirm(confirmText)) return;
  const r = await api(method, path, body);
  if (!r.ok) alert(r.body?.message ?? `Error ${r.status}`);
  void route();
}

function rowView(org, c) {
  const base = `/api/organisations/${org.id}`;
  const invitationLine =
    c.invitation?.status === 'PENDING'
      ? [
          `${t('invitationExpires')} ${c.invitation.expiresOn}`,
          c.invitation.emailStatus === 'FAILED' ? h('span', { class: 'error-text' }, ` (${t('emailNotSent')})`) : null,
        ]
      : c.invitation?.status === 'EXPIRED'
        ? `${t('invitationExpired')} ${c.invitation.expiresOn}`
        : null;
  const buttons = {
    invite: () => h('a', { href: `#/organisations/${org.id}/contacts/${c.id}` }, t('inviteToLampss')),
    withdrawInvitation: () =>
      h(
        'button',
        {
          type: 'button',
          class: 'secondary',
          onclick: () =>
            act(
              'POST',
              `${base}/invitations/${c.invitation.id}/withdraw`,
              {},
              t('withdrawConfirm').replace('{name}', c.name),
            ),
        },
        t('withdrawInvitation'),
      ),
    resendInvitation: () =>
      h(
        'button',
        {
          type: 'button',
          class: 'secondary',
          onclick: () => act('POST', `${base}/invitations/${c.invitation.id}/resend`, {}),
        },
        t('resendInvitation'),
      ),
    removeAccess: () =>
      h(
        'button',
        {
          type: 'button',
          class: 'secondary',
          onclick: () =>
            act(
              'POST',
              `${base}/contacts/${c.id}/remove-access`,
              {},
              t('removeAccessConfirm').replace('{name}', c.name),
            ),
        },
        t('removeAccess'),
      ),
    reactivate: () =>
      h(
        'button',
        {
          type: 'button',
          class: 'secondary',
          onclick: () => act('PATCH', `${base}/contacts/${c.id}`, { active: true, version: c.version }),
        },
        t('reactivate'),
      ),
  };
  return h(
    'tr',
    { 'data-contact': c.id },
    h(
      'td',
      {},
      org.can.manageContacts ? link(`#/organisations/${org.id}/contacts/${c.id}`, c.name) : c.name,
      c.isPrimary ? [h('br'), h('span', { class: 'badge' }, t('primaryContact'))] : null,
      c.administrator ? [' ', h('span', { class: 'badge' }, t('administrator'))] : null,
      c.profiles
        ? [
            h('br'),
            c.profiles.length
              ? c.profiles.map((p) => `${p.label}${p.pending ? ` (${t('pending')})` : ''}`).join(', ')
              : t('noneProfiles'),
          ]
        : null,
    ),
    h(
      'td',
      {},
      c.jobTitle ?? '',
      c.jobTitle ? h('br') : null,
      c.emails.join(' · '),
      h('br'),
      [c.phone, c.mobilePhone].filter(Boolean).join(' · '),
      h('br'),
      c.language === 'FR' ? t('french') : t('english'),
    ),
    h(
      'td',
      {},
      c.active ? t('active') : t('inactive'),
      h('br'),
      c.hasAccess ? t('hasAccess') : t('noAccess'),
      invitationLine ? [h('br'), invitationLine] : null,
      h('br'),
      c.actions
        .map((a) => buttons[a]?.())
        .filter(Boolean)
        .flatMap((b, i) => (i ? [' ', b] : [b])),
    ),
  );
}

export async function contactsView(orgId) {
  const s = (S.contactSearch ??= { ...DEFAULT_SEARCH });
  const [orgRes, res] = await Promise.all([
    api('GET', `/api/organisations/${orgId}`),
    api('GET', `/api/organisations/${orgId}/contacts?${searchQuery(s)}`),
  ]);
  if (!orgRes.ok || !res.ok)
    return h('div', { class: 'errors', role: 'alert' }, (orgRes.ok ? res : orgRes).body?.message);
  const org = orgRes.body;
  const profileOptions = org.profileFamilies.flatMap((f) => f.profiles.map((p) => [p.code, lbl(p.label)]));
  const form = h(
    'form',
    { class: 'card', 'aria-label': t('contactSearch') },
    h('h2', {}, t('contactSearch')),
    h(
      'div',
      { class: 'grid' },
      field('lastName', t('lastName'), { value: s.lastName }),
      field('firstName', t('firstName'), { value: s.firstName }),
      field('email', t('email'), { value: s.email }),
      field('userId', t('userId'), { value: s.userId }),
      org.can.manageContacts &&
        labelled(
          t('securityProfiles'),
          h(
            'select',
            { name: 'profiles', multiple: true, size: 4 },
            profileOptions.map(([v, text]) => h('option', { value: v, selected: s.profiles.includes(v) }, text)),
          ),
        ),
    ),
    h(
      'label',
      { class: 'check' },
      h('input', { type: 'checkbox', name: 'activeOnly', checked: s.activeOnly }),
      t('activeOnly'),
    ),
    h(
      'label',
      { class: 'check' },
      h('input', { type: 'checkbox', name: 'withAccess', checked: s.withAccess }),
      t('withAccess'),
    ),
    h('button', { type: 'submit' }, t('search')),
    ' ',
    h(
      'button',
      {
        type: 'button',
        class: 'secondary',
        onclick: () => {
          S.contactSearch = { ...DEFAULT_SEARCH };
          void route();
        },
      },
      t('clear'),
    ),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const d = formData(form);
    S.contactSearch = {
      ...DEFAULT_SEARCH,
      ...d,
      profiles: form.profiles ? [...form.profiles.selectedOptions].map((o) => o.value) : [],
      activeOnly: form.activeOnly.checked,
      withAccess: form.withAccess.checked,
      page: 1,
    };
    void route();
  });
  const l = res.body;
  const page = (n) => () => {
    s.page = n;
    void route();
  };
  return h(
    'div',
    {},
    orgHeader(org),
    form,
    h(
      'section',
      { class: 'card' },
      h('h2', {}, `${t('contacts')} (${l.totalCount})`),
      l.items.length
        ? h(
            'table',
            {},
            h(
              'thead',
              {},
              h(
                'tr',
                {},
                h('th', { scope: 'col' }, t('name')),
                h('th', { scope: 'col' }, t('contactDetails')),
                h('th', { scope: 'col' }, t('access')),
              ),
            ),
            h(
              'tbody',
              {},
              l.items.map((c) => rowView(org, c)),
            ),
          )
        : h('p', { class: 'muted' }, t('none')),
      h(
        'div',
        { class: 'pager' },
        h(
          'button',
          { type: 'button', class: 'secondary', disabled: l.page <= 1, onclick: page(l.page - 1) },
          t('prev'),
        ),
        `${t('page')} ${l.page} / ${Math.max(1, l.totalPages)}`,
        h(
          'button',
          { type: 'button', class: 'secondary', disabled: l.page >= l.totalPages, onclick: page(l.page + 1) },
          t('next'),
        ),
      ),
      org.can.manageContacts &&
        h(
          'p',
          {},
          link(`#/organisations/${org.id}/contacts/new`, t('addContact')),
          ' · ',
          link(`#/organisations/${org.id}/contacts/new-access`, t('addContactWithAccess')),
        ),
    ),
  );
}

/** Profile checkboxes grouped by family: grantable ones editable, the others shown read-only (R-SEC-04, R-SEC-08). */
function profileChooser(org, held) {
  return h(
    'fieldset',
    { class: 'profiles' },
    h('legend', {}, t('securityProfiles')),
    org.profileFamilies.map((f) => {
      const shown = f.profiles.filter((p) => p.grantable || held.includes(p.code));
      return shown.length
        ? h(
            'div',
            {},
            h('strong', {}, lbl(f.label)),
            shown.map((p) =>
              h(
                'label',
                { class: 'check' },
                h('input', {
                  type: 'checkbox',
                  name: 'profile',
                  value: p.code,
                  checked: held.includes(p.code),
                  disabled: !p.grantable,
                }),
                lbl(p.label),
              ),
            ),
          )
        : null;
    }),
  );
}

export async function contactView(orgId, which) {
  const orgRes = await api('GET', `/api/organisations/${orgId}`);
  if (!orgRes.ok) return h('div', { class: 'errors', role: 'alert' }, orgRes.body?.message);
  const org = orgRes.body;
  const isNew = which === 'new' || which === 'new-access';
  const c = isNew ? null : (await api('GET', `/api/organisations/${orgId}/contacts/${which}?lang=${S.lang}`)).body;
  if (!isNew && !c?.id) return h('div', { class: 'errors', role: 'alert' }, t('notFound'));
  const inviting = which === 'new-access' || (c && c.actions.includes('invite'));
  const held = c?.profiles?.map((p) => p.code) ?? [];
  const v = (k) => c?.[k] ?? '';
  const form = h(
    'form',
    { class: 'card', 'aria-label': t('contactDetails') },
    h('h2', {}, isNew ? (inviting ? t('addContactWithAccess') : t('addContact')) : c.name),
    h(
      'div',
      { class: 'grid' },
      field('lastName', t('lastName'), { value: v('lastName') }),
      field('firstName', t('firstName'), { value: v('firstName') }),
      field('email', t('email'), { value: v('email'), type: 'email' }),
      field('jobTitle', t('jobTitle'), { value: v('jobTitle') }),
      field('phone', t('phone'), { value: v('phone') }),
      field('mobilePhone', t('mobilePhone'), { value: v('mobilePhone') }),
      select('language', t('languagePreference'), [
        ['EN', t('english')],
        ['FR', t('french')],
      ]),
      select(
        'officeLocationId',
        t('officeLocation'),
        org.officeLocations.map((o) => [String(o.id), o.name]),
      ),
      select(
        'positionType',
        t('positionType'),
        Object.entries(org.positionTypes).map(([k, l]) => [k, lbl(l)]),
      ),
      field('fte', t('fte'), { value: v('fte'), type: 'number', step: '0.01', min: '0.01', max: '1' }),
      field('startDate', t('startDate'), { value: v('startDate'), type: 'date' }),
      field('endDate', t('endDate'), { value: v('endDate'), type: 'date' }),
    ),
    !isNew &&
      h('label', { class: 'check' }, h('input', { type: 'checkbox', name: 'active', checked: c.active }), t('active')),
    !isNew &&
      h(
        'label',
        { class: 'check' },
        h('input', { type: 'checkbox', name: 'isPrimary', checked: c.isPrimary }),
        t('primaryContact'),
      ),
    inviting &&
      h(
        'fieldset',
        {},
        h('legend', {}, t('invitation')),
        labelled(
          t('invitationMessage'),
          h('textarea', { name: 'message', maxlength: '1000', rows: 3, 'aria-describedby': 'msg-hint' }),
        ),
        h('p', { id: 'msg-hint', class: 'muted' }, t('noClientInfo')),
      ),
    (inviting || (c && c.hasAccess) || (c && c.invitation?.status === 'PENDING')) && profileChooser(org, held),
    h('button', { type: 'submit' }, t('save')),
    ' ',
    link(`#/organisations/${org.id}/contacts`, t('cancel')),
  );
  form.language.value = c?.language ?? 'EN';
  if (c?.officeLocationId) form.officeLocationId.value = String(c.officeLocationId);
  if (c?.positionType) form.positionType.value = c.positionType;
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const d = formData(form);
    const fields = {
      lastName: d.lastName ?? '',
      firstName: d.firstName ?? '',
      email: d.email ?? '',
      jobTitle: d.jobTitle ?? null,
      phone: d.phone ?? null,
      mobilePhone: d.mobilePhone ?? null,
      language: d.language ?? 'EN',
      officeLocationId: d.officeLocationId ? Number(d.officeLocationId) : null,
      positionType: d.positionType ?? null,
      fte: d.fte ? Number(d.fte) : null,
      startDate: d.startDate ?? undefined,
      endDate: d.endDate ?? null,
    };
    const chosen = [...form.querySelectorAll('input[name=profile]:checked')].map((i) => i.value);
    const invitation = inviting ? { profiles: chosen, message: d.message ?? null } : undefined;
    // R-INV-04: the invitation is sent only after the administrator confirms who receives it and until when.
    if (invitation && chosen.length) {
      const until = new Date(org.invitationExpiresAt).toLocaleDateString(S.lang === 'fr' ? 'fr-CA' : 'en-CA', {
        timeZone: 'America/Halifax',
        day: 'numeric',
        month: 'long',
        year: 'numeric',
      });
      if (!confirm(t('inviteConfirm').replace('{email}', fields.email).replace('{date}', until))) return;
    }
    let r;
    if (isNew) r = await api('POST', `/api/organisations/${org.id}/contacts?lang=${S.lang}`, { ...fields, invitation });
    else {
      const body = {
        ...fields,
        version: c.version,
        active: form.active.checked,
        profilesToAdd: chosen.filter((p) => !held.includes(p)),
        profilesToRemove: held.filter((p) => !chosen.includes(p)),
      };
      if (form.isPrimary.checked !== c.isPrimary) body.isPrimary = form.isPrimary.checked;
      r = await api(
        'PATCH',
        `/api/organisations/${org.id}/contacts/${c.id}?lang=${S.lang}`,
        inviting ? { ...body, profilesToAdd: [], profilesToRemove: [] } : body,
      );
      if (r.ok && invitation)
        r = await api('POST', `/api/organisations/${org.id}/contacts/${c.id}/invitations`, invitation);
    }
    if (showResult(form, r, r.body?.warning ?? t('saved')) && !r.body?.warning)
      location.hash = `#/organisations/${org.id}/contacts`;
  });
  return h('div', {}, orgHeader(org), form);
}
