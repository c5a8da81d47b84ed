// Read models of enhanced services (spec 02 §4.A): the search, the activity report, a service with its participants,
// and the person search a participant is registered from (business partners: app/business-partners/).
import type { InferEntity } from '@mikro-orm/postgresql';
import type { z } from 'zod';
import { EnhancedService, ServiceParticipant, ServiceParticipantHistory } from '../../db/entities.ts';
import { escapeLike } from '../../db/sql.ts';
import { formatSin } from '../../domain/people.ts';
import { findsSharedClients } from '../../domain/delivering-organisations.ts';
import { INTERVENTION_TYPES } from '../../domain/reference.ts';
import { notFound, Refusal, type Bilingual } from '../../domain/refusals.ts';
import { participantSearchSchema, type serviceSearchSchema } from '../../domain/schemas/services.ts';
import { parseInput } from '../../domain/input.ts';
import {
  ACTIVE_PARTICIPANT_STATUSES,
  addsDirectly,
  allowedNextStatuses,
  PARTICIPANT_STATUS_LABELS,
  serviceSummary,
  validateServiceAccess,
  type EntryFacts,
  type ParticipantStatus,
  type ServiceFacts,
} from '../../domain/services.ts';
import type { AppContext } from '../context.ts';
import { listedName } from '../../domain/person-name.ts';

export type ServiceRecord = InferEntity<typeof EnhancedService>;
export type ParticipantRecord = InferEntity<typeof ServiceParticipant>;

export const serviceFacts = (s: ServiceRecord): ServiceFacts => ({
  id: s.id,
  serviceFormat: s.serviceFormat as ServiceFacts['serviceFormat'],
  serviceType: s.serviceType,
  status: s.status as ServiceFacts['status'],
  startDate: s.startDate,
  endDate: s.endDate,
  minParticipants: s.minParticipants,
  maxParticipants: s.maxParticipants,
  lastWaitlistNumber: s.lastWaitlistNumber,
});

export const entryFacts = (e: {
  id: number;
  caseId?: number | null;
  individualId?: number | null;
  status: string;
  waitlistNumber?: number | null;
}): EntryFacts => ({
  id: e.id,
  caseId: e.caseId ?? null,
  individualId: e.individualId ?? null,
  status: e.status as ParticipantStatus,
  waitlistNumber: e.waitlistNumber ?? null,
});

/** A service the user may see (own organisation, or Public for reading), else 404. */
export async function visibleService(ctx: AppContext, id: number, change: boolean): Promise<ServiceRecord> {
  const s = await ctx.em.findOne(EnhancedService, { id });
  if (!s || validateServiceAccess(s.organisationId, s.visibility, ctx.user.organisationId, change).length)
    throw notFound({ en: `Enhanced service ${id}`, fr: `Le service amélioré ${id}` });
  return s;
}

export function participantsOf(ctx: AppContext, serviceId: number): Promise<ParticipantRecord[]> {
  return ctx.em.find(ServiceParticipant, { serviceId }, { orderBy: { id: 'asc' } });
}

function serviceView(s: ServiceRecord, entries: EntryFacts[]) {
  return {
    id: s.id,
    organisationId: s.organisationId,
    serviceFormat: s.serviceFormat,
    accountabilityReporting: s.accountabilityReporting,
    name: s.name,
    description: s.description,
    serviceType: s.serviceType,
    serviceTypeLabel: INTERVENTION_TYPES[s.serviceType as keyof typeof INTERVENTION_TYPES]?.en ?? s.serviceType,
    primaryAudience: s.primaryAudience,
    status: s.status,
    startDate: s.startDate,
    endDate: s.endDate,
    startTime: s.startTime,
    endTime: s.endTime,
    location: s.location,
    visibility: s.visibility,
    additionalDetails: s.additionalDetails,
    summary: serviceSummary(serviceFacts(s), entries),
  };
}

