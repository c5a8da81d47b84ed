// Funding requests (spec 02 §4.C): the programs for a funded intervention, the application package with its
// checklist, case documents, the case manager's statement and submission, the agreement home page, and ENS's
// decisions for ENS staff. The case page shows a Funding section from here.
import { api, can, field, formData, h, labelled, link, route, select, showResult, table } from '../lib.js';

/** The case page's Funding section: a button per funded intervention, labelled by its package's state (§3.8). */
export async function fundingSection(caseId, c) {
  const funded = c.actionPlan.interventions.filter((i) => i.fundingRequested);
  const [pkgs, docs] = await Promise.all([
    api('GET', `/api/cases/${caseId}/funding-packages`),
    api('GET', `/api/cases/${caseId}/documents`),
  ]);
  const packages = pkgs.ok ? pkgs.body.items : [];
  const open = c.status !== 'CLOSED';
  return h(
    'section',
    { class: 'card', 'aria-label': 'Funding and documents' },
    h('h2', {}, 'Funding requests'),
    funded.length
      ? h(
          'ul',
          {},
          funded.map((i) => {
            const p = packages.find((x) => x.interventionId === i.id && x.state !== 'DELETED' && x.state !== 'CLOSED');
            const label = !p
              ? 'Apply for Funding'
              : p.state === 'DRAFT' || p.state === 'CHANGES_REQUIRED'
                ? 'Edit Application'
                : 'View Application';
            return h(
              'li',
              {},
              `${i.interventionType} (${i.plannedStartDate} – ${i.plannedEndDate}) `,
              link(p ? `#/funding/${p.id}` : `#/cases/${caseId}/interventions/${i.id}/funding`, label),
              p ? ` · ${p.stateLabel}` : '',
            );
          }),
        )
      : h('p', { class: 'muted' }, 'No intervention is marked as needing funding.'),
    packages.length
      ? table(
          ['Package', 'Program', 'State', 'Agreement'],
          packages.map((p) =>
            h(
              'tr',
              {},
              h('td', {}, link(`#/funding/${p.id}`, p.id)),
              h('td', {}, p.programCode),
              h('td', {}, p.stateLabel),
              h('td', {}, p.agreementId ? link(`#/agreements/${p.agreementId}`, p.agreementId) : '—'),
            ),
          ),
        )
      : null,
    h('h2', {}, 'Case documents'),
    docs.ok
      ? table(
          ['Document', 'Topic', 'Size', 'Added', 'Changed', ''],
          docs.body.items.map((d) =>
            h(
              'tr',
              {},
              h('td', {}, h('a', { href: `/api/cases/${caseId}/documents/${d.id}/content` }, d.documentName)),
              h('td', {}, d.topic),
              h('td', {}, `${Math.ceil(d.sizeBytes / 1024)} KB`),
              h('td', {}, d.createdOn),
              h('td', {}, d.changedOn),
              h(
                'td',
                {},
                open
                  ? h(
                      'button',
                      {
                        type: 'button',
                        class: 'danger',
                        onclick: async () => {
                          if (!confirm('Delete this document?')) return;
                          const r = await api('DELETE', `/api/cases/${caseId}/documents/${d.id}`);
                          if (r.ok) route();
                          else alert(r.body.message);
                        },
                      },
                      'Delete',
                    )
                  : null,
              ),
            ),
          ),
        )
      : null,
    open ? uploadForm(caseId, 'Case Documents') : null,
  );
}

/** R-DOC-01/02: a file with its name and topic; the API refuses a wrong type or a file over 10 MB with the reason. */
function uploadForm(caseId, context, onUploaded) {
  const file = h('input', { type: 'file', name: 'file', required: true });
  const form = h(
    'form',
    { class: 'inline', 'aria-label': `Attach a document: ${context}` },
    h('div', { class: 'result', style: 'flex-basis:100%' }),
    labelled('File (maximum 10 MB)', file),
    field('documentName', 'Document name (no extension)'),
    select(
      'topic',
      'Document topic',
      [
        ['Supplementary Information', 'Supplementary Information'],
        ['Application Form', 'Application Form'],
        ['Financial Information', 'Financial Information'],
        ['Medical Information', 'Medical Information'],
        ['Correspondence', 'Correspondence'],
      ],
      { required: true },
    ),
    h('button', { type: 'submit' }, 'Attach'),
  );
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const f = file.files[0];
    if (!f) return;
    const d = formData(form);
    const q = new URLSearchParams({
      fileName: f.name,
      topic: d.topic ?? '',
      context,
      ...(d.documentName ? { documentName: d.documentName } : {}),
    });
    const res = await api('POST', `/api/cases/${caseId}/documents?${q}`, f);
    if (!showResult(form, res)) return;
    if (onUploaded) await onUploaded(res.body);
    else await route();
  });
  return form;
}

