// Enhanced services, their participants, pre-registration and waitlists (spec 02 §4.A, R-ES, R-WL).
// Pure rules: the use cases (app/services/) read the service and its entries under a row lock, ask these functions what
// to do, then write exactly that, so a refused action writes nothing and seats are counted under the lock.
import type { CaseStatus, Label } from './case-model.ts';
import type { IsoDate } from './dates.ts';
import { INTERVENTION_TYPES } from './reference.ts';
import { violation, type Bilingual, type Violation } from './refusals.ts';
import { type NewParticipantInput, type ServiceChangeInput, type ServiceInput } from './schemas/services.ts';

export type ServiceFormat = 'GROUP' | 'INDIVIDUAL';
export type ServiceStatus = 'SCHEDULED' | 'COMPLETED' | 'CANCELLED';
export const ACTIVE_PARTICIPANT_STATUSES = ['PRE_REGISTERED', 'REGISTERED', 'WAITLISTED'] as const;
/** the final statuses a group entry leaves the active list with; individual sessions are Completed or not. */
export const HISTORY_STATUSES = ['NO_SHOW', 'RESCHEDULED', 'CANCELLED', 'REMOVED'] as const;
export const SESSION_STATUSES = ['COMPLETED', 'NOT_COMPLETED'] as const;
export type ParticipantStatus =
  (typeof ACTIVE_PARTICIPANT_STATUSES)[number] | (typeof HISTORY_STATUSES)[number] | (typeof SESSION_STATUSES)[number];

/** What each participant status is called on the screen, in both languages. */
export const PARTICIPANT_STATUSES: Record<ParticipantStatus, Label> = {
  PRE_REGISTERED: { en: 'Pre-registered', fr: 'Préinscrit' },
  REGISTERED: { en: 'Registered', fr: 'Inscrit' },
  WAITLISTED: { en: 'Waitlisted', fr: 'En attente' },
  NO_SHOW: { en: 'No-show', fr: 'Absent' },
  RESCHEDULED: { en: 'Rescheduled', fr: 'Reporté' },
  CANCELLED: { en: 'Cancelled', fr: 'Annulé' },
  REMOVED: { en: 'Removed', fr: 'Retiré' },
  COMPLETED: { en: 'Completed', fr: 'Terminé' },
  NOT_COMPLETED: { en: 'Not Completed', fr: 'Non terminé' },
};

/** The English names the rules' messages use. */
export const PARTICIPANT_STATUS_LABELS = Object.fromEntries(
  Object.entries(PARTICIPANT_STATUSES).map(([k, l]) => [k, l.en]),
) as Record<ParticipantStatus, string>;

export const SERVICE_STATUSES: Record<ServiceStatus, Label> = {
  SCHEDULED: { en: 'Scheduled', fr: 'Prévu' },
  COMPLETED: { en: 'Completed', fr: 'Complet' },
  CANCELLED: { en: 'Cancelled', fr: 'Annulé' },
};

export const SERVICE_FORMATS: Record<ServiceFormat, Label> = {
  GROUP: { en: 'Group', fr: 'Groupe' },
  INDIVIDUAL: { en: 'Individual', fr: 'Individuel' },
};

/** Public services are listed to other organisations with their schedule (R-ES-02). */
export const SERVICE_VISIBILITIES: Record<'PUBLIC' | 'PRIVATE', Label> = {
  PUBLIC: { en: 'Public', fr: 'Public' },
  PRIVATE: { en: 'Private', fr: 'Privé' },
};

const PARTICIPANT_STATUS_LABELS_FR: Record<ParticipantStatus, string> = {
  PRE_REGISTERED: 'Préinscrit',
  REGISTERED: 'Inscrit',
  WAITLISTED: 'En attente',
  NO_SHOW: 'Absent',
  RESCHEDULED: 'Reporté',
  CANCELLED: 'Annulé',
  REMOVED: 'Retiré',
  COMPLETED: 'Terminé',
  NOT_COMPLETED: 'Non terminé',
};

export interface ServiceFacts {
  id: number;
  serviceFormat: ServiceFormat;
  serviceType: string;
  status: ServiceStatus;
  startDate: IsoDate;
  endDate: IsoDate;
  minParticipants: number;
  maxParticipants: number;
  lastWaitlistNumber: number;
}

export interface EntryFacts {
  id: number;
  caseId: number | null;
  individualId: number | null;
  status: ParticipantStatus;
  waitlistNumber: number | null;
}

