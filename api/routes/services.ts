// Enhanced services (spec 02 §4.A): search, maintain, participants with pre-registration and waitlists,
// business partners with their public schedules, and an intervention started from a service. Every change
// to a service's participants runs in one transaction that first locks the service row, so seats are
// counted and taken one save at a time (R-WL-08) and a refused change writes nothing.
import { Router, type Request, type Response } from 'express';
import type { Client } from '@temporalio/client';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import {
  Case,
  EnhancedService,
  Individual,
  InterventionRow,
  Organisation,
  ServiceParticipant,
  ServiceParticipantHistory,
  type ICase,
} from '../../db/entities.ts';
import { type CaseStatus } from '../../domain/case-model.ts';
import { INTERVENTION_TYPES } from '../../domain/reference.ts';
import {
  ACTIVE_PARTICIPANT_STATUSES,
  addsDirectly,
  allowedNextStatuses,
  decideAddParticipant,
  entriesToCancelOnClose,
  PARTICIPANT_STATUS_LABELS,
  seatAvailableMessage,
  serviceSummary,
  validateService,
  validateServiceAccess,
  validateStatusChange,
  type CaseFacts,
  type EntryFacts,
  type ParticipantStatus,
  type ServiceFacts,
} from '../../domain/services.ts';
import { formatSin } from '../../domain/people.ts';
import { escapeLike } from '../../db/sql.ts';
import { addIntervention } from '../../domain/case-actions/index.ts';
import { caseUpdate } from '../../workflows/case-api.ts';
import { requirePermission } from '../auth.ts';
import { caseAfterChange, loadCase } from '../../app/cases/queries.ts';
import { sendUpdate } from '../../app/updates.ts';
import { idParam, parse } from '../http.ts';
import { notFound, Refusal, RuleViolationError, type Violation } from '../../domain/refusals.ts';
import { idempotencyKeyOf } from '../idempotency.ts';
import { type SessionUser } from '../../app/context.ts';
import {
  businessPartnerSearchSchema,
  interventionFromServiceSchema,
  newParticipantSchema,
  participantChangeSchema,
  participantSearchSchema,
  serviceChangeSchema,
  serviceSchema,
  serviceSearchSchema,
} from '../../domain/schemas/services.ts';

/** A refusal; a service the user may not see is not found (R-ES-02). */
function refuse(violations: Violation[]): never {
  const notFoundV = violations.find((v) => v.code === 'ERR_NOT_FOUND');
  if (notFoundV) throw new Refusal('not-found', 'NOT_FOUND', notFoundV.message);
  throw new RuleViolationError(violations);
}

type ServiceRow = Awaited<ReturnType<typeof loadServiceRow>>;

/** `fresh`: read the row from the database even if this request read it before (under the service's lock). */
async function loadServiceRow(em: EntityManager, id: number, fresh = false) {
  return em.findOne(EnhancedService, { id }, { refresh: fresh });
}

