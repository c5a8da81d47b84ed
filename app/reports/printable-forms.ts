// R-ASM-13: the intake and assessment forms an organisation's administrator prints for clients to fill in on paper,
// following its configuration (R-ASM-01): its offices on the intake form; its Additional Case Information modules
// and questions, in their order and marked when required, on the assessment form (seed 001: "personnalisé pour les
// besoins de votre organisme", with education, employment history and other skills, "Form generated: <date>").
import { OfficeLocation } from '../../db/entities.ts';
import { INFO_MODULES, type InfoQuestion } from '../../domain/additional-info.ts';
import type { Lang } from '../../domain/case-model.ts';
import { REGISTRATION_LABELS } from '../../domain/case-opening.ts';
import { businessDate } from '../../domain/dates.ts';
import { REGISTRATION_FIELD_LABELS } from '../../domain/registration.ts';
import type { AppContext } from '../context.ts';
import { configuredModules } from '../additional-info/modules.ts';
import { colonIn, formatDateTime, type Report, type ReportSection } from './report.ts';

export const PRINTABLE_FORMS = ['intake', 'assessment'] as const;
export type PrintableForm = (typeof PRINTABLE_FORMS)[number];

const BLANK = '____________________________';
const ROWS = 3;

const WORDS = {
  en: {
    intake: 'Intake Form',
    assessment: 'Assessment Information Form',
    intakeFile: 'intake-form',
    assessmentFile: 'assessment-form',
    generated: 'Form generated',
    organisation: 'Organisation',
    identification: 'Identification information',
    lastName: 'Last name',
    firstName: 'First name',
    middleInitial: 'Middle initial',
    sin: 'Social insurance number',
    dateOfBirth: 'Date of birth',
    gender: 'Gender',
    address: 'Address',
    city: 'City, province, postal code',
    phone: 'Telephone',
    email: 'Email',
    office: 'Office',
    registration: 'Registration details',
    yes: 'Yes',
    no: 'No',
    education: 'Education history',
    grade12: 'Grade 12 diploma or GED',
    yearAttained: 'Year attained',
    highest: 'Highest level of post-secondary education completed',
    program: 'Program or course',
    school: 'School or training institute',
    start: 'Start date',
    end: 'End date',
    status: 'Completed / Incomplete / In progress',
    employment: 'Employment history (at least the last 5 years)',
    employer: 'Employer',
    jobTitle: 'Job title',
    skills: 'Other skills and knowledge',
    skillType: 'Type',
    skillDescription: 'Description',
    required: '(required)',
    noModules: 'The organisation collects no additional case information.',
  },
  fr: {
    intake: "Formulaire d'accueil",
    assessment: "Formulaire d'évaluation",
    intakeFile: 'formulaire-accueil',
    assessmentFile: 'formulaire-evaluation',
    generated: 'Formulaire produit le',
    organisation: 'Organisme',
    identification: "Renseignements d'identification",
    lastName: 'Nom',
    firstName: 'Prénom',
    middleInitial: 'Initiale',
    sin: "Numéro d'assurance sociale",
    dateOfBirth: 'Date de naissance',
    gender: 'Sexe',
    address: 'Adresse',
    city: 'Ville, province, code postal',
    phone: 'Téléphone',
    email: 'Courriel',
    office: 'Bureau',
    registration: "Détails de l'inscription",
    yes: 'Oui',
    no: 'Non',
    education: 'Historique des études',
    grade12: 'Diplôme de 12e année ou équivalence (GED)',
    yearAttained: 'Année d’obtention',
    highest: 'Plus haut niveau d’études postsecondaires terminé',
    program: 'Programme ou cours',
    school: 'École ou établissement de formation',
    start: 'Date de début',
    end: 'Date de fin',
    status: 'Terminé / Non terminé / En cours',
    employment: 'Antécédents professionnels (au moins les 5 dernières années)',
    employer: 'Employeur',
    jobTitle: 'Titre du poste',
    skills: 'Autres compétences et connaissances',
    skillType: 'Type',
    skillDescription: 'Description',
    required: '(obligatoire)',
    noModules: "L'organisme ne recueille aucun autre renseignement sur le cas.",
  },
} satisfies Record<Lang, Record<string, string>>;

/** A choice on paper: a box to tick before each option. */
const boxes = (options: string[]) => options.map((o) => `[ ] ${o}`).join(' ');