/** C1/C2: the programs that fund the intervention; Apply Now creates the package. */
export async function programsView(caseId, interventionId) {
  const res = await api('GET', `/api/cases/${caseId}/interventions/${interventionId}/funding-programs`);
  if (!res.ok) return h('div', { class: 'errors', role: 'alert' }, res.body?.message);
  const result = h('div', { class: 'result' });
  const program = (p) =>
    h(
      'div',
      { class: 'card' },
      h('h3', {}, p.name),
      h('p', {}, `Department/Area: ${p.departmentArea} · Type of Funding: ${p.typeOfFunding}`),
      h('p', {}, p.description),
      h(
        'p',
        {},
        h('a', { href: p.websiteUrl, target: '_blank', rel: 'noopener' }, 'Click here to see program website'),
        ' ',
        h(
          'button',
          {
            type: 'button',
            onclick: async () => {
              const r = await api(
                'POST',
                `/api/cases/${caseId}/interventions/${interventionId}/funding-package`,
                { programCode: p.code },
                { 'Idempotency-Key': crypto.randomUUID() },
              );
              if (r.ok) location.hash = `#/funding/${r.body.id}`;
              else result.replaceChildren(h('div', { class: 'errors', role: 'alert' }, r.body?.message));
            },
          },
          `Apply Now: ${p.name}`,
        ),
      ),
    );
  return h(
    'div',
    {},
    h('h1', {}, 'Apply for Funding'),
    result,
    res.body.message
      ? h('p', {}, res.body.message)
      : h(
          'p',
          {},
          'One or more programs are available that offer funding for this type of intervention. Review the ' +
            'programs below and if your client is eligible, start an application for funding for a program by ' +
            'clicking the apply button.',
        ),
    res.body.programs.map(program),
    res.body.alternatives.length
      ? [h('h2', {}, 'Alternative programs with different funding sources:'), res.body.alternatives.map(program)]
      : null,
    h('p', {}, link(`#/cases/${caseId}`, 'Cancel')),
  );
}

const STATEMENT_OPTIONS = [
  ['YES', 'Yes'],
  ['NO', 'No'],
];

