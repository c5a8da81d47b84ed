// R-SEC-17: when an organisation's access review falls due, and which accounts it flags.
import { isDormant, nextReviewDue, reviewDue } from '../../domain/access-review.ts';
import { businessInstant } from '../../domain/dates.ts';

const at = (date: string) => businessInstant(date, 12);

test('R-SEC-17 the first review is due a quarter after the organisation joined, the next a quarter after the last', () => {
  expect(nextReviewDue(null, at('2026-01-15'))).toBe('2026-04-15');
  expect(nextReviewDue(at('2026-04-20'), at('2026-01-15'))).toBe('2026-07-19');
  expect(reviewDue('2026-04-15', at('2026-04-14'))).toBe(false);
  expect(reviewDue('2026-04-15', at('2026-04-15'))).toBe(true);
});

test('R-SEC-17 an account is flagged after 90 days without a sign-in, or 90 days after it was created if never used', () => {
  const now = at('2026-12-04');
  expect(isDormant({ lastSignInAt: at('2026-09-05'), createdAt: at('2025-01-01') }, now)).toBe(true);
  expect(isDormant({ lastSignInAt: at('2026-09-06'), createdAt: at('2025-01-01') }, now)).toBe(false);
  expect(isDormant({ lastSignInAt: null, createdAt: at('2026-11-01') }, now)).toBe(false);
  expect(isDormant({ lastSignInAt: null, createdAt: at('2026-08-01') }, now)).toBe(true);
});