const facts = (s: NonNullable<ServiceRow>): ServiceFacts => ({
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

const entryFacts = (e: {
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
async function visibleService(em: EntityManager, user: SessionUser, id: number, change: boolean) {
  const s = await loadServiceRow(em, id);
  if (!s || validateServiceAccess(s.organisationId, s.visibility, user.organisationId, change).length)
    throw notFound(`Enhanced service ${id}`);
  return s;
}

/**
 * The open case a participant is registered with: a case of the service's organisation, or one shared with it
 * by an External intervention naming it as delivering organisation (R-DLV-03). Unknown or unshared: 404.
 */
async function participantCase(
  em: EntityManager,
  serviceOrg: number,
  caseId: number,
): Promise<{ c: ICase; facts: CaseFacts | null }> {
  const c = await em.findOne(Case, { id: caseId });
  if (!c) throw notFound(`Case ${caseId}`);
  if (c.organisationId !== serviceOrg && !(await sharedWith(em, c.id, serviceOrg))) throw notFound(`Case ${caseId}`);
  const interventions = await em.find(InterventionRow, { caseId: c.id, deleted: false });
  const facts: CaseFacts | null =
    c.status === 'CLOSED'
      ? null
      : {
          caseId: c.id,
          individualId: c.individualId,
          status: c.status as CaseStatus,
          interventionTypes: interventions.map((i) => i.interventionType),
        };
  return { c, facts };
}

/** R-DLV-03: an External intervention naming the organisation (by code or name) shares the case with it. */
async function sharedWith(em: EntityManager, caseId: number, organisationId: number): Promise<boolean> {
  const org = await em.findOne(Organisation, { id: organisationId });
  if (!org) return false;
  const n = await em.count(InterventionRow, {
    caseId,
    deleted: false,
    deliveryModel: 'EXTERNAL',
    deliveringOrganisation: { $in: [org.code, org.name] },
  });
  return n > 0;
}

async function participantsOf(em: EntityManager, serviceId: number) {
  return em.find(ServiceParticipant, { serviceId }, { orderBy: { id: 'asc' } });
}

function serviceView(s: NonNullable<ServiceRow>, entries: EntryFacts[], orgName?: string) {
  return {
    id: s.id,
    organisationId: s.organisationId,
    organisationName: orgName,
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
    summary: serviceSummary(facts(s), entries),
  };
}

export function serviceRoutes({ orm, temporal }: { orm: MikroORM; temporal: Client }): Router {
  const r = Router();
  const em = () => orm.em;

  /** Runs `fn` in one transaction holding the service's row lock: seats are counted and taken one save at a time. */
  function underServiceLock<T>(
    id: number,
    fn: (tx: EntityManager, s: NonNullable<ServiceRow>, rows: Awaited<ReturnType<typeof participantsOf>>) => Promise<T>,
  ): Promise<T> {
    return em().transactional(async (tx) => {
      await tx.execute('select id from enhanced_service where id = ? for update', [id]);
      return fn(tx, (await loadServiceRow(tx, id, true))!, await participantsOf(tx, id));
    });
  }

  /** Everything a participants page shows; history only on request (R-ES-12). */
  async function participantsPage(
    db: EntityManager,
    s: NonNullable<ServiceRow>,
    includeHistory: boolean,
    info: string | null = null,
  ) {
    const rows = await participantsOf(db, s.id);
    const entries = rows.map(entryFacts);
    const history = await db.find(
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
      info,
      participants: rows.filter(shown).map((p) => ({
        id: p.id,
        caseId: p.caseId,
        individualId: p.individualId,
        name: `${p.lastName}, ${p.firstName}`,
        email: p.email,
        phone: p.phone,
        status: p.status,
        statusLabel: PARTICIPANT_STATUS_LABELS[p.status as ParticipantStatus] ?? p.status,
        waitlistNumber: p.waitlistNumber,
        // the stored number never changes; the position is the rank among those still waiting.
        waitlistPosition: p.status === 'WAITLISTED' ? waitlistOrder.findIndex((w) => w.id === p.id) + 1 : null,
        sessionDate: p.sessionDate,
        allowedStatuses: allowedNextStatuses(facts(s), entries, entryFacts(p)),
        history: history
          .filter((h) => h.participantId === p.id)
          .map((h) => ({ from: h.fromStatus, to: h.toStatus, by: h.changedBy, at: h.changedAt })),
      })),
    };
  }

  // A1 / R-ES-03: all of the organisation's services without criteria; each criterion narrows (AND).
  r.get('/services', async (req, res) => {
    const user = requirePermission(res, ['case.view', 'service.manage']);
    const q = parse(serviceSearchSchema, req.query);
    const where: string[] = ['s.organisation_id = ?'];
    const params: unknown[] = [user.organisationId];
    const add = (sql: string, value: unknown) => {
      where.push(sql);
      params.push(value);
    };
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
    const rows = await em().execute<
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
    res.json({
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
    });
  });

  // R-ES-11: every registration and individual session counts towards the EAS activity report of the
  // service's accountability reporting (agreement and period).
  r.get('/services/activity-report', async (_req, res) => {
    const user = requirePermission(res, ['case.view', 'service.manage']);
    const rows = await em().execute<
      { accountability_reporting: string; services: number; registrations: number; sessions: number }[]
    >(
      `select s.accountability_reporting, count(distinct s.id)::int as services,
              count(p.id) filter (where s.service_format = 'GROUP' and p.status = 'REGISTERED')::int as registrations,
              count(p.id) filter (where s.service_format = 'INDIVIDUAL' and p.status in ('COMPLETED',
                'NOT_COMPLETED'))::int as sessions
         from enhanced_service s left join service_participant p on p.service_id = s.id
        where s.organisation_id = ? and s.status <> 'CANCELLED'
        group by s.accountability_reporting order by s.accountability_reporting`,
      [user.organisationId],
    );
    res.json({
      items: rows.map((x) => ({
        accountabilityReporting: x.accountability_reporting,
        services: x.services,
        registrations: x.registrations,
        sessions: x.sessions,
      })),
    });
  });

  // A2 / R-ES-01: only the enhanced-services role creates and schedules services.
  r.post('/services', async (req, res) => {
    const user = requirePermission(res, 'service.manage');
    const input = parse(serviceSchema, req.body);
    const v = validateService(input);
    if (v.length) refuse(v);
    const db = em();
    const s = db.create(EnhancedService, {
      ...input,
      organisationId: user.organisationId,
      primaryAudience: input.primaryAudience ?? null,
      startTime: input.startTime ?? null,
      endTime: input.endTime ?? null,
      additionalDetails: input.additionalDetails ?? null,
      status: 'SCHEDULED',
      lastWaitlistNumber: 0,
      createdBy: user.id,
    });
    await db.flush();
    res
      .status(201)
      .location(`/api/services/${s.id}`)
      .json(await participantsPage(em(), s, false));
  });

  r.patch('/services/:serviceId', async (req, res) => {
    const user = requirePermission(res, 'service.manage');
    const id = idParam(req, 'serviceId');
    await visibleService(em(), user, id, true);
    const input = parse(serviceChangeSchema, req.body);
    const page = await underServiceLock(id, async (tx, s, rows) => {
      const entries = rows.map(entryFacts);
      // R-WL-08: a smaller room never drops below the seats already taken.
      if (input.maxParticipants !== undefined) {
        const taken = serviceSummary(facts(s), entries).enrolled;
        if (input.maxParticipants < taken)
          refuse([
            {
              rule: 'R-WL-08',
              code: 'ERR_CAPACITY',
              message: `${taken} seats are taken: the maximum cannot go below that.`,
              field: 'maxParticipants',
            },
          ]);
        if (input.maxParticipants < s.minParticipants)
          refuse([
            {
              rule: 'R-ES-01',
              code: 'ERR_CAPACITY',
              message: `The maximum cannot be below the minimum (${s.minParticipants}).`,
              field: 'maxParticipants',
            },
          ]);
      }
      if (input.status && input.status !== s.status) {
        for (const pid of entriesToCancelOnClose(input.status, entries))
          await changeStatus(tx, pid, 'WAITLISTED', 'CANCELLED', user.id);
      }
      Object.assign(s, Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)));
      await tx.flush();
      return participantsPage(tx, s, false);
    });
    res.json(page);
  });

  r.get('/services/:serviceId', async (req, res) => {
    const user = requirePermission(res, ['case.view', 'service.manage']);
    const s = await visibleService(em(), user, idParam(req, 'serviceId'), false);
    if (s.organisationId !== user.organisationId) {
      // R-ES-02: another organisation sees a Public service's schedule, not its participants.
      return void res.json({
        service: serviceView(s, (await participantsOf(em(), s.id)).map(entryFacts)),
        participants: [],
      });
    }
    res.json(await participantsPage(em(), s, req.query.includeHistory === 'true'));
  });

  // §3.4 / R-ES-09: persons with an open case the service's organisation may register.
  r.get('/services/:serviceId/person-search', async (req, res) => {
    const user = requirePermission(res, 'case.update');
    const s = await visibleService(em(), user, idParam(req, 'serviceId'), true);
    const q = parse(participantSearchSchema, req.query);
    if (!Object.values(q).some((v) => v !== undefined))
      throw new Refusal('invalid', 'INVALID_INPUT', 'Enter at least one search criterion.');
    const where: string[] = [];
    const params: unknown[] = [];
    const add = (sql: string, value: unknown) => {
      where.push(sql);
      params.push(value);
    };
    if (q.caseId) add('c.id = ?', q.caseId);
    if (q.sin) add('i.sin = ?', q.sin.replace(/\D/g, ''));
    if (q.dateOfBirth) add('i.date_of_birth = ?', q.dateOfBirth);
    if (q.lastName) add('i.last_name ilike ?', `${escapeLike(q.lastName)}%`);
    if (q.firstName) add('i.first_name ilike ?', `${escapeLike(q.firstName)}%`);
    if (q.email) add('i.email ilike ?', escapeLike(q.email));
    if (q.phone) add("regexp_replace(coalesce(i.phone, ''), '\\D', '', 'g') like ?", `%${q.phone.replace(/\D/g, '')}%`);
    const org = await em().findOneOrFail(Organisation, { id: s.organisationId });
    const rows = await em().execute<
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
        where c.status <> 'CLOSED' and ${where.join(' and ')}
          and (c.organisation_id = ? or exists (select 1 from intervention x where x.case_id = c.id and not x.deleted
            and x.delivery_model = 'EXTERNAL'
                                                 and x.delivering_organisation in (?, ?)))
        order by i.last_name, i.first_name limit 50`,
      [...params, s.organisationId, org.code, org.name],
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
    res.json({
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
            }
          : null,
    });
  });

  // A4-A6, A10: one add is one save; the service row is locked while its seats are counted (R-WL-08).
  r.post('/services/:serviceId/participants', async (req, res) => {
    const user = requirePermission(res, 'case.update');
    const id = idParam(req, 'serviceId');
    const s0 = await visibleService(em(), user, id, true);
    const input = parse(newParticipantSchema, req.body);
    const linked = input.caseId ? await participantCase(em(), s0.organisationId, input.caseId) : null;
    const page = await underServiceLock(id, async (tx, s, rows) => {
      const entries = rows.map(entryFacts);
      const result = decideAddParticipant(facts(s), entries, input, linked?.facts ?? null);
      if ('violations' in result) refuse(result.violations);
      const { decision } = result;
      const person = linked ? await tx.findOneOrFail(Individual, { id: linked.c.individualId }) : null;
      const p = tx.create(ServiceParticipant, {
        serviceId: id,
        individualId: person?.id ?? null,
        caseId: linked?.c.id ?? null,
        firstName: person?.firstName ?? input.preRegistration!.firstName,
        lastName: person?.lastName ?? input.preRegistration!.lastName,
        email: person?.email ?? input.preRegistration?.email ?? null,
        phone: person?.phone ?? input.preRegistration?.phone ?? null,
        status: decision.status,
        waitlistNumber: decision.waitlistNumber,
        sessionDate: input.sessionDate ?? null,
        createdBy: user.id,
      });
      s.lastWaitlistNumber = decision.lastWaitlistNumber;
      await tx.flush();
      tx.create(ServiceParticipantHistory, {
        participantId: p.id,
        fromStatus: null,
        toStatus: decision.status,
        changedBy: user.id,
      });
      await tx.flush();
      return participantsPage(tx, s, false);
    });
    res.status(201).json(page);
  });

  async function changeStatus(
    tx: EntityManager,
    participantId: number,
    from: string | null,
    to: string,
    userId: number,
    extra: Record<string, unknown> = {},
  ) {
    await tx.nativeUpdate(
      ServiceParticipant,
      { id: participantId },
      { status: to, statusChangedAt: new Date(), ...extra },
    );
    tx.create(ServiceParticipantHistory, { participantId, fromStatus: from, toStatus: to, changedBy: userId });
    await tx.flush();
  }

  // A7-A9, R-ES-12: register a pre-registered entry, promote from the waitlist, record a no-show, remove.
  r.patch('/services/:serviceId/participants/:participantId', async (req, res) => {
    const user = requirePermission(res, 'case.update');
    const id = idParam(req, 'serviceId');
    const participantId = idParam(req, 'participantId');
    const s0 = await visibleService(em(), user, id, true);
    const input = parse(participantChangeSchema, req.body);
    const linked = input.caseId ? await participantCase(em(), s0.organisationId, input.caseId) : null;
    const page = await underServiceLock(id, async (tx, s, rows) => {
      const row = rows.find((p) => p.id === participantId);
      if (!row) throw notFound(`Participant ${participantId}`);
      const before = rows.map(entryFacts);
      const entry = entryFacts(row);
      const to = input.status as ParticipantStatus;
      const v = validateStatusChange(facts(s), before, entry, to, {
        confirmed: input.confirmed,
        caseFacts: linked ? linked.facts : null,
      });
      if (v.length) refuse(v);
      if (entry.status === to) return participantsPage(tx, s, false);
      const extra: Record<string, unknown> = {};
      if (entry.status === 'PRE_REGISTERED' && to === 'REGISTERED' && linked) {
        // the pre-registered entry keeps its seat and becomes the person's registration.
        const person = await tx.findOneOrFail(Individual, { id: linked.c.individualId });
        Object.assign(extra, {
          caseId: linked.c.id,
          individualId: person.id,
          firstName: person.firstName,
          lastName: person.lastName,
          email: person.email ?? row.email,
          phone: person.phone ?? row.phone,
        });
      }
      await changeStatus(tx, row.id, entry.status, to, user.id, extra);
      const after = before.map((e) => (e.id === row.id ? { ...e, status: to } : e));
      return participantsPage(tx, s, false, seatAvailableMessage(facts(s), before, after));
    });
    res.json(page);
  });

  // "Start an intervention from a service": the registered client's plan gets the service as an intervention.
  r.post('/services/:serviceId/participants/:participantId/intervention', async (req: Request, res: Response) => {
    const user = requirePermission(res, 'case.update');
    const s = await visibleService(em(), user, idParam(req, 'serviceId'), true);
    const p = await em().findOne(ServiceParticipant, { id: idParam(req, 'participantId'), serviceId: s.id });
    if (!p) throw notFound(`Participant ${req.params.participantId}`);
    const input = parse(interventionFromServiceSchema, req.body);
    if (!p.caseId || p.status !== 'REGISTERED') {
      throw new Refusal(
        'rule',
        'RULE_VIOLATION',
        'Only a Registered participant with a case can have an intervention started from this service.',
      );
    }
    // The case-owning organisation changes the plan (R-DLV-04): a delivering organisation cannot.
    const c = await loadCase(em(), user, p.caseId);
    const type = INTERVENTION_TYPES[s.serviceType as keyof typeof INTERVENTION_TYPES];
    const org = await em().findOneOrFail(Organisation, { id: s.organisationId });
    const external = s.organisationId !== c.organisationId;
    await sendUpdate(
      { em: em(), temporal, user },
      c.workflowId,
      caseUpdate(addIntervention),
      {
        dimension: type.dimension,
        interventionType: s.serviceType as keyof typeof INTERVENTION_TYPES,
        fundingType: input.fundingType,
        deliveryModel: external ? 'EXTERNAL' : 'IN_HOUSE',
        deliveringOrganisation: external ? org.name : undefined,
        plannedStartDate: s.startDate,
        plannedEndDate: s.endDate,
        description: input.description ?? `${s.name} (enhanced service ${s.id})`,
        fundingRequested: false,
      },
      { idempotencyKey: idempotencyKeyOf(req) },
    );
    res.json(await caseAfterChange(em(), user, c.id));
  });

  // A11 / R-DLV-01 / R-ES-02: EAS providers (the public registry) with their Public services' schedule.
  r.get('/business-partners', async (req, res) => {
    requirePermission(res, ['case.view', 'service.manage']);
    const q = parse(businessPartnerSearchSchema, req.query);
    const db = em();
    const orgs = await db.find(Organisation, q.name ? { name: { $ilike: `%${escapeLike(q.name)}%` } } : {}, {
      orderBy: { name: 'asc' },
      limit: 100,
    });
    const services = await db.find(
      EnhancedService,
      {
        organisationId: { $in: orgs.map((o) => o.id) },
        visibility: 'PUBLIC',
        ...(q.serviceType ? { serviceType: q.serviceType } : {}),
      },
      { orderBy: { startDate: 'asc' } },
    );
    const partners = orgs
      .map((o) => ({
        organisationId: o.id,
        code: o.code,
        name: o.name,
        publicSchedule: services
          .filter((s) => s.organisationId === o.id)
          .map((s) => ({
            serviceId: s.id,
            name: s.name,
            serviceType: s.serviceType,
            startDate: s.startDate,
            endDate: s.endDate,
            maxSeats: s.maxParticipants,
            location: s.location,
          })),
      }))
      .filter((p) => !q.serviceType || p.publicSchedule.length > 0);
    res.json({ items: partners });
  });

  return r;
}