function questionLine(q: InfoQuestion, w: (typeof WORDS)[Lang]): [string, string] {
  const text = q.required ? `${q.text} *` : q.text;
  if (q.answerType === 'CHECKBOX') return [text, boxes([w.yes, w.no])];
  if (q.answerType === 'FREE_TEXT') return [text, BLANK];
  return [text, boxes(q.options)];
}

/** A table of empty rows to write in. */
const blankTable = (heading: string, columns: string[]): ReportSection => ({
  heading,
  columns,
  rows: Array.from({ length: ROWS }, () => columns.map(() => '________')),
  empty: '',
});

export async function printableForm(ctx: AppContext, form: PrintableForm, lang: Lang): Promise<Report> {
  const w = WORDS[lang];
  const now = new Date();
  const generated = formatDateTime(now, lang);
  const year = `${w.yearAttained}${colonIn(lang)}______`;
  const header: ReportSection = {
    heading: w.organisation,
    facts: [
      [w.organisation, ctx.user.organisationName],
      [w.generated, generated],
    ],
  };
  const identity: [string, string][] = [
    [w.lastName, BLANK],
    [w.firstName, BLANK],
    [w.middleInitial, '____'],
    [w.sin, BLANK],
    [w.dateOfBirth, BLANK],
  ];
  const base = { lang, fileStem: `${form === 'intake' ? w.intakeFile : w.assessmentFile}-${businessDate(now)}` };
  if (form === 'intake') {
    const offices = await ctx.em.find(
      OfficeLocation,
      { organisationId: ctx.user.organisationId, active: true },
      { orderBy: { name: 'asc' } },
    );
    const choices = (table: Record<string, { en: string; fr: string }>) =>
      boxes(Object.values(table).map((l) => l[lang]));
    const field = (name: keyof typeof REGISTRATION_FIELD_LABELS) => REGISTRATION_FIELD_LABELS[name][lang];
    const yesNo = boxes([w.yes, w.no]);
    return {
      ...base,
      title: w.intake,
      sections: [
        header,
        {
          heading: w.identification,
          facts: [
            ...identity,
            [w.gender, BLANK],
            [w.address, BLANK],
            [w.city, BLANK],
            [w.phone, BLANK],
            [w.email, BLANK],
          ],
        },
        {
          heading: w.registration,
          facts: [
            [w.office, boxes(offices.map((o) => o.name))],
            [field('employmentStatus'), choices(REGISTRATION_LABELS.employmentStatus)],
            [field('workHoursPerWeek'), '______'],
            [field('hourlyWage'), '______'],
            [field('expectedLayoffDate'), BLANK],
            [field('student'), yesNo],
            [field('correspondenceLanguage'), choices(REGISTRATION_LABELS.correspondenceLanguage)],
            [field('preferredContactMethod'), choices(REGISTRATION_LABELS.preferredContactMethod)],
            [field('eiInLast36Months'), yesNo],
            [field('eiClaimType'), choices(REGISTRATION_LABELS.eiClaimType)],
            [field('eiClaimStartedLast60Months'), yesNo],
            [field('legallyEntitledToWork'), yesNo],
          ],
        },
      ],
    };
  }
  const modules = await configuredModules(ctx.em, ctx.user.organisationId);
  const moduleSections: ReportSection[] = modules
    .filter((m) => m.questions.length)
    .map((m) => ({
      heading: m.required ? `${INFO_MODULES[m.moduleCode][lang]} ${w.required}` : INFO_MODULES[m.moduleCode][lang],
      facts: m.questions.map((q) => questionLine(q, w)),
    }));
  return {
    ...base,
    title: w.assessment,
    sections: [
      header,
      { heading: w.identification, facts: identity },
      {
        heading: w.education,
        facts: [
          [w.grade12, `${boxes([w.yes, w.no])}, ${year}`],
          [w.highest, `${BLANK}, ${year}`],
        ],
      },
      blankTable(w.education, [w.program, w.school, w.start, w.end, w.status]),
      blankTable(w.employment, [w.employer, w.jobTitle, w.start, w.end]),
      blankTable(w.skills, [w.skillType, w.skillDescription]),
      ...(moduleSections.length ? moduleSections : [{ heading: w.noModules, facts: [] }]),
    ],
  };
}
