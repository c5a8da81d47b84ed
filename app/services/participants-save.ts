// The participants page's one Save (R-ES-10): its status changes, removals and additions applied together under the
// service's row lock, or none of them. A refused save names each participant it refuses and why, and writes nothing.
import { Individual, ServiceParticipant, ServiceParticipantHistory } from '../../db/entities.ts';
import { parseInput } from '../../domain/input.ts';
import { planParticipantSave } from '../../domain/participant-save.ts';
import { notFound, RuleViolationError, type Violation } from '../../domain/refusals.ts';
import { participantsSaveSchema, type ParticipantsSaveInput } from '../../domain/schemas/services.ts';
import { seatAvailableMessage, type ParticipantStatus } from '../../domain/services.ts';
import type { AppContext } from '../context.ts';
import { participantCase } from './participant-case.ts';
import { entryFacts, participantsPage, serviceFacts, visibleService } from './queries.ts';
import { changeStatus, underServiceLock } from './service-lock.ts';

export function saveParticipants(ctx: AppContext, serviceId: number, body: unknown) {
  return applyParticipantSave(ctx, serviceId, parseInput(participantsSaveSchema, body), true);
}

/** `named`: each refusal starts with the participant it is about (a page's Save holds several). */
const about = (name: string, v: Violation): Violation => ({
  ...v,
  message: `${name}: ${v.message}`,
  messageFr: `${name} : ${v.messageFr ?? v.message}`,
});

export async function applyParticipantSave(
  ctx: AppContext,
  serviceId: number,
  input: ParticipantsSaveInput,
  named: boolean,
) {
  const s0 = await visibleService(ctx, serviceId, true);
  type Linked = Awaited<ReturnType<typeof caseOf>>;
  const caseOf = async (caseId?: number) => {
    if (!caseId) return null;
    const linked = await participantCase(ctx, s0.organisationId, caseId);
    return { ...linked, person: await ctx.em.findOneOrFail(Individual, { id: linked.c.individualId }) };
  };
  // One after the other: the request's entity manager is not shared between concurrent queries.
  const changeCases: Linked[] = [];
  for (const c of input.changes) changeCases.push(await caseOf(c.caseId));
  const addCases: Linked[] = [];
  for (const a of input.adds) addCases.push(await caseOf(a.caseId));
  return underServiceLock(ctx, serviceId, async (tx, s, rows) => {
    const before = rows.map(entryFacts);
    const changed = input.changes.map((c) => {
      const row = rows.find((r) => r.id === c.participantId);
      if (!row) throw notFound({ en: `Participant ${c.participantId}`, fr: `Le participant ${c.participantId}` });
      return { row, entry: entryFacts(row), to: c.status as ParticipantStatus, confirmed: c.confirmed };
    });
    const result = planParticipantSave(
      serviceFacts(s),
      before,
      changed.map((c, i) => ({ ...c, caseFacts: changeCases[i]?.facts ?? null })),
      input.adds.map((a, i) => ({ input: a, caseFacts: addCases[i]?.facts ?? null })),
    );
    if ('refused' in result) {
      const nameOf = (list: 'changes' | 'adds', i: number) => {
        if (list === 'changes') return `${changed[i].row.lastName}, ${changed[i].row.firstName}`;
        const who = addCases[i]?.person ?? input.adds[i].preRegistration;
        return who ? `${who.lastName}, ${who.firstName}` : `#${i + 1}`;
      };
      throw new RuleViolationError(
        result.refused.flatMap((r) =>
          r.violations.map((v) =>
            named ? { ...about(nameOf(r.list, r.index), v), field: `${r.list}.${r.index}` } : v,
          ),
        ),
      );
    }
    const { plan } = result;
    for (const { index, entry, to } of plan.changes) {
      const linked = changeCases[index];
      // a pre-registered entry keeps its seat and becomes the person's registration.
      const extra =
        entry.status === 'PRE_REGISTERED' && to === 'REGISTERED' && linked
          ? {
              caseId: linked.c.id,
              individualId: linked.person.id,
              firstName: linked.person.firstName,
              lastName: linked.person.lastName,
              email: linked.person.email ?? changed[index].row.email,
              phone: linked.person.phone ?? changed[index].row.phone,
            }
          : {};
      await changeStatus(tx, entry.id, entry.status, to, extra);
    }
    for (const { index, decision } of plan.adds) {
      const a = input.adds[index];
      const person = addCases[index]?.person ?? null;
      const p = tx.em.create(ServiceParticipant, {
        serviceId,
        individualId: person?.id ?? null,
        caseId: addCases[index]?.c.id ?? null,
        firstName: person?.firstName ?? a.preRegistration!.firstName,
        lastName: person?.lastName ?? a.preRegistration!.lastName,
        email: person?.email ?? a.preRegistration?.email ?? null,
        phone: person?.phone ?? a.preRegistration?.phone ?? null,
        status: decision.status,
        waitlistNumber: decision.waitlistNumber,
        sessionDate: a.sessionDate ?? null,
        createdBy: tx.user.id,
      });
      await tx.em.flush();
      tx.em.create(ServiceParticipantHistory, {
        participantId: p.id,
        fromStatus: null,
        toStatus: decision.status,
        changedBy: tx.user.id,
      });
    }
    s.lastWaitlistNumber = plan.lastWaitlistNumber;
    await tx.em.flush();
    return participantsPage(tx, s, false, seatAvailableMessage(serviceFacts(s), before, plan.after));
  });
}
