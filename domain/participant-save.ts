// One save of a service's participants page (R-ES-10): the status changes and removals, then the additions, each
// checked against the entries as the earlier ones leave them (a removal frees the seat a later add takes). Either
// every item passes and the use case writes the steps, or nothing is written and every refused item is named.
import type { Violation } from './refusals.ts';
import type { NewParticipantInput } from './schemas/services.ts';
import {
  decideAddParticipant,
  validateStatusChange,
  type AddDecision,
  type CaseFacts,
  type EntryFacts,
  type ParticipantStatus,
  type ServiceFacts,
} from './services.ts';

export interface PlannedChange {
  entry: EntryFacts;
  to: ParticipantStatus;
  confirmed: boolean;
  /** The case a pre-registered entry is registered with (R-WL-03). */
  caseFacts: CaseFacts | null;
}

export interface PlannedAdd {
  input: NewParticipantInput;
  caseFacts: CaseFacts | null;
}

/** The refusals of one item of the save: which list it is in and where. */
export interface ItemRefusal {
  list: 'changes' | 'adds';
  index: number;
  violations: Violation[];
}

export interface SavePlan {
  /** `index`: the item's place in the save's own list. */
  changes: { index: number; entry: EntryFacts; to: ParticipantStatus }[];
  adds: { index: number; decision: AddDecision }[];
  /** The service's waitlist counter once the adds are written (R-WL-05). */
  lastWaitlistNumber: number;
  /** The entries once everything is written: for the "a seat is free" notice (R-WL-06). */
  after: EntryFacts[];
}

export function planParticipantSave(
  s: ServiceFacts,
  entries: EntryFacts[],
  changes: PlannedChange[],
  adds: PlannedAdd[],
): { refused: ItemRefusal[] } | { plan: SavePlan } {
  const refused: ItemRefusal[] = [];
  let now = entries;
  let service = s;
  const plan: SavePlan = { changes: [], adds: [], lastWaitlistNumber: s.lastWaitlistNumber, after: entries };
  changes.forEach((c, index) => {
    const entry = now.find((e) => e.id === c.entry.id) ?? c.entry;
    const violations = validateStatusChange(service, now, entry, c.to, c);
    if (violations.length) return refused.push({ list: 'changes', index, violations });
    if (entry.status === c.to) return;
    const linked = c.caseFacts ? { caseId: c.caseFacts.caseId, individualId: c.caseFacts.individualId } : {};
    now = now.map((e) => (e.id === entry.id ? { ...e, status: c.to, ...linked } : e));
    plan.changes.push({ index, entry, to: c.to });
  });
  adds.forEach((a, index) => {
    const result = decideAddParticipant(service, now, a.input, a.caseFacts);
    if ('violations' in result) return refused.push({ list: 'adds', index, violations: result.violations });
    const { decision } = result;
    // A negative id stands for the entry until it is written: later adds count its seat and see the duplicate.
    now = [
      ...now,
      {
        id: -(index + 1),
        caseId: a.caseFacts?.caseId ?? null,
        individualId: a.caseFacts?.individualId ?? null,
        status: decision.status,
        waitlistNumber: decision.waitlistNumber,
      },
    ];
    service = { ...service, lastWaitlistNumber: decision.lastWaitlistNumber };
    plan.adds.push({ index, decision });
  });
  if (refused.length) return { refused };
  return { plan: { ...plan, lastWaitlistNumber: service.lastWaitlistNumber, after: now } };
}
