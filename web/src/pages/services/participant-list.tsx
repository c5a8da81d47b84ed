// A service's participants and its waitlist (in waiting order, R-WL-05), each with its status as a label and the
// statuses it can move to (SM-3); a registered participant with a case can have the service added to their plan.
import { useState } from 'react';
import { PARTICIPANT_STATUSES, type ParticipantStatus } from '../../../../domain/services.ts';
import { Link } from '../../app/router.tsx';
import { useSession } from '../../app/session.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { useWords } from '../../i18n/words.ts';
import { DataTable, type Column } from '../../ui/data-table.tsx';
import { Badge, Card } from '../../ui/layout.tsx';
import { InterventionForm } from './intervention-form.tsx';
import { StatusChange } from './status-change.tsx';
import { statusTone } from './service-status.ts';
import type { Participant, ServiceData } from './service-types.ts';
import { WORDS } from './services-words.ts';

export function ParticipantList(props: {
  page: ServiceData;
  path: string;
  history: boolean;
  onHistory(on: boolean): void;
  onChanged(page: ServiceData): void;
}) {
  const w = useWords(WORDS);
  const i18n = useI18n();
  const { can } = useSession();
  const [planFor, setPlanFor] = useState<number | null>(null);
  const { service, participants } = props.page;
  const open = service.status === 'SCHEDULED' && can('case.update');
  const individual = service.serviceFormat === 'INDIVIDUAL';
  const status = (p: Participant) => (
    <Badge tone={statusTone(p.status)}>{i18n.label(PARTICIPANT_STATUSES[p.status as ParticipantStatus])}</Badge>
  );
  const columns: Column<Participant>[] = [
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
            cell: (p: Participant) => (
              <div className="participant-actions">
                <StatusChange participant={p} path={props.path} onChanged={props.onChanged} />
                {p.status === 'REGISTERED' && p.caseId && (
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
  const waitlist = participants
    .filter((p) => p.status === 'WAITLISTED')
    .sort((a, b) => (a.waitlistPosition ?? 0) - (b.waitlistPosition ?? 0));
  const waitColumns: Column<Participant>[] = [
    { key: 'position', header: w('position'), cell: (p) => i18n.number(p.waitlistPosition ?? 0) },
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
          rows={participants.filter((p) => p.status !== 'WAITLISTED')}
          rowKey={(p) => p.id}
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
            rowKey={(p) => p.id}
            empty={w('noWaitlist')}
          />
        </Card>
      )}
    </>
  );
}
