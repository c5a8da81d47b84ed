// R-SEC-17: an organisation keeps its users' access current (seed 003 lines 133-137, seed 004 lines 47-49, 98-99).
// Its administrators review who has access on a schedule; an account nobody signed in to for a long time is flagged.
import { addDays, businessDate, type IsoDate } from './dates.ts';

/** How often an organisation reviews its users' access: every quarter. */
export const ACCESS_REVIEW_INTERVAL_DAYS = 90;
/** An account with access and no sign-in for this long is flagged in the review. */
export const DORMANT_AFTER_DAYS = 90;

/** The day the next review is due: a quarter after the last one, or after the organisation joined. */
export const nextReviewDue = (lastReviewedAt: Date | null, organisationCreatedAt: Date): IsoDate =>
  addDays(businessDate(lastReviewedAt ?? organisationCreatedAt), ACCESS_REVIEW_INTERVAL_DAYS);

export const reviewDue = (dueOn: IsoDate, now: Date): boolean => businessDate(now) >= dueOn;

/** An account with access whose last sign-in (or, never signed in, its creation) is older than the limit. */
export const isDormant = (account: { lastSignInAt: Date | null; createdAt: Date }, now: Date): boolean =>
  businessDate(account.lastSignInAt ?? account.createdAt) <= addDays(businessDate(now), -DORMANT_AFTER_DAYS);
