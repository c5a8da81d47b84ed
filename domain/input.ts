// Input read against its schema: the parsed value, or an 'invalid' refusal listing every field to fix.
import type { z, ZodType } from 'zod';
import { Refusal, type Violation } from './refusals.ts';

export function parseInput<T extends ZodType>(schema: T, input: unknown): z.infer<T> {
  const result = schema.safeParse(input ?? {});
  if (result.success) return result.data;
  const fields: Violation[] = result.error.issues.map((i) => ({
    rule: 'INPUT',
    code: 'INVALID_INPUT',
    field: i.path.join('.') || '(body)',
    message: i.message,
  }));
  throw new Refusal('invalid', 'INVALID_INPUT', fields.map((f) => `${f.field}: ${f.message}`).join(' '), {
    violations: fields,
  });
}
