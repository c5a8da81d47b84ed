// Adding a participant (A4-A6, A10): find the person with an open case (by case ID or SIN they are added at once,
// R-ES-09), add one of those found, or pre-register someone nobody found (R-WL-02). A full service asks before putting
// the person on the waitlist (R-WL-04); an individual service records the session's date (R-ES-08).
import { useId, useState } from 'react';
import type { addParticipant } from '../../../../app/services/commands.ts';
import type { personSearch } from '../../../../app/services/queries.ts';
import { participantSearchSchema } from '../../../../domain/schemas/services.ts';
import { PARTICIPANT_STATUSES, type ParticipantStatus } from '../../../../domain/services.ts';
import { ApiError, api, newIdempotencyKey } from '../../api/client.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { useWords } from '../../i18n/words.ts';
import { ConfirmDialog } from '../../ui/confirm.tsx';
import { DataTable, type Column } from '../../ui/data-table.tsx';
import { Form, TextField, useForm } from '../../ui/form.tsx';
import { Card } from '../../ui/layout.tsx';
import { useToast } from '../../ui/toast.tsx';
import type { ServiceData } from './service-types.ts';
import { WORDS } from './services-words.ts';

type Found = Awaited<ReturnType<typeof personSearch>>;
type Match = Found['matches'][number];
type Added = Awaited<ReturnType<typeof addParticipant>>;

const CRITERIA = { caseId: '', sin: '', lastName: '', firstName: '', dateOfBirth: '' };
const filled = (v: Record<string, string>) => Object.fromEntries(Object.entries(v).filter(([, x]) => x.trim() !== ''));

