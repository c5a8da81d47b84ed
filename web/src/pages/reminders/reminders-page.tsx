// My reminders (the seeds' Notification Management, R-NOTIF-04): search them, create one for myself (a due date, a
// priority, a description, optionally a case), and mark several done at once after one confirmation; a reminder
// marked done is deleted and nothing of it is kept (R-NOTIF-05).
import { useState } from 'react';
import type { searchReminders } from '../../../../app/reminders/queries.ts';
import { PRIORITY_LABELS } from '../../../../domain/notifications.ts';
import { REMINDER_PRIORITIES, reminderSchema } from '../../../../domain/schemas/reminders.ts';
import { api } from '../../api/client.ts';
import { useApi } from '../../api/use-api.ts';
import { Link } from '../../app/router.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { defineWords, useWords } from '../../i18n/words.ts';
import { ConfirmDialog } from '../../ui/confirm.tsx';
import { DataTable } from '../../ui/data-table.tsx';
import { Form, SelectField, TextArea, TextField, useForm } from '../../ui/form.tsx';
import { Card, Loaded, PageHeader } from '../../ui/layout.tsx';
import { useToast } from '../../ui/toast.tsx';

type Reminders = Awaited<ReturnType<typeof searchReminders>>;

const WORDS = defineWords({
  en: {
    title: 'My reminders',
    subtitle: 'Reminders you create for yourself; one about a case goes with the case to its case manager.',
    search: 'Search',
    searchButton: 'Search',
    priority: 'Priority',
    anyPriority: 'Any priority',
    description: 'Description',
    from: 'Due from',
    to: 'Due until',
    results: 'Reminders',
    none: 'No reminders match.',
    choose: 'Choose',
    chooseOne: 'Choose the reminder: {description}',
    due: 'Due date',
    case: 'Case',
    caseLink: 'Case {id}',
    markDone: 'Mark done ({n})',
    confirmTitle: 'Mark {n} reminders done?',
    confirmText: 'They are deleted, and nothing of them is kept.',
    confirm: 'Mark done',
    marked: '{n} reminders marked done.',
    create: 'Create a reminder',
    caseId: 'Case number (optional)',
    save: 'Create the reminder',
    created: 'Reminder created for {date}.',
  },
  fr: {
    title: 'Mes rappels',
    subtitle: 'Les rappels que vous vous créez; celui qui concerne un cas suit le cas vers son gestionnaire.',
    search: 'Rechercher',
    searchButton: 'Rechercher',
    priority: 'Priorité',
    anyPriority: 'Toute priorité',
    description: 'Description',
    from: 'Échéance à partir du',
    to: "Échéance jusqu'au",
    results: 'Rappels',
    none: 'Aucun rappel ne correspond.',
    choose: 'Choisir',
    chooseOne: 'Choisir le rappel : {description}',
    due: "Date d'échéance",
    case: 'Cas',
    caseLink: 'Cas {id}',
    markDone: 'Marquer comme faits ({n})',
    confirmTitle: 'Marquer {n} rappels comme faits?',
    confirmText: "Ils sont effacés et rien n'en est conservé.",
    confirm: 'Marquer comme faits',
    marked: '{n} rappels marqués comme faits.',
    create: 'Créer un rappel',
    caseId: 'Numéro de cas (facultatif)',
    save: 'Créer le rappel',
    created: 'Rappel créé pour le {date}.',
  },
});

type Criteria = {
  priority: string;
  description: string;
  from: string;
  to: string;
};

const NO_CRITERIA: Criteria = { priority: '', description: '', from: '', to: '' };
const query = (c: Criteria) => Object.fromEntries(Object.entries(c).filter(([, v]) => v !== ''));

export function RemindersPage() {
  const w = useWords(WORDS);
  const [criteria, setCriteria] = useState(NO_CRITERIA);
  const list = useApi<Reminders>('/api/reminders', query(criteria));
  return (
    <>
      <PageHeader title={w('title')} subtitle={w('subtitle')} />
      <SearchForm onSearch={setCriteria} />
      <Card title={w('results')}>
        <Loaded state={list}>{(rows) => <ReminderTable rows={rows} reload={list.reload} />}</Loaded>
      </Card>
      <CreateForm created={list.reload} />
    </>
  );
}

function usePriorityOptions() {
  const { label } = useI18n();
  return REMINDER_PRIORITIES.map((p) => ({ value: p, label: label(PRIORITY_LABELS[p]) }));
}