/** The participant's case as the rules need it: status and the intervention types of its plan. */
export interface CaseFacts {
  caseId: number;
  individualId: number;
  status: CaseStatus;
  interventionTypes: string[];
}

const isActive = (e: EntryFacts) => (ACTIVE_PARTICIPANT_STATUSES as readonly string[]).includes(e.status);

/** R-WL-01 / Q-04: Registered and Pre-registered entries hold a seat; Waitlisted and history do not. */
export const enrolledCount = (entries: EntryFacts[]) =>
  entries.filter((e) => e.status === 'REGISTERED' || e.status === 'PRE_REGISTERED').length;
export const waitlisted = (entries: EntryFacts[]) => entries.filter((e) => e.status === 'WAITLISTED');

/** R-WL-09: below the minimum is a flag on the summary, never a refusal. */
export function serviceSummary(s: ServiceFacts, entries: EntryFacts[]) {
  const enrolled = enrolledCount(entries);
  return {
    enrolled,
    minimum: s.minParticipants,
    maximum: s.maxParticipants,
    full: s.serviceFormat === 'GROUP' && enrolled >= s.maxParticipants,
    belowMinimum: s.serviceFormat === 'GROUP' && enrolled < s.minParticipants,
    waitlisted: waitlisted(entries).length,
  };
}

/** A2: what a service needs to be saved. */
export function validateService(input: ServiceInput): Violation[] {
  const v: Violation[] = [];
  if (input.endDate < input.startDate) {
    v.push(
      violation(
        'R-ES-01',
        'ERR_DATE_ORDER',
        {
          en: `The end date (${input.endDate}) cannot be before the start date (${input.startDate}).`,
          fr: `La date de fin (${input.endDate}) ne peut pas être antérieure à la date de début (${input.startDate}).`,
        },
        { field: 'endDate' },
      ),
    );
  }
  if (input.serviceFormat === 'GROUP' && input.maxParticipants < input.minParticipants) {
    v.push(
      violation(
        'R-ES-01',
        'ERR_CAPACITY',
        {
          en:
            `The maximum number of participants (${input.maxParticipants}) cannot be below the minimum ` +
            `(${input.minParticipants}).`,
          fr:
            `Le nombre maximal de participants (${input.maxParticipants}) ne peut pas être inférieur au minimum ` +
            `(${input.minParticipants}).`,
        },
        { field: 'maxParticipants' },
      ),
    );
  }
  return v;
}

/** A change to a scheduled service: R-WL-08, a smaller room never drops below the seats already taken; R-ES-01, nor
 * below the minimum. */
export function validateServiceChange(
  s: ServiceFacts,
  entries: EntryFacts[],
  change: Pick<ServiceChangeInput, 'maxParticipants'>,
): Violation[] {
  if (change.maxParticipants === undefined) return [];
  const taken = enrolledCount(entries);
  if (change.maxParticipants < taken)
    return [
      violation(
        'R-WL-08',
        'ERR_CAPACITY',
        {
          en: `${taken} seats are taken: the maximum cannot go below that.`,
          fr: `${taken} places sont prises : le maximum ne peut pas être inférieur à ce nombre.`,
        },
        {
          field: 'maxParticipants',
        },
      ),
    ];
  if (change.maxParticipants < s.minParticipants)
    return [
      violation(
        'R-ES-01',
        'ERR_CAPACITY',
        {
          en: `The maximum cannot be below the minimum (${s.minParticipants}).`,
          fr: `Le maximum ne peut pas être inférieur au minimum (${s.minParticipants}).`,
        },
        {
          field: 'maxParticipants',
        },
      ),
    ];
  return [];
}

export const CONFIRM_PREREGISTER = {
  en: 'No person matches the search criteria. Do you want to add a person with Pre-registered status?',
  fr: 'Personne ne répond aux paramètres de recherche. Voulez-vous ajouter une personne avec le statut Préinscrit?',
};
export const CONFIRM_WAITLIST = {
  en:
    'The maximum number of participants for this enhanced service has been reached. Do you want to add this ' +
    'person to the waitlist?',
  fr:
    'Le nombre maximal de participants à ce service amélioré est atteint. Voulez-vous ajouter cette ' +
    "personne à la liste d'attente?",
};
export const INFO_SEAT_AVAILABLE = {
  en:
    'The number of participants registered is now below the maximum allowed. There are participants with a ' +
    'Waitlisted status you may want to change to Registered.',
  fr:
    'Le nombre de participants inscrits est maintenant sous le maximum permis. Des participants ont le ' +
    'statut « En attente »; vous pourriez vouloir le changer pour « Inscrit ».',
};