/** Everything a participants page shows; history only on request (R-ES-12). */
export async function participantsPage(
  ctx: AppContext,
  s: ServiceRecord,
  includeHistory: boolean,
  info: Bilingual | null = null,
) {
  const rows = await participantsOf(ctx, s.id);
  const entries = rows.map(entryFacts);
  const history = await ctx.em.find(
    ServiceParticipantHistory,
    { participantId: { $in: rows.map((p) => p.id) } },
    { orderBy: { id: 'asc' } },
  );
  const waitlistOrder = rows
    .filter((p) => p.status === 'WAITLISTED')
    .sort((a, b) => a.waitlistNumber! - b.waitlistNumber!);
  // R-ES-12: removed, no-show, rescheduled and cancelled entries only with "Show History"; an individual
  // service's rows are its sessions.
  const shown = (p: { status: string }) =>
    includeHistory ||
    (s.serviceFormat === 'INDIVIDUAL'
      ? p.status !== 'REMOVED'
      : (ACTIVE_PARTICIPANT_STATUSES as readonly string[]).includes(p.status));
  return {
    service: serviceView(s, entries),
    info: info?.en ?? null,
    infoFr: info?.fr ?? null,
    participants: rows.filter(shown).map((p) => ({
      id: p.id,
      caseId: p.caseId,
      individualId: p.individualId,
      name: listedName(p),
      email: p.email,
      phone: p.phone,
      status: p.status,
      statusLabel: PARTICIPANT_STATUS_LABELS[p.status as ParticipantStatus] ?? p.status,
      waitlistNumber: p.waitlistNumber,
      // the stored number never changes; the position is the rank among those still waiting.
      waitlistPosition: p.status === 'WAITLISTED' ? waitlistOrder.findIndex((w) => w.id === p.id) + 1 : null,
      sessionDate: p.sessionDate,
      allowedStatuses: allowedNextStatuses(serviceFacts(s), entries, entryFacts(p)),
      history: history
        .filter((h) => h.participantId === p.id)
        .map((h) => ({ from: h.fromStatus, to: h.toStatus, by: h.changedBy, at: h.changedAt })),
    })),
  };
}

/** A service's page: its participants for the owning organisation; another sees a Public service's schedule only. */
export async function serviceDetails(ctx: AppContext, id: number, includeHistory: boolean) {
  const s = await visibleService(ctx, id, false);
  if (s.organisationId !== ctx.user.organisationId) {
    // R-ES-02: another organisation sees a Public service's schedule, not its participants.
    return { service: serviceView(s, (await participantsOf(ctx, s.id)).map(entryFacts)), participants: [] };
  }
  return participantsPage(ctx, s, includeHistory);
}

/** A search's conditions and their parameters, in the same order. */
function criteria() {
  const where: string[] = [];
  const params: unknown[] = [];
  const add = (sql: string, value: unknown) => {
    where.push(sql);
    params.push(value);
  };
  return { where, params, add };
}

/** A1 / R-ES-03: all of the organisation's services without criteria; each criterion narrows (AND). */
export async function searchServices(ctx: AppContext, q: z.infer<typeof serviceSearchSchema>) {
  const { where, params, add } = criteria();
  add('s.organisation_id = ?', ctx.user.organisationId);
  if (q.serviceId) add('s.id = ?', q.serviceId);
  if (q.serviceFormat) add('s.service_format = ?', q.serviceFormat);
  if (q.accountabilityReporting)
    add('s.accountability_reporting ilike ?', `%${escapeLike(q.accountabilityReporting)}%`);
  if (q.name) add('s.name ilike ?', `%${escapeLike(q.name)}%`);
  if (q.description) add('s.description ilike ?', `%${escapeLike(q.description)}%`);
  if (q.serviceType) add('s.service_type = ?', q.serviceType);
  if (q.from) add('s.end_date >= ?', q.from);
  if (q.to) add('s.start_date <= ?', q.to);
  const person: string[] = [];
  if (q.participantLastName) {
    person.push('p.last_name ilike ?');
    params.push(escapeLike(q.participantLastName));
  }
  if (q.participantFirstName) {
    person.push('p.first_name ilike ?');
    params.push(escapeLike(q.participantFirstName));
  }
  if (q.participantSin) {
    person.push('i.sin = ?');
    params.push(q.participantSin.replace(/\D/g, ''));
  }
  if (person.length) {
    where.push(
      `exists (select 1 from service_participant p left join individual i on i.id = p.individual_id ` +
        `where p.service_id = s.id and ${person.join(' and ')})`,
    );
  }
  const rows = await ctx.em.execute<
    {
      id: number;
      name: string;
      start_date: string;
      start_time: string | null;
      service_format: string;
      status: string;
      participants: number;
      max_participants: number;
    }[]
  >(
    `select s.id, s.name, to_char(s.start_date, 'YYYY-MM-DD') as start_date, s.start_time, s.service_format,
      s.status, s.max_participants,
            (select count(*)::int from service_participant p where p.service_id = s.id and p.status in ('REGISTERED',
              'PRE_REGISTERED', 'COMPLETED', 'NOT_COMPLETED')) as participants
       from enhanced_service s where ${where.join(' and ')} order by s.start_date desc, s.id desc limit 200`,
    params,
  );
  return {
    items: rows.map((x) => ({
      id: x.id,
      name: x.name,
      startDate: x.start_date,
      startTime: x.start_time,
      serviceFormat: x.service_format,
      status: x.status,
      participants: x.participants,
      maxParticipants: x.max_participants,
    })),
  };
}

