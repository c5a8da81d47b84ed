// Referrals and case transfers (seed 000): the Referrals section of a case, the summary a receiving organisation
// sees with its "Complete the transfer" form, and the home page's list of incoming referrals.
import { S, api, field, h, labelled, lbl, link, route, select, showResult, t, table } from '../lib.js';

const outcomeText = (r) => (r.type === 'CASE_TRANSFER' ? t(`transfer_${r.transferOutcome}`) : '—');

function referralRows(referrals, caseId) {
  return table(
    [
      t('referralType'),
      t('receivingOrg'),
      t('contactPerson'),
      t('emailedTo'),
      t('submitted'),
      t('referralStatus'),
      t('transferOutcome'),
    ],
    referrals.map((r) =>
      h(
        'tr',
        {},
        h(
          'td',
          {},
          h(
            'details',
            {},
            h('summary', {}, lbl(r.typeLabel)),
            h('p', {}, h('strong', {}, r.subject)),
            h('pre', {}, r.body),
            h(
              'p',
              { class: 'muted' },
              `${r.template} · ${r.language} · `,
              caseId
                ? h(
                    'a',
                    { href: `/api/cases/${caseId}/referrals/${r.id}/letter`, target: '_blank', rel: 'noopener' },
                    t('letter'),
                  )
                : null,
            ),
          ),
        ),
        h('td', {}, r.toOrganisationName),
        h('td', {}, r.contactPerson),
        h('td', {}, r.emailedTo),
        h('td', {}, r.submittedOn),
        h('td', {}, h('span', { class: `badge ${r.status}` }, t(`referral_${r.status}`))),
        h('td', {}, outcomeText(r)),
      ),
    ),
  );
}

/** The Referrals section of a case: what was sent, and the form to send another (R-REF-01..14). */
export async function referralsSection(c, post) {
  const open = c.status !== 'CLOSED';
  const section = h(
    'section',
    { class: 'card', 'aria-label': t('referrals') },
    h('h2', {}, t('referrals')),
    referralRows(c.referrals ?? [], c.id),
  );
  if (!open) return section;
  const orgs = (await api('GET', '/api/referral-organisations')).body ?? [];
  const types = [
    ['CASE_TRANSFER', t('type_CASE_TRANSFER')],
    ['INFO_WITHIN_LAMPSS', t('type_INFO_WITHIN_LAMPSS')],
    ['INFO_OUTSIDE_LAMPSS', t('type_INFO_OUTSIDE_LAMPSS')],
  ]
    // R-REF-17: a transfer is not offered in Follow-up.
    .filter(([type]) => !(type === 'CASE_TRANSFER' && c.status === 'FOLLOW_UP'));
  const form = h('form', { 'aria-label': t('addReferral'), 'data-schema': 'Referral' }, h('div', { class: 'result' }));
  let edited = false;
  const typeSel = select('type', t('referralType'), types, { required: true });
  const orgSel = select(
    'toOrganisationId',
    t('receivingOrg'),
    orgs.map((o) => [String(o.id), o.name]),
  );
  const orgName = field('toOrganisationName', t('receivingOrgName'), { maxlength: 200 });
  const langSel = select(
    'language',
    t('correspondenceLanguage'),
    [
      ['EN', 'English'],
      ['FR', 'Français'],
    ],
    { required: true },
  );
  const subject = field('subject', t('subject'), { required: true, maxlength: 300, size: 60 });
  const body = labelled(t('body'), h('textarea', { name: 'body', rows: 5, cols: 70, required: true }));
  const ack = h(
    'label',
    { class: 'check', hidden: true },
    h('input', { type: 'checkbox', name: 'personalInfoAcknowledged' }),
    t('ackPersonalInfo'),
  );
  const el = (name) => form.elements.namedItem(name);
  const showFields = () => {
    const outside = el('type').value === 'INFO_OUTSIDE_LAMPSS';
    orgSel.hidden = outside;
    orgName.hidden = !outside;
  };
  // R-REF-08: the template fills subject and body; changing type, organisation or language reloads it (C-REF-03).
  const loadTemplate = async () => {
    const type = el('type').value;
    if (!type) return;
    if (edited && !confirm(t('confirmLanguage'))) return;
    const q = new URLSearchParams({ type, language: el('language').value || 'EN' });
    if (type === 'INFO_OUTSIDE_LAMPSS') q.set('toOrganisationName', el('toOrganisationName').value);
    else if (el('toOrganisationId').value) q.set('toOrganisationId', el('toOrganisationId').value);
    const tpl = await api('GET', `/api/cases/${c.id}/referrals/template?${q}`);
    if (!tpl.ok) return;
    el('subject').value = tpl.body.subject;
    el('body').value = tpl.body.body;
    if (tpl.body.emailedTo) el('emailedTo').value = tpl.body.emailedTo;
    edited = false;
  };
  form.append(
    h('p', { class: 'notice', role: 'note' }, t('personalInfoReminder')),
    h(
      'div',
      { class: 'grid' },
      typeSel,
      orgSel,
      orgName,
      field('contactPerson', t('contactPerson'), { required: true, maxlength: 200 }),
      field('emailedTo', t('emailedTo'), { type: 'email', required: true }),
      langSel,
    ),
    subject,
    body,
    ack,
    h(
      'div',
      {},
      h('button', { type: 'submit' }, t('sendReferral')),
      ' ',
      h(
        'button',
        {
          type: 'button',
          class: 'secondary',
          onclick: () => {
            const q = new URLSearchParams({
              type: el('type').value,
              language: el('language').value || 'EN',
              contactPerson: el('contactPerson').value,
            });
            if (el('type').value === 'INFO_OUTSIDE_LAMPSS') q.set('toOrganisationName', el('toOrganisationName').value);
            else if (el('toOrganisationId').value) q.set('toOrganisationId', el('toOrganisationId').value);
            if (el('type').value) window.open(`/api/cases/${c.id}/referrals/letter?${q}`, '_blank', 'noopener');
          },
        },
        t('previewLetter'),
      ),
      ' ',
      h('button', { type: 'reset', class: 'secondary' }, t('cancelReferral')),
    ),
  );
  el('type').addEventListener('change', () => {
    showFields();
    void loadTemplate();
  });
  el('toOrganisationId').addEventListener('change', () => void loadTemplate());
  el('language').addEventListener('change', () => void loadTemplate());
  el('subject').addEventListener('input', () => {
    edited = true;
  });
  el('body').addEventListener('input', () => {
    edited = true;
  });
  form.addEventListener('reset', (e) => {
    if (!confirm(t('confirmCancelReferral'))) e.preventDefault();
    else {
      edited = false;
      setTimeout(showFields);
    }
  });
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    if (!confirm(t('confirmReferral'))) return;
    const type = el('type').value;
    const res = await post('/referrals', {
      type,
      toOrganisationId:
        type !== 'INFO_OUTSIDE_LAMPSS' && el('toOrganisationId').value
          ? Number(el('toOrganisationId').value)
          : undefined,
      toOrganisationName: type === 'INFO_OUTSIDE_LAMPSS' ? el('toOrganisationName').value : undefined,
      contactPerson: el('contactPerson').value,
      emailedTo: el('emailedTo').value,
      language: el('language').value,
      subject: el('subject').value,
      body: el('body').value,
      confirmed: true,
      personalInfoAcknowledged: el('personalInfoAcknowledged').checked,
    });
    // E-REF-06 as a warning: the user may confirm the text is not about the client, then send again.
    if (res.body?.violations?.some((v) => v.code === 'E-REF-06' && v.message.startsWith('Do not include')))
      ack.hidden = false;
    if (showResult(form, res)) await route();
  });
  showFields();
  section.append(h('details', {}, h('summary', {}, t('addReferral')), form));
  return section;
}

