// The registration details the case was opened with (spec 01 §3.7), as a read-only summary: Intake's work.
import { REGISTRATION_LABELS } from '../../../../domain/case-opening.ts';
import type { RegistrationInput } from '../../../../domain/schemas/case.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { defineWords, useWords } from '../../i18n/words.ts';
import { Empty, Facts } from '../../ui/layout.tsx';
import { factRows, labelOf } from './codes.ts';
import type { SectionProps } from './section.ts';
import { CASE_WORDS } from './words.ts';

const WORDS = defineWords({
  en: {
    title: 'Registration details',
    none: 'No registration details were recorded.',
    employmentStatus: 'Employment status',
    hours: 'Work hours per week',
    wage: 'Hourly wage',
    layoff: 'Expected layoff date',
    student: 'Student',
    language: 'Correspondence language',
    contact: 'Preferred contact method',
    ei: 'Employment Insurance in the last 36 months',
    claimType: 'Type of claim',
    claim60: 'Claim started in the last 60 months',
    entitled: 'Legally entitled to work in Canada',
    opened: 'Case opened',
  },
  fr: {
    title: "Détails de l'inscription",
    none: "Aucun détail d'inscription n'a été enregistré.",
    employmentStatus: "Situation d'emploi",
    hours: 'Heures de travail par semaine',
    wage: 'Salaire horaire',
    layoff: 'Date de mise à pied prévue',
    student: 'Aux études',
    language: 'Langue de correspondance',
    contact: 'Mode de communication préféré',
    ei: 'Assurance-emploi au cours des 36 derniers mois',
    claim60: 'Demande commencée au cours des 60 derniers mois',
    claimType: 'Type de demande',
    entitled: 'Légalement autorisé à travailler au Canada',
    opened: 'Dossier ouvert',
  },
});

export function RegistrationSummary({ c }: Pick<SectionProps, 'c'>) {
  const w = useWords(WORDS);
  const cw = useWords(CASE_WORDS);
  const { label, date, number } = useI18n();
  const r = c.registration as Partial<RegistrationInput> | null;
  const yesNo = (b: boolean | undefined) => (b === undefined ? null : b ? cw('yes') : cw('no'));
  return (
    <>
      <h3>{w('title')}</h3>
      {!r ? (
        <Empty>{w('none')}</Empty>
      ) : (
        <Facts
          items={factRows(
            [w('opened'), date(String(c.createdAt))],
            [w('employmentStatus'), label(labelOf(REGISTRATION_LABELS.employmentStatus, r.employmentStatus))],
            r.workHoursPerWeek !== undefined && [w('hours'), number(r.workHoursPerWeek)],
            r.hourlyWage !== undefined && [w('wage'), number(r.hourlyWage)],
            !!r.expectedLayoffDate && [w('layoff'), date(r.expectedLayoffDate)],
            [w('student'), yesNo(r.student)],
            [w('language'), label(labelOf(REGISTRATION_LABELS.correspondenceLanguage, r.correspondenceLanguage))],
            [w('contact'), label(labelOf(REGISTRATION_LABELS.preferredContactMethod, r.preferredContactMethod))],
            [w('ei'), yesNo(r.eiInLast36Months)],
            !!r.eiInLast36Months && [w('claimType'), label(labelOf(REGISTRATION_LABELS.eiClaimType, r.eiClaimType))],
            !!r.eiInLast36Months && [w('claim60'), yesNo(r.eiClaimStartedLast60Months)],
            [w('entitled'), yesNo(r.legallyEntitledToWork)],
          )}
        />
      )}
    </>
  );
}