/** What an accepted add writes: the new entry's status and waitlist number, and the service's new counter. */
export interface AddDecision {
  status: ParticipantStatus;
  waitlistNumber: number | null;
  lastWaitlistNumber: number;
}

const serviceClosed = (s: ServiceFacts): Violation[] =>
  s.status === 'COMPLETED' || s.status === 'CANCELLED'
    ? [
        violation('R-ES-04', 'ERR_SERVICE_CLOSED', {
          en:
            `This enhanced service is ${s.status === 'COMPLETED' ? 'Completed' : 'Cancelled'}: participants ` +
            `can no longer be added or changed.`,
          fr:
            `Ce service amélioré est ${s.status === 'COMPLETED' ? 'terminé' : 'annulé'} : des participants ` +
            `ne peuvent plus y être ajoutés ni modifiés.`,
        }),
      ]
    : [];

/** R-ES-07: a group service over more than one day needs a signed plan that names this type of service. */
function multiDayViolation(s: ServiceFacts, c: CaseFacts): Violation[] {
  if (s.serviceFormat !== 'GROUP' || s.startDate === s.endDate) return [];
  const signed = c.status === 'RTWAP_MGMT' || c.status === 'FOLLOW_UP';
  if (signed && c.interventionTypes.includes(s.serviceType)) return [];
  const label = INTERVENTION_TYPES[s.serviceType as keyof typeof INTERVENTION_TYPES]?.en ?? s.serviceType;
  return [
    violation('R-ES-07', 'ERR_MULTIDAY_REQUIRES_RTWAP', {
      en:
        `This workshop lasts more than one day: it is open only to clients whose signed action plan (RTWAP ` +
        `Mgmt) contains a ${label} intervention.`,
      fr:
        `Cet atelier dure plus d'une journée : il est offert ` +
        `seulement aux clients dont le plan d'action signé (RTWAP ` +
        `Mgmt) comprend une intervention « ` +
        `${INTERVENTION_TYPES[s.serviceType as keyof typeof INTERVENTION_TYPES]?.fr ?? s.serviceType} ».`,
    }),
  ];
}

/**
 * Adding a person to a service (A4-A6, A10). `caseFacts` is the person's open case, or null when the person
 * has none (pre-registration). Returns violations, a confirmation to ask (code CONFIRM_*), or the decision.
 */