function SearchForm(props: { onSearch(c: Criteria): void }) {
  const w = useWords(WORDS);
  const options = usePriorityOptions();
  const form = useForm<Criteria, Criteria, Criteria>({
    initial: NO_CRITERIA,
    send: (body) => Promise.resolve(body),
    done: props.onSearch,
  });
  return (
    <Card title={w('search')}>
      <Form form={form} label={w('search')} submit={w('searchButton')}>
        <div className="form-row">
          <SelectField
            form={form}
            name="priority"
            label={w('priority')}
            options={options}
            placeholder={w('anyPriority')}
          />
          <TextField form={form} name="description" label={w('description')} autoComplete="off" />
          <TextField form={form} name="from" type="date" label={w('from')} />
          <TextField form={form} name="to" type="date" label={w('to')} />
        </div>
      </Form>
    </Card>
  );
}

function ReminderTable(props: { rows: Reminders; reload(): void }) {
  const w = useWords(WORDS);
  const { label, date } = useI18n();
  const toast = useToast();
  const [chosen, setChosen] = useState<number[]>([]);
  const [confirming, setConfirming] = useState(false);
  const toggle = (id: number) => setChosen((c) => (c.includes(id) ? c.filter((x) => x !== id) : [...c, id]));
  const markDone = async () => {
    const answer = await api.post<{ deleted: number }>('/api/reminders/delete', { body: { ids: chosen } });
    setConfirming(false);
    setChosen([]);
    toast(w('marked', { n: answer.deleted }));
    props.reload();
  };
  return (
    <>
      <DataTable
        caption={w('results')}
        rows={props.rows}
        rowKey={(r) => r.id}
        empty={w('none')}
        columns={[
          {
            key: 'choose',
            header: w('choose'),
            cell: (r) => (
              <input
                type="checkbox"
                checked={chosen.includes(r.id)}
                onChange={() => toggle(r.id)}
                aria-label={w('chooseOne', { description: r.description })}
              />
            ),
          },
          { key: 'description', header: w('description'), primary: true, cell: (r) => r.description },
          {
            key: 'priority',
            header: w('priority'),
            cell: (r) => label(PRIORITY_LABELS[r.priority as keyof typeof PRIORITY_LABELS]),
          },
          { key: 'due', header: w('due'), cell: (r) => date(r.dueDate) },
          {
            key: 'case',
            header: w('case'),
            cell: (r) =>
              r.caseId ? (
                <Link to={`/cases/${r.caseId}`}>
                  {w('caseLink', { id: r.caseId })}
                  {r.client && ` · ${r.client}`}
                </Link>
              ) : (
                '—'
              ),
          },
        ]}
      />
      {props.rows.length > 0 && (
        <div className="form-actions">
          <button type="button" className="danger" disabled={!chosen.length} onClick={() => setConfirming(true)}>
            {w('markDone', { n: chosen.length })}
          </button>
        </div>
      )}
      <ConfirmDialog
        open={confirming}
        title={w('confirmTitle', { n: chosen.length })}
        confirm={w('confirm')}
        danger
        onConfirm={() => void markDone()}
        onCancel={() => setConfirming(false)}
      >
        <p>{w('confirmText')}</p>
      </ConfirmDialog>
    </>
  );
}

type NewReminder = {
  dueDate: string;
  priority: string;
  description: string;
  caseId: string;
};

function CreateForm(props: { created(): void }) {
  const w = useWords(WORDS);
  const { date } = useI18n();
  const options = usePriorityOptions();
  const form = useForm<NewReminder, unknown, { id: number; dueDate: string }>({
    initial: { dueDate: '', priority: '', description: '', caseId: '' },
    schema: reminderSchema,
    toBody: (v) => ({ ...v, caseId: v.caseId.trim() || undefined }),
    send: (body, key) => api.post<{ id: number; dueDate: string }>('/api/reminders', { body, idempotencyKey: key }),
    success: (r) => w('created', { date: date(r.dueDate) }),
    done: () => {
      form.reset();
      props.created();
    },
  });
  return (
    <Card title={w('create')}>
      <Form form={form} label={w('create')} submit={w('save')}>
        <div className="form-row">
          <TextField form={form} name="dueDate" type="date" label={w('due')} required />
          <SelectField form={form} name="priority" label={w('priority')} options={options} required />
          <TextField form={form} name="caseId" label={w('caseId')} autoComplete="off" />
        </div>
        <TextArea form={form} name="description" label={w('description')} required />
      </Form>
    </Card>
  );
}