/** The application package screen (§4.C): header, associated agreement, checklist, statement, submit. */
export async function packageView(packageId) {
  const res = await api('GET', `/api/funding-packages/${packageId}`);
  if (!res.ok) return h('div', { class: 'errors', role: 'alert' }, res.body?.message);
  const p = res.body;
  const send = (method, path, body) =>
    api(method, `/api/funding-packages/${packageId}${path}`, body, { 'Idempotency-Key': crypto.randomUUID() });
  const rowResult = h('div', { class: 'result' });
  const checklistRow = (d) => {
    const paper = h('input', {
      type: 'checkbox',
      'aria-label': `Paper: ${d.name}`,
      checked: d.paper,
      disabled: !p.editable,
    });
    paper.addEventListener('change', async () => {
      const r = await send('PUT', '/checklist', {
        code: d.code,
        paper: paper.checked,
        documentIds: d.attachments.map((a) => a.id),
      });
      if (r.ok) await route();
      else rowResult.replaceChildren(h('div', { class: 'errors', role: 'alert' }, r.body?.message));
    });
    const attach = p.editable
      ? h(
          'details',
          {},
          h('summary', {}, `📎 Attach: ${d.name}`),
          uploadForm(p.caseId, `Application Checklist - ${d.name}`, async (doc) => {
            const r = await send('PUT', '/checklist', {
              code: d.code,
              paper: false,
              documentIds: [...d.attachments.map((a) => a.id), doc.id],
            });
            if (!r.ok) rowResult.replaceChildren(h('div', { class: 'errors', role: 'alert' }, r.body?.message));
            else await route();
          }),
        )
      : null;
    return h(
      'tr',
      { 'data-row': d.code },
      h('td', {}, d.name, d.requirement === 'OPTIONAL' ? h('span', { class: 'muted' }, ' (optional)') : ''),
      h('td', {}, d.statusLabel),
      h('td', {}, paper),
      h('td', {}, d.date ?? ''),
      h(
        'td',
        {},
        d.attachments.map((a) =>
          h('a', { href: `/api/cases/${p.caseId}/documents/${a.id}/content` }, a.documentName ?? a.id),
        ),
        attach,
      ),
    );
  };
  const st = p.statement ?? {};
  const statementForm = h(
    'form',
    { 'aria-label': "Case Manager's Summary Statement" },
    h('div', { class: 'result' }),
    select('supportsPlan', 'Do you support this Return to Work Action Plan?', STATEMENT_OPTIONS, {
      required: true,
      disabled: !p.editable,
    }),
    select('signedByBoth', 'Have both you and the client signed the Case Manager statement?', STATEMENT_OPTIONS, {
      required: true,
      disabled: !p.editable,
    }),
    select(
      'spouseConsentSigned',
      "If spousal information was collected, has the applicant's spouse signed the consent form?",
      [...STATEMENT_OPTIONS, ['NOT_APPLICABLE', 'Not applicable']],
      { required: true, disabled: !p.editable },
    ),
    labelled(
      'Why in your professional opinion is this funded intervention supported (or not)?',
      h('textarea', { name: 'justification', rows: 5, cols: 80, disabled: !p.editable }, st.justification ?? ''),
    ),
    p.editable ? h('button', { type: 'submit' }, 'Save statement') : null,
  );
  for (const k of ['supportsPlan', 'signedByBoth', 'spouseConsentSigned'])
    if (st[k]) statementForm.elements.namedItem(k).value = st[k];
  statementForm.addEventListener('submit', async (e) => {
    e.preventDefault();
    const d = formData(statementForm);
    if (
      showResult(
        statementForm,
        await send('PUT', '/statement', { ...d, justification: d.justification ?? '' }),
        'Saved.',
      )
    )
      await route();
  });
  const submitForm = h(
    'form',
    { 'aria-label': 'Submit Application' },
    h('div', { class: 'result' }),
    h('button', { type: 'submit' }, 'Submit Application'),
  );
  submitForm.addEventListener('submit', async (e) => {
    e.preventDefault();
    // R-FUND-10: confirmed before anything is sent; refusals (R-FUND-08) are listed together.
    if (!confirm('Are you sure you want to submit this application?')) return;
    const r = await send('POST', '/submit', { confirmed: true });
    if (showResult(submitForm, r)) setTimeout(() => void route(), 1000);
  });
  return h(
    'div',
    {},
    h('h1', {}, `Application Package — ${p.program.name}`),
    h(
      'section',
      { class: 'card', 'aria-label': 'Application package' },
      h(
        'dl',
        {},
        h('dt', {}, 'Case'),
        h('dd', {}, link(`#/cases/${p.caseId}`, p.caseId)),
        h('dt', {}, 'Program'),
        h('dd', {}, `${p.program.packageCode} · ${p.program.typeOfFunding}`),
        h('dt', {}, 'State'),
        h('dd', { 'data-state': p.state }, p.stateLabel),
      ),
      h('p', { class: p.state === 'CHANGES_REQUIRED' ? 'overdue' : 'muted', role: 'status' }, p.message),
      p.successMessage ? h('p', { class: 'ok' }, p.successMessage) : null,
    ),
    h(
      'section',
      { class: 'card', 'aria-label': 'Associated agreement details' },
      h('h2', {}, 'Associated Agreement Details'),
      p.agreement
        ? h(
            'dl',
            {},
            h('dt', {}, 'Agreement ID'),
            h('dd', {}, link(`#/agreements/${p.agreement.agreementId}`, p.agreement.agreementId)),
            h('dt', {}, 'Agreement status'),
            h('dd', {}, `${p.agreement.status} - ${p.agreement.statusDate}`),
            h('dt', {}, 'Program'),
            h('dd', {}, p.agreement.program),
            h('dt', {}, 'Most recent submission'),
            h('dd', {}, p.agreement.lastSubmittedAt ? new Date(p.agreement.lastSubmittedAt).toLocaleString() : '—'),
          )
        : h('p', { class: 'muted' }, 'No agreement yet: it is created when the application is submitted.'),
      p.changeRequest && p.state === 'CHANGES_REQUIRED'
        ? h('p', { class: 'overdue' }, `Changes requested: ${p.changeRequest.message} (due ${p.changeRequest.dueDate})`)
        : null,
    ),
    h(
      'section',
      { class: 'card' },
      h('h2', {}, 'Application Checklist'),
      rowResult,
      table(
        ['Case Elements', 'Status'],
        p.caseElements.map((e) =>
          h('tr', {}, h('td', {}, link(`#/cases/${p.caseId}`, e.name)), h('td', {}, e.statusLabel)),
        ),
      ),
      table(['Forms / Documents', 'Status', 'Paper', 'Date', 'Attachments'], p.documents.map(checklistRow)),
    ),
    h('section', { class: 'card' }, h('h2', {}, "Case Manager's Summary Statement"), statementForm),
    p.editable
      ? h(
          'section',
          { class: 'card' },
          submitForm,
          p.state === 'DRAFT'
            ? h(
                'button',
                {
                  type: 'button',
                  class: 'danger',
                  onclick: async () => {
                    if (!confirm('Delete this application?')) return;
                    const r = await send('DELETE', '');
                    if (r.ok) location.hash = `#/cases/${p.caseId}`;
                    else alert(r.body.message);
                  },
                },
                'Delete Application',
              )
            : null,
        )
      : null,
    h(
      'section',
      { class: 'card' },
      h('h2', {}, 'History'),
      table(
        ['When', 'What'],
        p.history.map((e) => h('tr', {}, h('td', {}, new Date(e.at).toLocaleString()), h('td', {}, e.type))),
      ),
    ),
  );
}