export function decideAddParticipant(
  s: ServiceFacts,
  entries: EntryFacts[],
  input: NewParticipantInput,
  caseFacts: CaseFacts | null,
): { violations: Violation[] } | { decision: AddDecision } {
  const closed = serviceClosed(s);
  if (closed.length) return { violations: closed };
  const preRegistration = !input.caseId;
  if (s.serviceFormat === 'INDIVIDUAL') {
    // R-ES-08: one row per meeting, with its date and whether it was completed; no seats, no waitlist.
    const v: Violation[] = [];
    if (preRegistration)
      v.push(
        violation(
          'R-ES-08',
          'ERR_CASE_REQUIRED',
          {
            en: 'An individual session is recorded for a client with an open case: give the case ID.',
            fr:
              'Une séance individuelle est enregistrée pour un client dont le cas est ouvert : donnez le numéro du ' +
              'cas.',
          },
          { field: 'caseId' },
        ),
      );
    if (!input.sessionDate)
      v.push(
        violation(
          'R-ES-08',
          'ERR_SESSION_DATE',
          {
            en: 'Enter the date the meeting with the client took place.',
            fr: 'Entrez la date à laquelle la rencontre avec le client a eu lieu.',
          },
          {
            field: 'sessionDate',
          },
        ),
      );
    if (!caseFacts && !preRegistration)
      v.push(
        violation('R-ES-05', 'ERR_NO_OPEN_CASE', {
          en: 'This person has no open case: only a person with an open case can be a participant.',
          fr: "Cette personne n'a pas de cas ouvert : seule une personne ayant un cas ouvert peut être participante.",
        }),
      );
    if (v.length) return { violations: v };
    return {
      decision: {
        status: input.sessionStatus ?? 'COMPLETED',
        waitlistNumber: null,
        lastWaitlistNumber: s.lastWaitlistNumber,
      },
    };
  }
  if (preRegistration) {
    // R-WL-02: without a person record or case, only as Pre-registered, once the user confirmed it.
    if (!input.preRegistration) {
      return {
        violations: [
          violation(
            'R-WL-02',
            'ERR_NAMES_REQUIRED',
            {
              en: 'Give a case ID, or the first and last name of the person to pre-register.',
              fr: 'Donnez un numéro de cas, ou le prénom et le nom de famille de la personne à préinscrire.',
            },
            { field: 'preRegistration' },
          ),
        ],
      };
    }
    if (!input.confirmPreRegister)
      return { violations: [violation('R-WL-02', 'CONFIRM_PREREGISTER', CONFIRM_PREREGISTER, { kind: 'question' })] };
  } else {
    if (!caseFacts)
      return {
        violations: [
          violation('R-ES-05', 'ERR_NO_OPEN_CASE', {
            en:
              'This person has no open case: only a person with an open case can be registered (or pre-register ' +
              'them).',
            fr:
              "Cette personne n'a pas de cas ouvert : seule une personne ayant un cas ouvert peut être inscrite " +
              '(ou préinscrivez-la).',
          }),
        ],
      };
    // R-ES-06: one active entry per person and service.
    if (entries.some((e) => isActive(e) && e.individualId === caseFacts.individualId)) {
      return {
        violations: [
          violation('R-ES-06', 'ERR_PARTICIPANT_DUPLICATE', {
            en: 'This person is already a participant in this enhanced service.',
            fr: 'Cette personne participe déjà à ce service amélioré.',
          }),
        ],
      };
    }
    const multiDay = multiDayViolation(s, caseFacts);
    if (multiDay.length) return { violations: multiDay };
  }
  if (enrolledCount(entries) >= s.maxParticipants) {
    // R-WL-04: a full service is not a refusal; the entry goes on the waitlist once the user agrees.
    if (!input.confirmWaitlist)
      return { violations: [violation('R-WL-04', 'CONFIRM_WAITLIST', CONFIRM_WAITLIST, { kind: 'question' })] };
    const next = s.lastWaitlistNumber + 1; // R-WL-05: in order of addition, never reused
    return { decision: { status: 'WAITLISTED', waitlistNumber: next, lastWaitlistNumber: next } };
  }
  return {
    decision: {
      status: preRegistration ? 'PRE_REGISTERED' : 'REGISTERED',
      waitlistNumber: null,
      lastWaitlistNumber: s.lastWaitlistNumber,
    },
  };
}

/** The statuses an entry can move to from the participants page (SM-3). */
export function allowedNextStatuses(s: ServiceFacts, entries: EntryFacts[], e: EntryFacts): ParticipantStatus[] {
  if (s.serviceFormat === 'INDIVIDUAL')
    return e.status === 'COMPLETED'
      ? ['NOT_COMPLETED', 'REMOVED']
      : e.status === 'NOT_COMPLETED'
        ? ['COMPLETED', 'REMOVED']
        : [];
  const seatFree = enrolledCount(entries) < s.maxParticipants;
  switch (e.status) {
    case 'PRE_REGISTERED':
      return ['REGISTERED', 'REMOVED'];
    case 'REGISTERED':
      return ['NO_SHOW', 'RESCHEDULED', 'CANCELLED', 'REMOVED'];
    case 'WAITLISTED':
      // R-WL-07: Registered is offered only while a seat is free.
      return seatFree ? ['REGISTERED', 'CANCELLED', 'REMOVED'] : ['CANCELLED', 'REMOVED'];
    default:
      return [];
  }
}

/**
 * A status change (A7-A9): `caseFacts` is the case being linked when a pre-registered entry is registered.
 * R-WL-03, R-WL-06/07, R-ES-12 (removal is confirmed and kept as history).
 */
