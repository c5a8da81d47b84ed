// Creating and changing enhanced services and their participants (spec 02 §4.A). Every change to a service's
// participants runs in one transaction that first locks the service row, so seats are counted and taken one save at a
// time (R-WL-08) and a refused change writes nothing. Each answers with the service's participants page.
import { LockMode } from '@mikro-orm/postgresql';
import { EnhancedService, Individual, ServiceParticipant, ServiceParticipantHistory } from '../../db/entities.ts';
import { parseInput } from '../../domain/input.ts';
import { assertNoViolations, notFound, RuleViolationError } from '../../domain/refusals.ts';
import {
  newParticipantSchema,
  participantChangeSchema,
  serviceChangeSchema,
  serviceCopySchema,
  type ServiceInput,
} from '../../domain/schemas/services.ts';
import { serviceCopy, validateServiceDelete } from '../../domain/service-copy-delete.ts';
import {
  decideAddParticipant,
  entriesToCancelOnClose,
  seatAvailableMessage,
  validateService,
  validateServiceChange,
  validateStatusChange,
  type ParticipantStatus,
} from '../../domain/services.ts';
import type { AppContext } from '../context.ts';
import { participantCase } from './participant-case.ts';
import {
  entryFacts,
  participantsOf,
  participantsPage,
  serviceFacts,
  visibleService,
  type ParticipantRecord,
  type ServiceRecord,
} from './queries.ts';

/** Runs `fn` in one transaction holding the service's row lock: seats are counted and taken one save at a time. */
function underServiceLock<T>(
  ctx: AppContext,
  id: number,
  fn: (tx: AppContext, s: ServiceRecord, rows: ParticipantRecord[]) => Promise<T>,
): Promise<T> {
  return ctx.em.transactional(async (em) => {
    const tx = { ...ctx, em };
    // select ... for update, read afresh: this request may have read the row before the lock was taken.
    const s = await em.findOneOrFail(EnhancedService, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
    return fn(tx, s, await participantsOf(tx, id));
  });
}

async function changeStatus(
  tx: AppContext,
  participantId: number,
  from: string | null,
  to: string,
  extra: Record<string, unknown> = {},
) {
  await tx.em.nativeUpdate(
    ServiceParticipant,
    { id: participantId },
    { status: to, statusChangedAt: new Date(), ...extra },
  );
  tx.em.create(ServiceParticipantHistory, {
    participantId,
    fromStatus: from,
    toStatus: to,
    changedBy: tx.user.id,
  });
  await tx.em.flush();
}

/** A2 / R-ES-01: only the enhanced-services role creates and schedules services. */
export async function createService(ctx: AppContext, input: ServiceInput) {
  assertNoViolations(validateService(input));
  const s = ctx.em.create(EnhancedService, {
    ...input,
    organisationId: ctx.user.organisationId,
    primaryAudience: input.primaryAudience ?? null,
    startTime: input.startTime ?? null,
    endTime: input.endTime ?? null,
    additionalDetails: input.additionalDetails ?? null,
    status: 'SCHEDULED',
    lastWaitlistNumber: 0,
    createdBy: ctx.user.id,
  });
  await ctx.em.flush();
  return participantsPage(ctx, s, false);
}

/** A2 "Copy to New": a new Scheduled service with the original's details on the dates given, and no participants. */
export async function copyService(ctx: AppContext, id: number, body: unknown) {
  const original = await visibleService(ctx, id, true);
  return createService(ctx, serviceCopy(original, parseInput(serviceCopySchema, body)));
}

/** A2 "Delete": only a service nobody was ever entered on; its row lock keeps a participant from arriving meanwhile. */
export async function deleteService(ctx: AppContext, id: number) {
  await visibleService(ctx, id, true);
  await underServiceLock(ctx, id, async (tx, s, rows) => {
    assertNoViolations(validateServiceDelete(rows.length));
    await tx.em.nativeDelete(EnhancedService, { id: s.id });
  });
  return { deleted: id };
}

export async function changeService(ctx: AppContext, id: number, body: unknown) {
  await visibleService(ctx, id, true);
  const input = parseInput(serviceChangeSchema, body);
  return underServiceLock(ctx, id, async (tx, s, rows) => {
    const entries = rows.map(entryFacts);
    assertNoViolations(validateServiceChange(serviceFacts(s), entries, input));
    if (input.status && input.status !== s.status) {
      for (const pid of entriesToCancelOnClose(input.status, entries))
        await changeStatus(tx, pid, 'WAITLISTED', 'CANCELLED');
    }
    Object.assign(s, Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)));
    await tx.em.flush();
    return participantsPage(tx, s, false);
  });
}

