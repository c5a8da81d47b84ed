// Creating and changing enhanced services and their participants (spec 02 §4.A). Every change to a service's
// participants runs in one transaction that first locks the service row, so seats are counted and taken one save at a
// time (R-WL-08) and a refused change writes nothing. Each answers with the service's participants page.
import { EnhancedService } from '../../db/entities.ts';
import { parseInput } from '../../domain/input.ts';
import { assertNoViolations } from '../../domain/refusals.ts';
import {
  newParticipantSchema,
  participantChangeSchema,
  serviceChangeSchema,
  serviceCopySchema,
  type ServiceInput,
} from '../../domain/schemas/services.ts';
import { serviceCopy, validateServiceDelete } from '../../domain/service-copy-delete.ts';
import { entriesToCancelOnClose, validateService, validateServiceChange } from '../../domain/services.ts';
import type { AppContext } from '../context.ts';
import { applyParticipantSave } from './participants-save.ts';
import { entryFacts, participantsPage, serviceFacts, visibleService } from './queries.ts';
import { changeStatus, underServiceLock } from './service-lock.ts';

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

/** A4-A6, A10: one add on its own (the API's single-item form of the page's Save). */
export async function addParticipant(ctx: AppContext, serviceId: number, body: unknown) {
  return applyParticipantSave(ctx, serviceId, { changes: [], adds: [parseInput(newParticipantSchema, body)] }, false);
}

/** A7-A9, R-ES-12: register a pre-registered entry, promote from the waitlist, record a no-show, remove. */
export async function changeParticipant(ctx: AppContext, serviceId: number, participantId: number, body: unknown) {
  const change = { ...parseInput(participantChangeSchema, body), participantId };
  return applyParticipantSave(ctx, serviceId, { changes: [change], adds: [] }, false);
}
