// Adding a participant (A4-A6, A10): find the person with an open case (by case ID or SIN they are added at once,
// R-ES-09), add one of those found, or pre-register someone nobody found (R-WL-02). The person joins the page's
// list of changes, kept only when the page is saved (R-ES-10). A service full once those changes are saved asks
// before putting the person on the waitlist (R-WL-04); an individual service records the session's date (R-ES-08).
import { useId, useState } from 'react';
import type { personSearch } from '../../../../app/services/queries.ts';
import { participantSearchSchema } from '../../../../domain/schemas/services.ts';
import {
  ACTIVE_PARTICIPANT_STATUSES,
  PARTICIPANT_STATUSES,
  type ParticipantStatus,
} from '../../../../domain/services.ts';
import { api, newIdempotencyKey } from '../../api/client.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { useWords } from '../../i18n/words.ts';
import { ConfirmDialog } from '../../ui/confirm.tsx';
import { DataTable, type Column } from '../../ui/data-table.tsx';
import { Form, TextField, useForm } from '../../ui/form.tsx';
import { Card } from '../../ui/layout.tsx';
import { useToast } from '../../ui/toast.tsx';
import { fullOnceSaved, type Pending, type PendingAdd } from './pending-participants.ts';
import type { ServiceData } from './service-types.ts';
import { WORDS } from './services-words.ts';

type Found = Awaited<ReturnType<typeof personSearch>>;
type Match = Found['matches'][number];
/** An add waiting for the user's answer to the waitlist question. */
type Asked = { body: Record<string, unknown>; name: string; caseId: number | null };

const CRITERIA = { caseId: '', sin: '', lastName: '', firstName: '', dateOfBirth: '' };
const filled = (v: Record<string, string>) => Object.fromEntries(Object.entries(v).filter(([, x]) => x.trim() !== ''));

export function AddParticipant(props: {
  page: ServiceData;
  path: string;
  pending: Pending;
  onAdd(add: PendingAdd): void;
}) {
  const w = useWords(WORDS);
  const i18n = useI18n();
  const toast = useToast();
  const id = useId();
  const individual = props.page.service.serviceFormat === 'INDIVIDUAL';
  const [found, setFound] = useState<Found | null>(null);
  const [sessionDate, setSessionDate] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  /** The add the user must agree to put on the waitlist. */
  const [waiting, setWaiting] = useState<Asked | null>(null);

  function add(body: Record<string, unknown>, name: string, caseId: number | null, waitlistAgreed = false) {
    setWaiting(null);
    if (individual && !sessionDate) return setProblem(w('sessionDateFirst'));
    const listed =
      props.pending.adds.some((a) => a.caseId === caseId) ||
      props.page.participants.some(
        (p) => p.caseId === caseId && (ACTIVE_PARTICIPANT_STATUSES as readonly string[]).includes(p.status),
      );
    if (!individual && caseId && listed) return setProblem(w('alreadyListed', { name }));
    const full = !individual && fullOnceSaved(props.page, props.pending);
    if (full && !waitlistAgreed) return setWaiting({ body, name, caseId });
    const status: ParticipantStatus = individual
      ? 'COMPLETED'
      : full
        ? 'WAITLISTED'
        : caseId
          ? 'REGISTERED'
          : 'PRE_REGISTERED';
    props.onAdd({
      key: newIdempotencyKey(),
      name,
      caseId,
      status,
      body: { ...body, ...(individual ? { sessionDate } : {}), ...(full ? { confirmWaitlist: true } : {}) },
    });
    toast(w('addedPending', { name, status: i18n.label(PARTICIPANT_STATUSES[status]) }));
    setProblem(null);
    setFound(null);
    search.reset();
  }

  const search = useForm({
    initial: CRITERIA,
    schema: participantSearchSchema,
    toBody: filled,
    send: (query) => api.get<Found>(`${props.path}/person-search`, { query: query as Record<string, string> }),
    done: (result) => {
      setProblem(null);
      setFound(result);
      const [only] = result.matches;
      if (result.addDirectly) add({ caseId: only.caseId }, only.name, only.caseId);
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
        <button type="button" className="secondary" onClick={() => add({ caseId: m.caseId }, m.name, m.caseId)}>
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
        <PreRegister offer={found.offerPreRegistration} onAdd={(body, name) => add(body, name, null)} />
      )}
      {found?.offerPreRegistration && individual && <p className="empty">{w('nobodyFound')}</p>}
      <ConfirmDialog
        open={waiting !== null}
        title={w('confirmWaitlistTitle')}
        confirm={w('confirmWaitlist')}
        onConfirm={() => add(waiting!.body, waiting!.name, waiting!.caseId, true)}
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
  onAdd(body: Record<string, unknown>, name: string): void;
}) {
  const w = useWords(WORDS);
  const o = props.offer;
  const form = useForm({
    initial: { firstName: o.firstName, lastName: o.lastName, email: o.email, phone: o.phone },
    toBody: filled,
    send: async (body) =>
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