/** R-ES-11: every registration and individual session counts towards the EAS activity report of the service's
 * accountability reporting (agreement and period). */
export async function activityReport(ctx: AppContext) {
  const rows = await ctx.em.execute<
    { accountability_reporting: string; services: number; registrations: number; sessions: number }[]
  >(
    `select s.accountability_reporting, count(distinct s.id)::int as services,
            count(p.id) filter (where s.service_format = 'GROUP' and p.status = 'REGISTERED')::int as registrations,
            count(p.id) filter (where s.service_format = 'INDIVIDUAL' and p.status in ('COMPLETED',
              'NOT_COMPLETED'))::int as sessions
       from enhanced_service s left join service_participant p on p.service_id = s.id
      where s.organisation_id = ? and s.status <> 'CANCELLED'
      group by s.accountability_reporting order by s.accountability_reporting`,
    [ctx.user.organisationId],
  );
  return {
    items: rows.map((x) => ({
      accountabilityReporting: x.accountability_reporting,
      services: x.services,
      registrations: x.registrations,
      sessions: x.sessions,
    })),
  };
}

/** §3.4 / R-ES-09: persons with an open case the service's organisation may register (R-DLV-03). */
export async function personSearch(ctx: AppContext, serviceId: number, query: unknown) {
  const s = await visibleService(ctx, serviceId, true);
  const q = parseInput(participantSearchSchema, query);
  if (!Object.values(q).some((v) => v !== undefined))
    throw new Refusal('invalid', 'INVALID_INPUT', {
      en: 'Enter at least one search criterion.',
      fr: 'Saisissez au moins un critère de recherche.',
    });
  const { where, params, add } = criteria();
  if (q.caseId) add('c.id = ?', q.caseId);
  if (q.sin) add('i.sin = ?', q.sin.replace(/\D/g, ''));
  if (q.dateOfBirth) add('i.date_of_birth = ?', q.dateOfBirth);
  if (q.lastName) add('i.last_name ilike ?', `${escapeLike(q.lastName)}%`);
  if (q.firstName) add('i.first_name ilike ?', `${escapeLike(q.firstName)}%`);
  if (q.email) add('i.email ilike ?', escapeLike(q.email));
  if (q.phone) add("regexp_replace(coalesce(i.phone, ''), '\\D', '', 'g') like ?", `%${q.phone.replace(/\D/g, '')}%`);
  // The service's organisation's own cases; R-DLV-03: cases shared with it (an External intervention it delivers,
  // by id; R-DLV-05: for good, even once that intervention is deleted), only for a search by the whole last name.
  let scope = 'c.organisation_id = ?';
  params.push(s.organisationId);
  if (findsSharedClients(q)) {
    scope = `(${scope} or (i.last_name ilike ? and exists (select 1 from intervention x where x.case_id = c.id
      and x.delivery_model = 'EXTERNAL' and x.delivering_organisation_id = ?)))`;
    params.push(escapeLike(q.lastName!), s.organisationId);
  }
  const rows = await ctx.em.execute<
    {
      case_id: number;
      individual_id: number;
      first_name: string;
      last_name: string;
      sin: string | null;
      date_of_birth: string;
      phone: string | null;
      address: string;
    }[]
  >(
    `select c.id as case_id, i.id as individual_id, i.first_name, i.last_name, i.sin, to_char(i.date_of_birth,
      'YYYY-MM-DD') as date_of_birth, i.phone,
            i.address_line1 || ', ' || i.city as address
       from "case" c join individual i on i.id = c.individual_id
      where c.status <> 'CLOSED' and ${where.join(' and ')} and ${scope}
      order by i.last_name, i.first_name limit 50`,
    params,
  );
  const matches = rows.map((m) => ({
    caseId: m.case_id,
    individualId: m.individual_id,
    name: `${m.last_name}, ${m.first_name}`,
    sin: m.sin ? formatSin(m.sin) : null,
    dateOfBirth: m.date_of_birth,
    phone: m.phone,
    address: m.address,
  }));
  // R-WL-02: nobody found: the page offers pre-registration with the names already typed.
  return {
    matches,
    addDirectly: addsDirectly(q, matches.length),
    offerPreRegistration:
      matches.length === 0
        ? {
            firstName: q.firstName ?? '',
            lastName: q.lastName ?? '',
            email: q.email ?? '',
            phone: q.phone ?? '',
            message: 'No person matches the search criteria. Do you want to add a person with Pre-registered status?',
            messageFr:
              'Personne ne répond aux paramètres de recherche. ' +
              'Voulez-vous ajouter une personne avec le statut Préinscrit?',
          }
        : null,
  };
}