/** A4-A6, A10: one add is one save; the service row is locked while its seats are counted (R-WL-08). */
export async function addParticipant(ctx: AppContext, serviceId: number, body: unknown) {
  const s0 = await visibleService(ctx, serviceId, true);
  const input = parseInput(newParticipantSchema, body);
  const linked = input.caseId ? await participantCase(ctx, s0.organisationId, input.caseId) : null;
  return underServiceLock(ctx, serviceId, async (tx, s, rows) => {
    const entries = rows.map(entryFacts);
    const result = decideAddParticipant(serviceFacts(s), entries, input, linked?.facts ?? null);
    if ('violations' in result) throw new RuleViolationError(result.violations);
    const { decision } = result;
    const person = linked ? await tx.em.findOneOrFail(Individual, { id: linked.c.individualId }) : null;
    const p = tx.em.create(ServiceParticipant, {
      serviceId,
      individualId: person?.id ?? null,
      caseId: linked?.c.id ?? null,
      firstName: person?.firstName ?? input.preRegistration!.firstName,
      lastName: person?.lastName ?? input.preRegistration!.lastName,
      email: person?.email ?? input.preRegistration?.email ?? null,
      phone: person?.phone ?? input.preRegistration?.phone ?? null,
      status: decision.status,
      waitlistNumber: decision.waitlistNumber,
      sessionDate: input.sessionDate ?? null,
      createdBy: tx.user.id,
    });
    s.lastWaitlistNumber = decision.lastWaitlistNumber;
    await tx.em.flush();
    tx.em.create(ServiceParticipantHistory, {
      participantId: p.id,
      fromStatus: null,
      toStatus: decision.status,
      changedBy: tx.user.id,
    });
    await tx.em.flush();
    return participantsPage(tx, s, false);
  });
}

/** A7-A9, R-ES-12: register a pre-registered entry, promote from the waitlist, record a no-show, remove. */
export async function changeParticipant(ctx: AppContext, serviceId: number, participantId: number, body: unknown) {
  const s0 = await visibleService(ctx, serviceId, true);
  const input = parseInput(participantChangeSchema, body);
  const linked = input.caseId ? await participantCase(ctx, s0.organisationId, input.caseId) : null;
  return underServiceLock(ctx, serviceId, async (tx, s, rows) => {
    const row = rows.find((p) => p.id === participantId);
    if (!row) throw notFound({ en: `Participant ${participantId}`, fr: `Le participant ${participantId}` });
    const before = rows.map(entryFacts);
    const entry = entryFacts(row);
    const to = input.status as ParticipantStatus;
    assertNoViolations(
      validateStatusChange(serviceFacts(s), before, entry, to, {
        confirmed: input.confirmed,
        caseFacts: linked ? linked.facts : null,
      }),
    );
    if (entry.status === to) return participantsPage(tx, s, false);
    const extra: Record<string, unknown> = {};
    if (entry.status === 'PRE_REGISTERED' && to === 'REGISTERED' && linked) {
      // the pre-registered entry keeps its seat and becomes the person's registration.
      const person = await tx.em.findOneOrFail(Individual, { id: linked.c.individualId });
      Object.assign(extra, {
        caseId: linked.c.id,
        individualId: person.id,
        firstName: person.firstName,
        lastName: person.lastName,
        email: person.email ?? row.email,
        phone: person.phone ?? row.phone,
      });
    }
    await changeStatus(tx, row.id, entry.status, to, extra);
    const after = before.map((e) => (e.id === row.id ? { ...e, status: to } : e));
    return participantsPage(tx, s, false, seatAvailableMessage(serviceFacts(s), before, after));
  });
}
