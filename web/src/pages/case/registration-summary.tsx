// The registration details the case was opened with (spec 01 §3.7), as a read-only summary: Intake's work.
import { REGISTRATION_LABELS } from '../../../../domain/case-opening.ts';
import { REGISTRATION_FIELD_LABELS } from '../../../../domain/registration.ts';
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
    opened: 'Case opened',
  },
  fr: {
    title: "Détails de l'inscription",
    none: "Aucun détail d'inscription n'a été enregistré.",
    opened: 'Cas ouvert',
  },
});

export function RegistrationSummary({ c }: Pick<SectionProps, 'c'>) {
  const w = useWords(WORDS);
  const cw = useWords(CASE_WORDS);
  const { label, date, number } = useI18n();
  const r = c.registration as Partial<RegistrationInput> | null;
  const field = (name: keyof RegistrationInput) => label(REGISTRATION_FIELD_LABELS[name]);
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
            [field('employmentStatus'), label(labelOf(REGISTRATION_LABELS.employmentStatus, r.employmentStatus))],
            r.workHoursPerWeek !== undefined && [field('workHoursPerWeek'), number(r.workHoursPerWeek)],
            r.hourlyWage !== undefined && [field('hourlyWage'), number(r.hourlyWage)],
            !!r.expectedLayoffDate && [field('expectedLayoffDate'), date(r.expectedLayoffDate)],
            [field('student'), yesNo(r.student)],
            [
              field('correspondenceLanguage'),
              label(labelOf(REGISTRATION_LABELS.correspondenceLanguage, r.correspondenceLanguage)),
            ],
            [
              field('preferredContactMethod'),
              label(labelOf(REGISTRATION_LABELS.preferredContactMethod, r.preferredContactMethod)),
            ],
            [field('eiInLast36Months'), yesNo(r.eiInLast36Months)],
            !!r.eiInLast36Months && [
              field('eiClaimType'),
              label(labelOf(REGISTRATION_LABELS.eiClaimType, r.eiClaimType)),
            ],
            !!r.eiInLast36Months && [field('eiClaimStartedLast60Months'), yesNo(r.eiClaimStartedLast60Months)],
            [field('legallyEntitledToWork'), yesNo(r.legallyEntitledToWork)],
          )}
        />
      )}
    </>
  );
}