export function validateStatusChange(
  s: ServiceFacts,
  entries: EntryFacts[],
  e: EntryFacts,
  to: ParticipantStatus,
  opts: { confirmed?: boolean; caseFacts?: CaseFacts | null },
): Violation[] {
  const closed = serviceClosed(s);
  if (closed.length) return closed;
  if (e.status === to) return [];
  if (e.status === 'PRE_REGISTERED' && to === 'REGISTERED') {
    if (!opts.caseFacts) {
      return [
        violation(
          'R-WL-03',
          'ERR_NO_OPEN_CASE',
          {
            en:
              'A pre-registered participant can be registered only once linked to a person with an open case: ' +
              'give the case ID.',
            fr:
              "Un participant préinscrit ne peut être inscrit qu'une fois lié à une personne ayant un cas ouvert : " +
              'donnez le numéro du cas.',
          },
          { field: 'caseId' },
        ),
      ];
    }
    const other = entries.find(
      (x) =>
        x.id !== e.id &&
        isActive(x) &&
        x.individualId === opts.caseFacts!.individualId &&
        x.status !== 'PRE_REGISTERED',
    );
    if (other)
      return [
        violation('R-ES-06', 'ERR_PARTICIPANT_DUPLICATE', {
          en: 'This person is already a participant in this enhanced service.',
          fr: 'Cette personne participe déjà à ce service amélioré.',
        }),
      ];
    return multiDayViolation(s, opts.caseFacts);
  }
  const allowed = allowedNextStatuses(s, entries, e);
  if (!allowed.includes(to)) {
    if (e.status === 'WAITLISTED' && to === 'REGISTERED') {
      return [
        violation(
          'R-WL-07',
          'ERR_NO_SEAT',
          {
            en:
              `Every seat is taken (${s.maxParticipants} of ${s.maxParticipants}): a waitlisted participant ` +
              `can be registered once a seat is free.`,
            fr:
              `Toutes les places sont prises (${s.maxParticipants} ` +
              `sur ${s.maxParticipants}) : un participant en attente ` +
              `peut être inscrit dès qu'une place se libère.`,
          },
          { field: 'status' },
        ),
      ];
    }
    return [
      violation(
        'R-ES-12',
        'ERR_TRANSITION',
        {
          en: `A ${PARTICIPANT_STATUS_LABELS[e.status]} participant cannot become ${PARTICIPANT_STATUS_LABELS[to]}.`,
          fr:
            `Un participant au statut « ${PARTICIPANT_STATUS_LABELS_FR[e.status]} » ` +
            `ne peut pas passer au statut « ${PARTICIPANT_STATUS_LABELS_FR[to]} ».`,
        },
        { field: 'status' },
      ),
    ];
  }
  if (to === 'REMOVED' && !opts.confirmed)
    return [
      violation(
        'R-ES-12',
        'CONFIRM_REMOVE_PARTICIPANT',
        { en: 'Are you sure you want to remove this participant?', fr: 'Voulez-vous vraiment retirer ce participant?' },
        {
          kind: 'question',
        },
      ),
    ];
  return [];
}

/** R-WL-06: after a change, whether to tell the user that a seat is free for a waitlisted participant. */
export function seatAvailableMessage(s: ServiceFacts, before: EntryFacts[], after: EntryFacts[]): Bilingual | null {
  if (s.serviceFormat !== 'GROUP') return null;
  const freed = enrolledCount(before) >= s.maxParticipants && enrolledCount(after) < s.maxParticipants;
  return freed && waitlisted(after).length > 0 ? INFO_SEAT_AVAILABLE : null;
}

/** T-12 / Q-07: when a service is Completed or Cancelled, its waitlist moves to history as Cancelled. */
export function entriesToCancelOnClose(to: ServiceStatus, entries: EntryFacts[]): number[] {
  return to === 'SCHEDULED' ? [] : waitlisted(entries).map((e) => e.id);
}

/** R-ES-09: a search by case ID or SIN that finds exactly one person adds that person at once. */
export const addsDirectly = (criteria: { caseId?: number; sin?: string }, matches: number) =>
  (criteria.caseId !== undefined || !!criteria.sin) && matches === 1;

/** only the owning organisation's users change participants; others see Public services only (R-ES-02). */
export function validateServiceAccess(
  serviceOrg: number,
  visibility: string,
  userOrg: number,
  change: boolean,
): Violation[] {
  if (serviceOrg === userOrg) return [];
  if (visibility === 'PUBLIC' && !change) return [];
  return [
    violation('R-ES-02', 'ERR_NOT_FOUND', {
      en: 'This enhanced service was not found.',
      fr: 'Ce service amélioré est introuvable.',
    }),
  ];
}

/** "Start an intervention from a service" (spec 02 §4.A, a rule the spec gives no ID, named here for the action): only
 * a Registered participant with a case gets the service in their plan. */
export function validateInterventionFromService(e: Pick<EntryFacts, 'caseId' | 'status'>): Violation[] {
  return e.caseId && e.status === 'REGISTERED'
    ? []
    : [
        violation('ES-START-INTERVENTION', 'RULE_VIOLATION', {
          en: 'Only a Registered participant with a case can have an intervention started from this service.',
          fr: 'Seul un participant inscrit ayant un cas peut avoir une intervention commencée à partir de ce service.',
        }),
      ];
}
