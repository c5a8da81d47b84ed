// External steps that keep failing (spec: operations): waiting for an operator, retried once, and retrying by
// themselves at growing intervals.
import { automaticRetryDelayMs, validateRetry, validateRetryRequest } from '../../domain/stuck-steps.ts';

const MINUTE = 60_000;

test('R-OPS-02 only a step waiting for a retry can be retried; a second click is refused with what happened', () => {
  expect(validateRetry(new Set(['email:x']), 'email:x')).toEqual([]);
  expect(validateRetry(new Set(), 'email:x')).toEqual([
    expect.objectContaining({
      rule: 'R-OPS-02',
      code: 'NOT_STUCK',
      message:
        'Step email:x is not waiting for a retry: it has already been retried or has gone through. Refresh the list.',
    }),
  ]);
});

test('R-OPS-03 a stuck step retries by itself after 5, 15 and 30 minutes, then every hour', () => {
  expect([0, 1, 2, 3, 4, 50].map(automaticRetryDelayMs)).toEqual([
    5 * MINUTE,
    15 * MINUTE,
    30 * MINUTE,
    60 * MINUTE,
    60 * MINUTE,
    60 * MINUTE,
  ]);
});

test('R-OPS-02 a step that went through is not retried: the operator is told when it went through', () => {
  const resolvedAt = new Date('2026-03-07T12:00:00Z');
  expect(validateRetryRequest({ id: 'email:x', status: 'RESOLVED', resolvedAt })).toEqual([
    expect.objectContaining({
      code: 'ALREADY_RESOLVED',
      kind: 'conflict',
      message: 'Step email:x went through on 2026-03-07T12:00:00.000Z; there is nothing to retry.',
    }),
  ]);
  expect(validateRetryRequest({ id: 'email:x', status: 'STUCK', resolvedAt: null })).toEqual([]);
});
