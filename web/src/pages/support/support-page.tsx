// R-SEC-18: Operations Support chooses an organisation to support, says why, and starts acting as it; below, the
// support sessions recorded, newest first.
import type { organisations } from '../../../../app/access/queries.ts';
import type { supportSessions } from '../../../../app/session/queries.ts';
import { actingAsSchema } from '../../../../domain/schemas/support.ts';
import { SUPPORT_END_LABELS, type SupportEnd } from '../../../../domain/support-sessions.ts';
import { api } from '../../api/client.ts';
import { useApi } from '../../api/use-api.ts';
import { useUser } from '../../app/session.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { useWords } from '../../i18n/words.ts';
import { DataTable } from '../../ui/data-table.tsx';
import { Form, SelectField, TextArea, useForm } from '../../ui/form.tsx';
import { Card, Loaded, PageHeader } from '../../ui/layout.tsx';
import { WORDS } from './support-words.ts';

type Organisations = Awaited<ReturnType<typeof organisations>>;
type Sessions = Awaited<ReturnType<typeof supportSessions>>;

export function SupportPage() {
  const w = useWords(WORDS);
  const orgs = useApi<Organisations>('/api/organisations');
  const sessions = useApi<Sessions>('/api/support-sessions');
  return (
    <>
      <PageHeader title={w('title')} subtitle={w('subtitle')} />
      <Card title={w('startTitle')}>
        <Loaded state={orgs}>{(list) => <StartForm organisations={list} />}</Loaded>
      </Card>
      <Card title={w('historyTitle')}>
        <Loaded state={sessions}>{(rows) => <SessionsTable rows={rows} />}</Loaded>
      </Card>
    </>
  );
}

function StartForm({ organisations }: { organisations: Organisations }) {
  const w = useWords(WORDS);
  const user = useUser();
  // One's own organisation needs no support session.
  const home = user.actingAs ? null : user.organisationId;
  const form = useForm({
    initial: { organisationId: '', reason: '' },
    schema: actingAsSchema,
    send: (body) => api.put('/api/session/acting-organisation', { body }),
    success: w('started'),
    done: () => window.location.assign('/'),
  });
  return (
    <Form form={form} label={w('startForm')} submit={w('start')}>
      <SelectField
        form={form}
        name="organisationId"
        label={w('organisation')}
        required
        options={organisations.filter((o) => o.id !== home).map((o) => ({ value: String(o.id), label: o.name }))}
      />
      <TextArea form={form} name="reason" label={w('reason')} hint={w('reasonHint')} required rows={3} />
    </Form>
  );
}

function SessionsTable({ rows }: { rows: Sessions }) {
  const w = useWords(WORDS);
  const { dateTime, label } = useI18n();
  return (
    <DataTable
      caption={w('historyTitle')}
      rowKey={(s) => s.id}
      rows={rows}
      empty={w('none')}
      columns={[
        { key: 'organisation', header: w('organisation'), primary: true, cell: (s) => s.organisation.name },
        { key: 'who', header: w('who'), cell: (s) => s.who },
        { key: 'reason', header: w('reason'), cell: (s) => s.reason },
        { key: 'started', header: w('started_at'), cell: (s) => dateTime(s.startedAt) },
        { key: 'ended', header: w('ended_at'), cell: (s) => (s.endedAt ? dateTime(s.endedAt) : w('open')) },
        {
          key: 'how',
          header: w('how'),
          cell: (s) => (s.endReason ? label(SUPPORT_END_LABELS[s.endReason as SupportEnd | 'EXPIRED']) : '—'),
        },
      ]}
    />
  );
}
