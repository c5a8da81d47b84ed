// Access requests (/access-requests, §3.13), for LaMPSS Operations Support: the requests in one status, and for one
// waiting, a decision: approve (the organisation is created, R-ORG-04) or reject with the reason (R-ORG-03).
import { useState } from 'react';
import type { accessRequests } from '../../../../app/access/queries.ts';
import { ACCESS_REQUEST_STATUS_LABELS } from '../../../../domain/access-requests.ts';
import { ORGANISATION_TYPES } from '../../../../domain/access.ts';
import { FAMILY_LABELS, type Family } from '../../../../domain/permissions.ts';
import { accessDecisionSchema } from '../../../../domain/schemas/access.ts';
import { api } from '../../api/client.ts';
import { useApi } from '../../api/use-api.ts';
import { useQueryParam } from '../../app/router.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { useWords } from '../../i18n/words.ts';
import { DataTable } from '../../ui/data-table.tsx';
import { Form, TextArea, useForm } from '../../ui/form.tsx';
import { Card, Loaded, PageHeader } from '../../ui/layout.tsx';
import { WORDS } from './access-requests-words.ts';

type Request = Awaited<ReturnType<typeof accessRequests>>[number];
type Status = keyof typeof ACCESS_REQUEST_STATUS_LABELS;
const STATUSES = Object.keys(ACCESS_REQUEST_STATUS_LABELS) as Status[];

export function AccessRequestsPage() {
  const w = useWords(WORDS);
  const { label } = useI18n();
  const [statusParam, setStatus] = useQueryParam('status');
  const status: Status = STATUSES.includes(statusParam as Status) ? (statusParam as Status) : 'SUBMITTED';
  const state = useApi<Request[]>('/api/access-requests', { status });
  const [deciding, setDeciding] = useState<{ request: Request; decision: 'approve' | 'reject' } | null>(null);
  return (
    <>
      <PageHeader title={w('title')} subtitle={w('subtitle')} />
      <nav className="segmented" aria-label={w('statuses')}>
        {STATUSES.map((s) => (
          <button
            key={s}
            type="button"
            className={s === status ? undefined : 'secondary'}
            aria-pressed={s === status}
            onClick={() => {
              setDeciding(null);
              setStatus(s === 'SUBMITTED' ? null : s);
            }}
          >
            {label(ACCESS_REQUEST_STATUS_LABELS[s])}
          </button>
        ))}
      </nav>
      {deciding && (
        <Decision
          {...deciding}
          close={() => setDeciding(null)}
          done={() => {
            setDeciding(null);
            state.reload();
          }}
        />
      )}
      <Loaded state={state}>
        {(rows) => <RequestTable rows={rows} decide={(request, decision) => setDeciding({ request, decision })} />}
      </Loaded>
    </>
  );
}

function RequestTable(props: { rows: Request[]; decide(r: Request, d: 'approve' | 'reject'): void }) {
  const w = useWords(WORDS);
  const { label, date } = useI18n();
  return (
    <DataTable
      caption={w('title')}
      rowKey={(r) => r.id}
      rows={props.rows}
      empty={w('none')}
      columns={[
        {
          key: 'organisation',
          header: w('organisation'),
          primary: true,
          cell: (r) => (
            <ul className="plain-list">
              <li>
                <strong>{r.organisation.name}</strong>
              </li>
              <li>
                {label(ORGANISATION_TYPES[r.organisation.type as keyof typeof ORGANISATION_TYPES]) ||
                  r.organisation.type}
              </li>
              <li>
                {[
                  r.organisation.addressLine1,
                  r.organisation.city,
                  r.organisation.province,
                  r.organisation.postalCode,
                ].join(', ')}
              </li>
              <li>{r.organisation.phone}</li>
            </ul>
          ),
        },
        {
          key: 'requester',
          header: w('requester'),
          cell: (r) => (
            <ul className="plain-list">
              <li>
                {r.requester.lastName}, {r.requester.firstName}
              </li>
              {r.requester.jobTitle && <li>{r.requester.jobTitle}</li>}
              <li className="break">{r.requester.email}</li>
              {r.requester.phone && <li>{r.requester.phone}</li>}
            </ul>
          ),
        },
        { key: 'family', header: w('family'), cell: (r) => label(FAMILY_LABELS[r.family as Family]) || r.family },
        { key: 'submitted', header: w('submitted'), cell: (r) => date(r.submittedAt) },
        {
          key: 'decision',
          header: w('decision'),
          cell: (r) =>
            r.status === 'SUBMITTED' ? (
              <span className="actions">
                <button type="button" className="secondary" onClick={() => props.decide(r, 'approve')}>
                  {w('approve')}
                  <span className="visually-hidden"> {r.organisation.name}</span>
                </button>
                <button type="button" className="secondary" onClick={() => props.decide(r, 'reject')}>
                  {w('reject')}
                  <span className="visually-hidden"> {r.organisation.name}</span>
                </button>
              </span>
            ) : (
              <div>
                {w('decidedOn', {
                  status: label(ACCESS_REQUEST_STATUS_LABELS[r.status as Status]),
                  date: date(r.decidedAt),
                })}
                {r.decisionNote && <p className="muted">{r.decisionNote}</p>}
              </div>
            ),
        },
      ]}
    />
  );
}

function Decision(props: { request: Request; decision: 'approve' | 'reject'; close(): void; done(): void }) {
  const w = useWords(WORDS);
  const { t } = useI18n();
  const { request, decision } = props;
  const organisation = request.organisation.name;
  const name = `${request.requester.firstName} ${request.requester.lastName}`;
  const form = useForm({
    initial: { decisionNote: '' },
    schema: accessDecisionSchema,
    toBody: (v) => ({ decisionNote: v.decisionNote.trim() || null }),
    send: (body, key) => api.post(`/api/access-requests/${request.id}/${decision}`, { body, idempotencyKey: key }),
    success: w(decision === 'approve' ? 'approved' : 'rejected', { organisation }),
    done: props.done,
  });
  const title = w(decision === 'approve' ? 'approveTitle' : 'rejectTitle', { organisation });
  return (
    <Card title={title} className="decision">
      <p>{w(decision === 'approve' ? 'approveText' : 'rejectText', { name })}</p>
      <Form
        key={`${request.id}-${decision}`}
        form={form}
        label={title}
        submit={w(decision === 'approve' ? 'confirmApprove' : 'confirmReject')}
        secondary={
          <button type="button" className="secondary" onClick={props.close}>
            {t('cancel')}
          </button>
        }
      >
        <TextArea
          form={form}
          name="decisionNote"
          label={w(decision === 'approve' ? 'note' : 'reason')}
          required={decision === 'reject'}
          rows={3}
        />
      </Form>
    </Card>
  );
}
