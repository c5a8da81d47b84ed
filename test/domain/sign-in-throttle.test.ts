// Slowing password guessing down: which counts a try adds to, the doubling wait, the refusal that says when, and user
// IDs in one normal form.
import { normalLoginId } from '../../domain/login-ids.ts';
import {
  claimAttempt,
  throttleKeys,
  tooManySignIns,
  waitAfter,
  type Throttle,
  type ThrottleKey,
} from '../../domain/sign-in-throttle.ts';

const now = new Date('2026-03-07T12:00:00Z');
const at = (ms: number) => new Date(now.getTime() + ms);
const attempt = { organisationCode: 'HCLN', loginId: 'pt_hijack', address: '203.0.113.7', knownDevice: null };

test('SIGN-IN a try counts against its account and its address; from a known device, against that device alone', () => {
  expect(throttleKeys(attempt, 20)).toEqual([
    { key: 'account:HCLN|pt_hijack', freeFailures: 0, onSuccess: 'forget' },
    { key: 'address:203.0.113.7', freeFailures: 20, onSuccess: 'refund' },
  ]);
  expect(throttleKeys({ ...attempt, knownDevice: { userId: 7, device: 'd1' } }, 20)).toEqual([
    { key: 'device:7:d1', freeFailures: 0, onSuccess: 'forget' },
  ]);
});

test('SIGN-IN each failure doubles the wait before the next try, from 1 second to at most 15 minutes', () => {
  expect([1, 2, 3, 4, 10, 11, 12, 1000].map((n) => waitAfter(n, 0) / 1000)).toEqual([1, 2, 4, 8, 512, 900, 900, 900]);
  expect([0, 3, 4, 5].map((n) => waitAfter(n, 3) / 1000)).toEqual([0, 0, 1, 2]);
});

test('SIGN-IN a try is counted as a failure before it is evaluated; the next one waits, then is evaluated', () => {
  const keys: ThrottleKey[] = throttleKeys(attempt, 2);
  const first = claimAttempt(keys, [], now);
  expect(first).toEqual({
    counted: [
      { key: 'account:HCLN|pt_hijack', failures: 1, nextAttemptAt: at(1000) },
      { key: 'address:203.0.113.7', failures: 1, nextAttemptAt: now },
    ],
  });
  const counted = (first as { counted: Throttle[] }).counted;
  expect(claimAttempt(keys, counted, at(999))).toEqual({ refusedUntil: at(1000) });
  expect(claimAttempt(keys, counted, at(1000))).toMatchObject({
    counted: [{ failures: 2, nextAttemptAt: at(3000) }, { failures: 2 }],
  });
});

test('SIGN-IN tries from one office address within its free failures are never refused, whatever their clocks', () => {
  const address: ThrottleKey = { key: 'address:203.0.113.7', freeFailures: 20, onSuccess: 'refund' };
  // A try that took the row first wrote its own `now` (a few ms later than a parallel try that waited for the row).
  const taken: Throttle = { key: address.key, failures: 3, nextAttemptAt: at(5) };
  expect(claimAttempt([address], [taken], now)).toEqual({
    counted: [{ key: address.key, failures: 4, nextAttemptAt: now }],
  });
});

test('SIGN-IN a count that has not grown for an hour is forgotten', () => {
  const keys = throttleKeys(attempt, 2);
  const old: Throttle[] = [{ key: 'account:HCLN|pt_hijack', failures: 11, nextAttemptAt: now }];
  expect(claimAttempt(keys, old, at(59 * 60_000))).toMatchObject({ counted: [{ failures: 12 }, { failures: 1 }] });
  expect(claimAttempt(keys, old, at(60 * 60_000))).toMatchObject({ counted: [{ failures: 1 }, { failures: 1 }] });
});

test('SIGN-IN a try made too early is told how long to wait, in English and French', () => {
  expect(tooManySignIns(at(1500), now)).toMatchObject({
    code: 'TOO_MANY_ATTEMPTS',
    kind: 'too-many',
    message: 'Too many failed sign-ins. Wait 2 seconds and try again.',
    messageFr: 'Trop de connexions ont échoué. Attendez 2 secondes et réessayez.',
  });
  expect(tooManySignIns(at(900_000), now).message).toBe('Too many failed sign-ins. Wait 15 minutes and try again.');
});

test('SIGN-IN user IDs compare in one normal form: NFKC, then lower case', () => {
  expect(normalLoginId('PT_HiJack')).toBe('pt_hijack');
  expect(normalLoginId('ｐｔ＿ｈｉｊａｃｋ')).toBe('pt_hijack');
  expect(normalLoginId('pt_hİjack')).not.toBe('pt_hijack');
});
