// Input read against its schema: the parsed value, or an 'invalid' refusal listing every field to fix, in English
// and in French. A schema's own messages are written with inputMessage({ en, fr }); zod's default messages (a
// missing field, a text too long) are put in French by zod's Canadian French locale.
import type { z, ZodType } from 'zod';
import en from 'zod/v4/locales/en.js';
import frCA from 'zod/v4/locales/fr-CA.js';
import { Refusal, type Bilingual, type Violation } from './refusals.ts';

const FRENCH = new Map<string, string>();

/** A schema's message in both languages: zod carries the English, parseInput finds the French. */
export function inputMessage(m: Bilingual): string {
  FRENCH.set(m.en, m.fr);
  return m.en;
}

type Issue = z.core.$ZodIssue & { input?: unknown };
const english = en().localeError;
const french = frCA().localeError;
const text = (m: string | { message: string } | undefined | null) => (typeof m === 'string' ? m : m?.message);

function frenchOf(issue: Issue): string | undefined {
  const own = FRENCH.get(issue.message);
  if (own !== undefined) return own;
  const raw = issue as unknown as z.core.$ZodRawIssue;
  // zod's default message: its French is the locale's; any other message stays as the schema wrote it.
  return text(english(raw)) === issue.message ? text(french(raw)) : undefined;
}

export function parseInput<T extends ZodType>(schema: T, input: unknown): z.infer<T> {
  const result = schema.safeParse(input ?? {}, { reportInput: true });
  if (result.success) return result.data;
  const fields: Violation[] = result.error.issues.map((i: Issue) => {
    const fr = frenchOf(i);
    return {
      rule: 'INPUT',
      code: 'INVALID_INPUT',
      field: i.path.join('.') || '(body)',
      message: i.message,
      ...(fr ? { messageFr: fr } : {}),
    };
  });
  throw new Refusal(
    'invalid',
    'INVALID_INPUT',
    {
      en: fields.map((f) => `${f.field}: ${f.message}`).join(' '),
      fr: fields.map((f) => `${f.field} : ${f.messageFr ?? f.message}`).join(' '),
    },
    { violations: fields },
  );
}
