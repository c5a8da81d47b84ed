// What the participants page changed and has not saved yet (R-ES-10): additions and status changes (a removal is one),
// kept in the page until its one Save sends them together. The page shows the service as it will be once saved: the
// seats the changes take or free decide whether an add goes on the waitlist and which statuses are offered.
import {
  allowedNextStatuses,
  enrolledCount,
  type EntryFacts,
  type ParticipantStatus,
  type ServiceFacts,
} from '../../../../domain/services.ts';
import type { Participant, ServiceData } from './service-types.ts';

export interface PendingAdd {
  /** Tells the adds apart in the list (a person is added once; a pre-registration has no case). */
  key: string;
  name: string;
  caseId: number | null;
  /** What the Save sends for it, as the API's single add takes it. */
  body: Record<string, unknown>;
  /** The status it will have once saved. */
  status: ParticipantStatus;
}

export interface PendingChange {
  participantId: number;
  name: string;
  from: ParticipantStatus;
  status: ParticipantStatus;
  /** R-WL-03: the case a pre-registered participant is registered with. */
  caseId?: number;
}

export interface Pending {
  adds: PendingAdd[];
  changes: PendingChange[];
}

export const NOTHING_PENDING: Pending = { adds: [], changes: [] };
export const pendingCount = (p: Pending) => p.adds.length + p.changes.length;

const facts = (page: ServiceData): ServiceFacts => ({
  id: page.service.id,
  serviceFormat: page.service.serviceFormat as ServiceFacts['serviceFormat'],
  serviceType: page.service.serviceType,
  status: page.service.status as ServiceFacts['status'],
  startDate: page.service.startDate,
  endDate: page.service.endDate,
  minParticipants: page.service.summary.minimum,
  maxParticipants: page.service.summary.maximum,
  lastWaitlistNumber: 0,
});

const entry = (p: Participant, status = p.status): EntryFacts => ({
  id: p.id,
  caseId: p.caseId ?? null,
  individualId: p.individualId ?? null,
  status: status as ParticipantStatus,
  waitlistNumber: p.waitlistNumber ?? null,
});

/** The entries as they will be once saved, leaving out the change of `except` (whose own choice is being made). */
function entriesOnceSaved(page: ServiceData, pending: Pending, except?: number): EntryFacts[] {
  const changed = new Map(pending.changes.filter((c) => c.participantId !== except).map((c) => [c.participantId, c]));
  return [
    ...page.participants.map((p) => entry(p, changed.get(p.id)?.status ?? p.status)),
    ...pending.adds.map((a, i) => ({
      id: -(i + 1),
      caseId: a.caseId,
      individualId: null,
      status: a.status,
      waitlistNumber: null,
    })),
  ];
}

/** R-WL-04: whether an add now would find every seat taken, counting the changes not saved yet. */
export const fullOnceSaved = (page: ServiceData, pending: Pending) =>
  page.service.serviceFormat === 'GROUP' &&
  enrolledCount(entriesOnceSaved(page, pending)) >= page.service.summary.maximum;

/** SM-3: the statuses a participant can move to once the other changes are saved (a removal frees a seat). */
export const statusesOnceSaved = (page: ServiceData, pending: Pending, p: Participant): ParticipantStatus[] =>
  allowedNextStatuses(facts(page), entriesOnceSaved(page, pending, p.id), entry(p));

/** The one request the Save sends. */
export const saveBody = (pending: Pending) => ({
  changes: pending.changes.map((c) => ({
    participantId: c.participantId,
    status: c.status,
    // R-ES-12: the removal was confirmed when it was chosen.
    confirmed: c.status === 'REMOVED',
    ...(c.caseId ? { caseId: c.caseId } : {}),
  })),
  adds: pending.adds.map((a) => a.body),
});
