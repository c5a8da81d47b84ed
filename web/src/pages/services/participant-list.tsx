// A service's participants and its waitlist (in waiting order, R-WL-05), each with its status as a label and the
// statuses it can move to (SM-3); a registered participant with a case can have the service added to their plan.
// Changes not saved yet show in the lists, marked so, each with Undo (R-ES-10).
import { useState } from 'react';
import { PARTICIPANT_STATUSES, type ParticipantStatus } from '../../../../domain/services.ts';
import { Link } from '../../app/router.tsx';
import { useSession } from '../../app/session.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { useWords } from '../../i18n/words.ts';
import { DataTable, type Column } from '../../ui/data-table.tsx';
import { Badge, Card } from '../../ui/layout.tsx';
import { InterventionForm } from './intervention-form.tsx';
import { statusesOnceSaved, type Pending, type PendingChange } from './pending-participants.ts';
import { StatusChange } from './status-change.tsx';
import { statusTone } from './service-status.ts';
import type { Participant, ServiceData } from './service-types.ts';
import { WORDS } from './services-words.ts';

/** A row of the lists: a saved participant, or one added on this page and not saved yet (`addKey`). */
type Row = Participant & { addKey?: string };

export function ParticipantList(props: {
  page: ServiceData;
  path: string;
  pending: Pending;
  history: boolean;
  onHistory(on: boolean): void;
  onChange(change: PendingChange): void;
  onUndo(what: { participantId: number } | { addKey: string }): void;
}) {
  const w = useWords(WORDS);
  const i18n = useI18n();
  const { can } = useSession();
  const [planFor, setPlanFor] = useState<number | null>(null);
  const { service, participants } = props.page;
  const open = service.status === 'SCHEDULED' && can('case.update');
  const individual = service.serviceFormat === 'INDIVIDUAL';
  const label = (status: string) => i18n.label(PARTICIPANT_STATUSES[status as ParticipantStatus]);
  const changeOf = (p: Row) => props.pending.changes.find((c) => c.participantId === p.id);
  const undo = (p: Row) => (
    <button
      type="button"
      className="secondary"
      onClick={() => props.onUndo(p.addKey ? { addKey: p.addKey } : { participantId: p.id })}
    >
      <span aria-hidden="true">{w('undo')}</span>
      <span className="visually-hidden">{w('undoFor', { name: p.name })}</span>
    </button>
  );
  const status = (p: Row) => {
    const change = changeOf(p);
    return (
      <span className="participant-status">
        <Badge tone={statusTone(p.status)}>{label(p.status)}</Badge>
        {change && (
          <>
            {' → '}
            <Badge tone={statusTone(change.status)}>{label(change.status)}</Badge>
          </>
        )}
        {(change || p.addKey) && <Badge tone="warning">{w('notSaved')}</Badge>}
      </span>
    );
  };
  const columns: Column<Row>[] = [
    { key: 'name', header: w('participant'), primary: true, cell: (p) => p.name },
    {
      key: 'case',
      header: w('case'),
      cell: (p) =>
        p.caseId ? <Link to={`/cases/${p.caseId}`}>{w('caseNumber', { id: p.caseId })}</Link> : w('noCase'),
    },
    { key: 'contact', header: w('contact'), cell: (p) => [p.email, p.phone].filter(Boolean).join(' · ') || '—' },
    ...(individual
      ? [{ key: 'session', header: w('sessionDate'), cell: (p: Participant) => i18n.date(p.sessionDate) }]
      : []),
    { key: 'status', header: w('status'), cell: status },
    ...(open
      ? [
          {
            key: 'actions',
            header: w('actions'),
            cell: (p: Row) => (
              <div className="participant-actions">
                {p.addKey || changeOf(p) ? (
                  undo(p)
                ) : (
                  <StatusChange
                    participant={p}
                    allowed={statusesOnceSaved(props.page, props.pending, p)}
                    onChange={props.onChange}
                  />
                )}
                {!p.addKey && p.status === 'REGISTERED' && p.caseId && (
                  <button type="button" className="secondary" onClick={() => setPlanFor(p.id)}>
                    {w('startIntervention')}
                  </button>
                )}
              </div>
            ),
          },
        ]
      : []),
  ];
  const added: Row[] = props.pending.adds.map((a, i) => ({
    id: -(i + 1),
    addKey: a.key,
    caseId: a.caseId,
    individualId: null,
    name: a.name,
    email: null,
    phone: null,
    status: a.status,
    statusLabel: PARTICIPANT_STATUSES[a.status].en,
    waitlistNumber: null,
    waitlistPosition: null,
    sessionDate: (a.body.sessionDate as string | undefined) ?? null,
    allowedStatuses: [],
    history: [],
  }));
  const rows: Row[] = [...participants, ...added];
  const waitlist = rows
    .filter((p) => p.status === 'WAITLISTED')
    .sort((a, b) => (a.waitlistPosition ?? Infinity) - (b.waitlistPosition ?? Infinity));
  const waitColumns: Column<Row>[] = [
    { key: 'position', header: w('position'), cell: (p) => (p.addKey ? '—' : i18n.number(p.waitlistPosition ?? 0)) },
    ...columns,
  ];
  const planned = participants.find((p) => p.id === planFor);
  return (
    <>
      <Card
        title={w('participantsTitle')}
        actions={
          <button type="button" className="secondary" onClick={() => props.onHistory(!props.history)}>
            {props.history ? w('hideHistory') : w('showHistory')}
          </button>
        }
      >
        {props.history && <p className="hint">{w('historyHint')}</p>}
        <DataTable
          caption={w('participantsTitle')}
          columns={columns}
          rows={rows.filter((p) => p.status !== 'WAITLISTED')}
          rowKey={(p) => p.addKey ?? p.id}
          empty={open ? w('noParticipants') : w('noParticipantsYet')}
        />
      </Card>
      {planned && (
        <InterventionForm service={service} participant={planned} path={props.path} onDone={() => setPlanFor(null)} />
      )}
      {!individual && (
        <Card title={w('waitlistTitle')}>
          <DataTable
            caption={w('waitlistTitle')}
            columns={waitColumns}
            rows={waitlist}
            rowKey={(p) => p.addKey ?? p.id}
            empty={w('noWaitlist')}
          />
        </Card>
      )}
    </>
  );
}
