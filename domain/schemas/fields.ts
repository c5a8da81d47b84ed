// The fields request shapes are built from: dates in the range a case can touch, required text of a bounded length.
import { z } from 'zod';
import { isIsoDate } from '../dates.ts';
import { inputMessage } from '../input.ts';

export const keys = <T extends Record<string, unknown>>(o: T) =>
  Object.keys(o) as [keyof T & string, ...(keyof T & string)[]];

/** Dates Pathway accepts: real calendar days in a range a case can touch, so date arithmetic never overflows. */
export const MIN_DATE = '1900-01-01';
export const MAX_DATE = '2099-12-31';

export const isoDate = z
  .string()
  .refine(isIsoDate, {
    message: inputMessage({
      en: 'Enter a calendar date as YYYY-MM-DD, for example 2027-03-31.',
      fr: 'Entrez une date du calendrier au format AAAA-MM-JJ, par exemple 2027-03-31.',
    }),
  })
  .refine((d) => d >= MIN_DATE && d <= MAX_DATE, {
    message: inputMessage({
      en: `Enter a date between ${MIN_DATE} and ${MAX_DATE}.`,
      fr: `Entrez une date entre le ${MIN_DATE} et le ${MAX_DATE}.`,
    }),
  })
  .meta({ format: 'date', example: '2027-03-31' });

export const text = (max: number) =>
  z
    .string()
    .trim()
    .min(1, inputMessage({ en: 'This field is required.', fr: 'Ce champ est obligatoire.' }))
    .max(max, inputMessage({ en: `At most ${max} characters.`, fr: `Au plus ${max} caractères.` }));