export function AddParticipant(props: { page: ServiceData; path: string; onAdded(page: ServiceData): void }) {
  const w = useWords(WORDS);
  const i18n = useI18n();
  const toast = useToast();
  const id = useId();
  const individual = props.page.service.serviceFormat === 'INDIVIDUAL';
  const [found, setFound] = useState<Found | null>(null);
  const [sessionDate, setSessionDate] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  /** The add the user must agree to put on the waitlist. */
  const [waiting, setWaiting] = useState<Record<string, unknown> | null>(null);

  async function add(body: Record<string, unknown>, name: string) {
    setWaiting(null);
    const full = { ...body, ...(individual && sessionDate ? { sessionDate } : {}) };
    try {
      const page = await api.post<Added>(`${props.path}/participants`, {
        body: full,
        idempotencyKey: newIdempotencyKey(),
      });
      const mine = page.participants[page.participants.length - 1];
      const status = i18n.label(PARTICIPANT_STATUSES[mine?.status as ParticipantStatus]);
      toast(w('added', { name, status }));
      setProblem(null);
      setFound(null);
      search.reset();
      props.onAdded(page);
    } catch (e) {
      if (e instanceof ApiError && e.body.violations.some((v) => v.code === 'CONFIRM_WAITLIST')) {
        setWaiting({ ...full, confirmWaitlist: true, name });
        return;
      }
      setProblem(
        e instanceof ApiError
          ? e.body.violations.map((v) => v.message).join(' ') || e.body.message
          : i18n.t('networkFailed'),
      );
    }
  }

  const search = useForm({
    initial: CRITERIA,
    schema: participantSearchSchema,
    toBody: filled,
    send: (query) => api.get<Found>(`${props.path}/person-search`, { query: query as Record<string, string> }),
    done: (result) => {
      setProblem(null);
      setFound(result);
      if (result.addDirectly) void add({ caseId: result.matches[0].caseId }, result.matches[0].name);
    },
  });

  const columns: Column<Match>[] = [
    { key: 'name', header: w('person'), primary: true, cell: (m) => m.name },
    { key: 'case', header: w('case'), cell: (m) => w('caseNumber', { id: m.caseId }) },
    { key: 'dob', header: w('dateOfBirth'), cell: (m) => i18n.date(m.dateOfBirth) },
    { key: 'sin', header: w('sin'), cell: (m) => m.sin ?? '—' },
    { key: 'address', header: w('address'), cell: (m) => m.address },
    {
      key: 'add',
      header: w('actions'),
      cell: (m) => (
        <button type="button" className="secondary" onClick={() => void add({ caseId: m.caseId }, m.name)}>
          <span aria-hidden="true">{w('add')}</span>
          <span className="visually-hidden">{w('addName', { name: m.name })}</span>
        </button>
      ),
    },
  ];

  return (
    <Card title={w('addTitle')}>
      <p className="hint">{w('addIntro')}</p>
      {individual && (
        <div className="field">
          <label htmlFor={`${id}-session`}>{w('sessionDate')}</label>
          <input
            id={`${id}-session`}
            type="date"
            value={sessionDate}
            onChange={(e) => setSessionDate(e.target.value)}
          />
        </div>
      )}
      <Form form={search} label={w('addTitle')} submit={w('find')} className="services-form">
        <div className="form-row">
          <TextField form={search} name="caseId" label={w('caseId')} />
          <TextField form={search} name="sin" label={w('sin')} />
          <TextField form={search} name="dateOfBirth" type="date" label={w('dateOfBirth')} />
        </div>
        <div className="form-row">
          <TextField form={search} name="lastName" label={w('lastName')} />
          <TextField form={search} name="firstName" label={w('firstName')} />
        </div>
      </Form>
      {problem && (
        <div className="notice notice-error" role="alert">
          <p>{problem}</p>
        </div>
      )}
      {found && found.matches.length > 0 && !found.addDirectly && (
        <section aria-label={w('matches', { n: found.matches.length })} className="person-matches">
          <h3>{w('matches', { n: i18n.number(found.matches.length) })}</h3>
          <DataTable
            caption={w('matches', { n: found.matches.length })}
            columns={columns}
            rows={found.matches}
            rowKey={(m) => m.caseId}
            empty=""
          />
        </section>
      )}
      {found?.offerPreRegistration && !individual && (
        <PreRegister offer={found.offerPreRegistration} onAdd={(body, name) => add(body, name)} />
      )}
      {found?.offerPreRegistration && individual && <p className="empty">{w('nobodyFound')}</p>}
      <ConfirmDialog
        open={waiting !== null}
        title={w('confirmWaitlistTitle')}
        confirm={w('confirmWaitlist')}
        onConfirm={() => {
          const { name, ...body } = waiting!;
          void add(body, String(name));
        }}
        onCancel={() => setWaiting(null)}
      >
        <p>{w('confirmWaitlistText')}</p>
      </ConfirmDialog>
    </Card>
  );
}

/** R-WL-02: nobody found; the names already typed are offered for a pre-registration. */
function PreRegister(props: {
  offer: NonNullable<Found['offerPreRegistration']>;
  onAdd(body: Record<string, unknown>, name: string): Promise<void>;
}) {
  const w = useWords(WORDS);
  const o = props.offer;
  const form = useForm({
    initial: { firstName: o.firstName, lastName: o.lastName, email: o.email, phone: o.phone },
    toBody: filled,
    send: (body) =>
      props.onAdd(
        { preRegistration: body, confirmPreRegister: true },
        `${(body as typeof o).lastName}, ${(body as typeof o).firstName}`,
      ),
  });
  return (
    <section className="pre-register" aria-label={w('preRegister')}>
      <h3>{w('nobodyFound')}</h3>
      <p className="hint">{w('preRegisterIntro')}</p>
      <Form form={form} label={w('preRegister')} submit={w('preRegister')} className="services-form">
        <div className="form-row">
          <TextField form={form} name="firstName" label={w('firstName')} required />
          <TextField form={form} name="lastName" label={w('lastName')} required />
        </div>
        <div className="form-row">
          <TextField form={form} name="email" type="email" label={w('email')} />
          <TextField form={form} name="phone" type="tel" label={w('phone')} />
        </div>
      </Form>
    </section>
  );
}
