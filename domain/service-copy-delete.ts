// "Copy to New" and "Delete" on the enhanced service search (seed 001, line 1797; spec 02 A2). The seed names the two
// buttons and nothing more, so the rules follow from what it does say:
// - a copy is a new service with the original's description, format, reporting, type, audience, times, seats,
//   location and visibility, on the dates the coordinator gives; it starts Scheduled and empty, because participants
//   register for one service's sessions (seed 001, lines 1830-1836), not for its description;
// - a service may be deleted only while nobody was ever entered on it: every session recorded counts in the EAS
//   activity report (seed 001, line 2029; R-ES-11) and every entry that left is kept as its history (seed 001,
//   line 1832; R-ES-12). A service with entries is Cancelled or Completed instead.
import type { IsoDate } from './dates.ts';
import { violation, type Violation } from './refusals.ts';
import type { ServiceInput } from './schemas/services.ts';

/** The stored service a copy is made from, as the use case reads it. */
export interface ServiceOriginal {
  serviceFormat: string;
  accountabilityReporting: string;
  name: string;
  description: string;
  serviceType: string;
  primaryAudience?: string | null;
  startDate: IsoDate;
  endDate: IsoDate;
  startTime?: string | null;
  endTime?: string | null;
  minParticipants: number;
  maxParticipants: number;
  location: string;
  visibility: string;
  additionalDetails?: string | null;
}

/** The new service a copy makes: the original's details on the dates asked for (its own when none are). */
export function serviceCopy(s: ServiceOriginal, dates: { startDate?: IsoDate; endDate?: IsoDate }): ServiceInput {
  return {
    serviceFormat: s.serviceFormat as ServiceInput['serviceFormat'],
    accountabilityReporting: s.accountabilityReporting,
    name: s.name,
    description: s.description,
    serviceType: s.serviceType as ServiceInput['serviceType'],
    primaryAudience: s.primaryAudience ?? undefined,
    startDate: dates.startDate ?? s.startDate,
    endDate: dates.endDate ?? dates.startDate ?? s.endDate,
    startTime: s.startTime ?? undefined,
    endTime: s.endTime ?? undefined,
    minParticipants: s.minParticipants,
    maxParticipants: s.maxParticipants,
    location: s.location,
    visibility: s.visibility as ServiceInput['visibility'],
    additionalDetails: s.additionalDetails ?? undefined,
  };
}

/** R-ES-11, R-ES-12: a service with any entry, current or in its history, is kept; it can be cancelled instead. */
export function validateServiceDelete(entries: number): Violation[] {
  if (entries === 0) return [];
  const one = entries === 1;
  const en = one ? 'entry is recorded on it, and it counts' : 'entries are recorded on it, and they count';
  const fr = one
    ? 'inscription y est enregistrée, et elle compte'
    : 'inscriptions y sont enregistrées, et elles comptent';
  return [
    violation('R-ES-11', 'ERR_SERVICE_HAS_PARTICIPANTS', {
      en:
        `This enhanced service cannot be deleted: ${entries} participant ${en} in the EAS activity report. ` +
        'Change its status to Cancelled instead.',
      fr:
        `Ce service amélioré ne peut pas être supprimé : ${entries} ${fr} dans le rapport d'activités des SAE. ` +
        'Changez plutôt son statut à Annulé.',
    }),
  ];
}