/** What a receiving organisation sees of a case referred to it (R-REF-15), and the transfer form (ACT-REF-08). */
export async function referredCaseView(c) {
  const parts = [
    h('h1', {}, `${t('case')} ${c.id} — ${c.individual.name}`),
    h(
      'section',
      { class: 'card' },
      h('p', { class: 'notice' }, t('referredNotice')),
      h(
        'dl',
        {},
        h('dt', {}, t('status')),
        h('dd', {}, `${lbl(S.ref.statuses[c.status])} · ${c.statusSince}`),
        h('dt', {}, t('client')),
        h(
          'dd',
          {},
          link(`#/individuals/${c.individual.id}`, c.individual.name),
          ` · ${c.individual.dateOfBirth} · ${c.individual.city}`,
        ),
        h('dt', {}, t('from')),
        h('dd', {}, `${c.organisation} · ${c.caseManager}`),
        h('dt', {}, t('program')),
        h('dd', {}, c.program),
      ),
    ),
    h('section', { class: 'card' }, h('h2', {}, t('referrals')), referralRows(c.referrals)),
  ];
  if (c.pendingTransfer) {
    const managers = (await api('GET', '/api/case-managers')).body ?? [];
    const form = h(
      'form',
      { 'aria-label': t('completeTransfer'), 'data-schema': 'CompleteTransfer' },
      h('div', { class: 'result' }),
      h(
        'div',
        { class: 'grid' },
        select(
          'caseManagerId',
          t('caseManager'),
          managers.map((m) => [String(m.id), m.name]),
          { required: true },
        ),
        field('serviceDeliveryLocation', t('serviceLocation'), { maxlength: 200 }),
      ),
      h('button', { type: 'submit' }, t('completeTransfer')),
    );
    form.addEventListener('submit', async (e) => {
      e.preventDefault();
      const manager = form.elements.namedItem('caseManagerId');
      if (!confirm(`${t('confirmTransfer')} ${manager.selectedOptions[0]?.textContent ?? ''}?`)) return;
      const res = await api(
        'POST',
        `/api/cases/${c.id}/transfer`,
        {
          caseManagerId: Number(manager.value),
          serviceDeliveryLocation: form.elements.namedItem('serviceDeliveryLocation').value || undefined,
          confirmed: true,
        },
        { 'Idempotency-Key': crypto.randomUUID() },
      );
      if (showResult(form, res, t('transferDone'))) setTimeout(() => void route(), 800);
    });
    parts.push(h('section', { class: 'card' }, h('h2', {}, t('completeTransfer')), form));
  }
  return h('div', {}, parts);
}

/** Home page: what other organisations referred to mine, pending transfers first (the receiving side's alert). */
export function incomingReferralsCard(list) {
  if (!list.length) return null;
  return h(
    'section',
    { class: 'card', 'aria-label': t('incomingReferrals') },
    h('h2', {}, t('incomingReferrals')),
    table(
      [t('case'), t('referralType'), t('from'), t('submitted'), t('transferOutcome')],
      list.map((r) =>
        h(
          'tr',
          { class: r.pendingTransfer ? 'overdue' : '' },
          h('td', {}, link(`#/cases/${r.caseId}`, r.caseId)),
          h('td', {}, lbl(r.typeLabel)),
          h('td', {}, r.fromOrganisation),
          h('td', {}, r.submittedOn),
          h('td', {}, outcomeText(r)),
        ),
      ),
    ),
  );
}
