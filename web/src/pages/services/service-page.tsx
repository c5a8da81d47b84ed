// A service's page (/services/:serviceId): its details and seats, its participants and waitlist with their statuses
// (SM-3), a status change per participant, an intervention added to a registered participant's plan, and the person
// search a participant is added from (A4-A10). "Show history" (?history=1) lists the entries that left too (R-ES-12).
// Participant changes stay in the page until its one Save; leaving the page without it discards them (R-ES-10).
import { useCallback, useState } from 'react';
import { INTERVENTION_TYPES } from '../../../../domain/reference.ts';
import {
  SERVICE_FORMATS,
  SERVICE_STATUSES,
  SERVICE_VISIBILITIES,
  type ServiceFormat,
  type ServiceStatus,
} from '../../../../domain/services.ts';
import { useApi } from '../../api/use-api.ts';
import { Link, useLeaveGuard, useQueryParam } from '../../app/router.tsx';
import { useSession, useUser } from '../../app/session.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { useWords } from '../../i18n/words.ts';
import { ConfirmDialog } from '../../ui/confirm.tsx';
import { Badge, Card, Facts, Loaded, PageHeader } from '../../ui/layout.tsx';
import { AddParticipant } from './add-participant.tsx';
import { CopyDeleteService } from './copy-delete-service.tsx';
import { EditService } from './edit-service.tsx';
import { ParticipantList } from './participant-list.tsx';
import { NOTHING_PENDING, pendingCount, type Pending } from './pending-participants.ts';
import { SaveParticipants } from './save-participants.tsx';
import { statusTone } from './service-status.ts';
import type { ServiceData } from './service-types.ts';
import { WORDS } from './services-words.ts';

export function ServicePage({ params }: { params: Record<string, string> }) {
  const w = useWords(WORDS);
  const { can } = useSession();
  const user = useUser();
  const [history, setHistory] = useQueryParam('history');
  const path = `/api/services/${params.serviceId}`;
  const state = useApi<ServiceData>(path, { includeHistory: history === '1' ? 'true' : undefined });
  const [editing, setEditing] = useState(false);
  const [pending, setPending] = useState<Pending>(NOTHING_PENDING);
  const [leaving, setLeaving] = useState<(() => void) | null>(null);
  const askLeave = useCallback((leave: () => void) => setLeaving(() => leave), []);
  useLeaveGuard(pendingCount(pending) > 0 ? askLeave : null);
  return (
    <Loaded state={state}>
      {(page) => {
        const { service } = page;
        const changeable = service.status === 'SCHEDULED';
        return (
          <>
            <PageHeader
              title={service.name}
              subtitle={w('serviceNumber', { id: service.id })}
              actions={
                <>
                  <Link to="/services" className="button-link secondary">
                    {w('back')}
                  </Link>
                  {can('service.manage') && !editing && (
                    <button type="button" onClick={() => setEditing(true)}>
                      {w('edit')}
                    </button>
                  )}
                  {can('service.manage') && service.organisationId === user.organisationId && (
                    <CopyDeleteService key={service.id} service={service} />
                  )}
                </>
              }
            />
            {'info' in page && page.info && (
              <p className="notice notice-warning" role="status">
                {w('seatAvailable')}
              </p>
            )}
            {editing && (
              <EditService
                service={service}
                onDone={(next) => {
                  if (next) state.set(next);
                  setEditing(false);
                }}
              />
            )}
            <ServiceDetails page={page} />
            <SaveParticipants
              path={path}
              pending={pending}
              onSaved={(next) => {
                setPending(NOTHING_PENDING);
                state.set(next);
              }}
              onDiscard={() => setPending(NOTHING_PENDING)}
            />
            <ParticipantList
              page={page}
              path={path}
              pending={pending}
              history={history === '1'}
              onHistory={(on) => setHistory(on ? '1' : null)}
              onChange={(c) => setPending((p) => ({ ...p, changes: [...p.changes, c] }))}
              onUndo={(what) =>
                setPending((p) =>
                  'addKey' in what
                    ? { ...p, adds: p.adds.filter((a) => a.key !== what.addKey) }
                    : { ...p, changes: p.changes.filter((c) => c.participantId !== what.participantId) },
                )
              }
            />
            {can('case.update') && changeable && (
              <AddParticipant
                page={page}
                path={path}
                pending={pending}
                onAdd={(a) => setPending((p) => ({ ...p, adds: [...p.adds, a] }))}
              />
            )}
            <ConfirmDialog
              open={leaving !== null}
              title={w('leaveTitle')}
              confirm={w('leave')}
              danger
              onConfirm={() => {
                setLeaving(null);
                leaving?.();
              }}
              onCancel={() => setLeaving(null)}
            >
              <p>{w('leaveText')}</p>
            </ConfirmDialog>
          </>
        );
      }}
    </Loaded>
  );
}

function ServiceDetails({ page }: { page: ServiceData }) {
  const w = useWords(WORDS);
  const i18n = useI18n();
  const s = page.service;
  const time = s.startTime ? `${i18n.time(s.startTime)}${s.endTime ? ` – ${i18n.time(s.endTime)}` : ''}` : null;
  const dates =
    s.startDate === s.endDate ? i18n.date(s.startDate) : `${i18n.date(s.startDate)} – ${i18n.date(s.endDate)}`;
  return (
    <Card title={w('details')}>
      <Facts
        items={[
          [
            w('status'),
            <Badge key="s" tone={statusTone(s.status)}>
              {i18n.label(SERVICE_STATUSES[s.status as ServiceStatus])}
            </Badge>,
          ],
          [w('serviceType'), i18n.label(INTERVENTION_TYPES[s.serviceType as keyof typeof INTERVENTION_TYPES])],
          [w('serviceFormat'), i18n.label(SERVICE_FORMATS[s.serviceFormat as ServiceFormat])],
          [w('dates'), dates],
          [w('time'), time],
          [w('location'), s.location],
          [
            w('participants'),
            s.serviceFormat === 'GROUP' ? (
              <span key="p">
                {w('enrolledOf', {
                  n: i18n.number(s.summary.enrolled),
                  max: i18n.number(s.summary.maximum),
                  min: i18n.number(s.summary.minimum),
                })}{' '}
                {s.summary.full && <Badge tone="warning">{w('full')}</Badge>}{' '}
                {s.summary.belowMinimum && <Badge tone="warning">{w('belowMinimum')}</Badge>}
              </span>
            ) : (
              i18n.number(s.summary.enrolled)
            ),
          ],
          [w('waitlistCount'), i18n.number(s.summary.waitlisted)],
          [w('visibility'), i18n.label(SERVICE_VISIBILITIES[s.visibility as keyof typeof SERVICE_VISIBILITIES])],
          [w('accountabilityReporting'), s.accountabilityReporting],
          [w('primaryAudience'), s.primaryAudience],
          [w('description'), s.description],
          [w('additionalDetails'), s.additionalDetails],
        ]}
      />
    </Card>
  );
}