/** C9: the agreement home page; ENS staff move its status or return the application for changes. */
export async function agreementView(agreementId) {
  const res = await api('GET', `/api/agreements/${agreementId}`);
  if (!res.ok) return h('div', { class: 'errors', role: 'alert' }, res.body?.message);
  const a = res.body;
  const next = { APPLICATION: 'ASSESSMENT', ASSESSMENT: 'ASSESSED', ASSESSED: 'APPROVED', APPROVED: 'ACTIVE' }[
    a.status
  ];
  const decide = (path, body) =>
    api('POST', `/api/agreements/${agreementId}${path}`, body, { 'Idempotency-Key': crypto.randomUUID() });
  const changes = h(
    'form',
    { class: 'inline', 'aria-label': 'Request changes' },
    h('div', { class: 'result', style: 'flex-basis:100%' }),
    field('message', 'What is missing', { required: true }),
    field('dueDate', 'Due date', { type: 'date' }),
    h('button', { type: 'submit' }, 'Request changes'),
  );
  changes.addEventListener('submit', async (e) => {
    e.preventDefault();
    if (showResult(changes, await decide('/request-changes', formData(changes)))) await route();
  });
  const status = h(
    'form',
    { class: 'inline', 'aria-label': 'Agreement status' },
    h('div', { class: 'result', style: 'flex-basis:100%' }),
    next ? h('button', { type: 'submit', name: 'status', value: next }, `Move to ${next}`) : null,
    select('reason', 'Closure reason', [
      ['NOT_APPROVED', 'Not approved'],
      ['DOCUMENTS_NOT_RECEIVED', 'Documents not received'],
      ['WITHDRAWN', 'Withdrawn'],
      ['AGREEMENT_ENDED', 'Agreement ended'],
    ]),
    h(
      'button',
      {
        type: 'button',
        class: 'danger',
        onclick: async () => {
          const d = formData(status);
          if (showResult(status, await decide('/status', { status: 'CLOSED', reason: d.reason }))) await route();
        },
      },
      'Close agreement',
    ),
  );
  status.addEventListener('submit', async (e) => {
    e.preventDefault();
    if (showResult(status, await decide('/status', { status: next }))) await route();
  });
  return h(
    'div',
    {},
    h('h1', {}, `Agreement ${a.agreementId}`),
    h(
      'section',
      { class: 'card' },
      h(
        'dl',
        {},
        h('dt', {}, 'Program'),
        h('dd', {}, a.program),
        h('dt', {}, 'Agreement Manager'),
        h('dd', {}, a.agreementManager),
        h('dt', {}, 'Status'),
        h(
          'dd',
          { 'data-status': a.status },
          `${a.status} - ${a.statusDate}`,
          a.closedReason ? ` (${a.closedReason})` : '',
        ),
        h('dt', {}, 'Start / end'),
        h('dd', {}, `${a.startDate} – ${a.endDate}`),
        h('dt', {}, 'Agreement duration'),
        h('dd', {}, a.duration),
        h('dt', {}, 'Number of amendments'),
        h('dd', {}, a.numberOfAmendments),
      ),
      can('case.view') ? h('p', {}, link(`#/funding/${a.packageId}`, 'Application package')) : null,
    ),
    can('funding.decide') && a.status !== 'CLOSED'
      ? h('section', { class: 'card' }, h('h2', {}, 'ENS decisions'), status, changes)
      : null,
  );
}
