// R-NOTE-06: the Case Details Report: the case as its details screen shows it (seed 001, "L'écran sur les détails du
// cas": employment situation, correspondence language, preferred contact, EI details), its status history, and every
// note with who wrote it, when and where, in the reader's language.
import type { Lang } from '../../domain/case-model.ts';
import { REASON_LABELS, STATUS_LABELS } from '../../domain/case-model.ts';
import { REGISTRATION_LABELS, REPORTING_LABELS } from '../../domain/case-opening.ts';
import { businessDate, formatLongDate } from '../../domain/dates.ts';
import { REGISTRATION_FIELD_LABELS } from '../../domain/registration.ts';
import { NOTE_CONTEXT_LABELS } from '../../domain/notes.ts';
import type { RegistrationInput } from '../../domain/schemas/case.ts';
import type { AppContext } from '../context.ts';
import { caseDetails, loadCase } from '../cases/queries.ts';
import { formatDateTime, labelIn, type Report } from './report.ts';

const WORDS = {
  en: {
    title: 'Case Details Report',
    file: 'case-details-report',
    case: 'Case',
    caseId: 'Case ID',
    program: 'Program',
    status: 'Status',
    since: 'Since',
    opened: 'Opened',
    organisation: 'Managed by',
    caseManager: 'Case manager',
    reporting: 'Accountability reporting',
    client: 'Client',
    name: 'Name',
    dateOfBirth: 'Date of birth',
    registration: 'Case details',
    none: 'None recorded',
    history: 'Status history',
    start: 'Start',
    end: 'End',
    reason: 'Reason',
    noHistory: 'No status change yet.',
    notes: 'Notes',
    written: 'Written',
    author: 'Author',
    where: 'Where',
    note: 'Note',
    noNotes: 'No notes.',
    system: 'Pathway',
    yes: 'Yes',
    no: 'No',
  },
  fr: {
    title: 'Rapport sur les détails du cas',
    file: 'rapport-details-du-cas',
    case: 'Cas',
    caseId: 'Numéro du cas',
    program: 'Programme',
    status: 'État',
    since: 'Depuis',
    opened: 'Ouvert le',
    organisation: 'Géré par',
    caseManager: 'Gestionnaire de cas',
    reporting: 'Rapport de responsabilisation',
    client: 'Client',
    name: 'Nom',
    dateOfBirth: 'Date de naissance',
    registration: 'Détails du cas',
    none: 'Aucun renseignement',
    history: "Historique de l'état",
    start: 'Début',
    end: 'Fin',
    reason: 'Raison',
    noHistory: "Aucun changement d'état pour l'instant.",
    notes: 'Notes',
    written: 'Écrite le',
    author: 'Auteur',
    where: 'Lieu',
    note: 'Note',
    noNotes: 'Aucune note.',
    system: 'Pathway',
    yes: 'Oui',
    no: 'Non',
  },
} satisfies Record<Lang, Record<string, string>>;

export async function caseDetailsReport(ctx: AppContext, caseId: number, lang: Lang): Promise<Report> {
  const c = await caseDetails(ctx.em, await loadCase(ctx.em, ctx.user, caseId));
  const w = WORDS[lang];
  const label = labelIn(lang);
  const day = (d: string | null | undefined) => (d ? formatLongDate(String(d).slice(0, 10), lang) : '');
  const yesNo = (b: boolean | undefined) => (b === undefined ? '' : b ? w.yes : w.no);
  const field = (name: keyof RegistrationInput) => REGISTRATION_FIELD_LABELS[name][lang];
  const r = c.registration as Partial<RegistrationInput> | null;
  const registration: [string, string][] = r
    ? (
        [
          [field('employmentStatus'), label(REGISTRATION_LABELS.employmentStatus, r.employmentStatus)],
          [field('workHoursPerWeek'), r.workHoursPerWeek === undefined ? '' : String(r.workHoursPerWeek)],
          [field('hourlyWage'), r.hourlyWage === undefined ? '' : String(r.hourlyWage)],
          [field('expectedLayoffDate'), day(r.expectedLayoffDate)],
          [field('student'), yesNo(r.student)],
          [
            field('correspondenceLanguage'),
            label(REGISTRATION_LABELS.correspondenceLanguage, r.correspondenceLanguage),
          ],
          [
            field('preferredContactMethod'),
            label(REGISTRATION_LABELS.preferredContactMethod, r.preferredContactMethod),
          ],
          [field('eiInLast36Months'), yesNo(r.eiInLast36Months)],
          [field('eiClaimType'), label(REGISTRATION_LABELS.eiClaimType, r.eiClaimType)],
          [field('eiClaimStartedLast60Months'), yesNo(r.eiClaimStartedLast60Months)],
          [field('legallyEntitledToWork'), yesNo(r.legallyEntitledToWork)],
        ] as [string, string][]
      ).filter(([, v]) => v !== '')
    : [[w.registration, w.none]];
  return {
    lang,
    title: `${w.title} – ${w.case} ${c.id}`,
    fileStem: `${w.file}-${c.id}`,
    sections: [
      {
        heading: w.case,
        facts: [
          [w.caseId, String(c.id)],
          [w.program, c.program],
          [w.status, label(STATUS_LABELS, c.status)],
          [w.since, day(c.statusSince)],
          [w.opened, day(businessDate(c.createdAt))],
          [w.organisation, ctx.user.organisationName],
          [w.caseManager, c.caseManager.name],
          [w.reporting, label(REPORTING_LABELS, c.accountabilityReporting)],
        ],
      },
      {
        heading: w.client,
        facts: [
          [w.name, c.individual.name],
          [w.dateOfBirth, day(c.individual.dateOfBirth)],
        ],
      },
      { heading: w.registration, facts: registration },
      {
        heading: w.history,
        columns: [w.status, w.start, w.end, w.reason],
        rows: c.statusHistory.map((h) => [
          label(STATUS_LABELS, h.status),
          day(h.startDate),
          day(h.endDate),
          label(REASON_LABELS, h.reason),
        ]),
        empty: w.noHistory,
      },
      {
        heading: w.notes,
        columns: [w.written, w.author, w.where, w.note],
        rows: c.notes.map((n) => [
          formatDateTime(new Date(n.createdAt), lang),
          n.authorName ?? w.system,
          label(NOTE_CONTEXT_LABELS, n.context),
          n.text,
        ]),
        empty: w.noNotes,
      },
    ],
  };
}
