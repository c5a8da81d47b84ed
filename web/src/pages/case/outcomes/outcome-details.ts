// An outcome's job in words: "Medical Secretary at Dr XYZ clinic, Nova Scotia · Full time", and its hours and wage.
import { EMPLOYMENT_DETAILS_LABELS, PROVINCE_OF_EMPLOYMENT_LABELS } from '../../../../../domain/outcomes.ts';
import type { I18n } from '../../../i18n/i18n.tsx';
import type { Outcome } from './outcome.ts';
import type { outcomeWords } from './words.ts';

type W = (key: keyof (typeof outcomeWords)['en'], params?: Record<string, string | number>) => string;

export function jobInWords(o: Outcome, w: W, i18n: I18n): string {
  const title = o.jobTitle?.trim();
  const employer = o.employerName?.trim();
  const job = title && employer ? w('jobAt', { title, employer }) : (title ?? employer ?? '');
  const province = o.provinceOfEmployment ? i18n.label(PROVINCE_OF_EMPLOYMENT_LABELS[o.provinceOfEmployment]) : '';
  const details = o.employmentDetails ? i18n.label(EMPLOYMENT_DETAILS_LABELS[o.employmentDetails]) : '';
  return [[job, province].filter(Boolean).join(', '), details].filter(Boolean).join(' · ');
}

export function hoursAndWageInWords(o: Outcome, w: W, i18n: I18n): string {
  const money = new Intl.NumberFormat(i18n.lang === 'fr' ? 'fr-CA' : 'en-CA', { style: 'currency', currency: 'CAD' });
  const hours =
    o.hoursPerWeek === 'UNKNOWN'
      ? w('hoursUnknownShort')
      : typeof o.hoursPerWeek === 'number'
        ? w('hoursWeek', { hours: i18n.number(o.hoursPerWeek) })
        : '';
  const wage =
    o.hourlyWage === 'UNKNOWN'
      ? w('wageUnknownShort')
      : typeof o.hourlyWage === 'number'
        ? w('wageHour', { wage: money.format(o.hourlyWage) })
        : '';
  return [hours, wage].filter(Boolean).join(', ');
}
