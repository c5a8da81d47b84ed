// Recording fakes of every activity the workflows call (workflows/activity-types.ts), for testing workflow logic
// without PostgreSQL or a mail server: each call is recorded with its input, and any activity can be told to fail
// a number of times or until told otherwise.
import type {
  AccessActivities,
  CaseActivities,
  FundingActivities,
  SearchAttributeActivities,
  StuckStepActivities,
} from '../../workflows/activity-types.ts';

export type Activities = CaseActivities &
  StuckStepActivities &
  AccessActivities &
  FundingActivities &
  SearchAttributeActivities;
export type ActivityName = keyof Activities;
export type ActivityInput<K extends ActivityName> = Parameters<Activities[K]>[0];

/** What each fake answers when it succeeds. Typed by the interfaces: a new activity fails to compile until here. */
const ANSWERS: { [K in ActivityName]: (input: ActivityInput<K>) => Awaited<ReturnType<Activities[K]>> } = {
  recordCaseEvents: () => undefined,
  notifyCaseManagerAssigned: () => undefined,
  sendReferralEmail: () => undefined,
  notifyTransferCompleted: () => undefined,
  recordStepState: () => undefined,
  sendInvitationEmail: () => undefined,
  sendQueuedEmail: () => undefined,
  expireInvitation: () => true,
  recordFundingEvents: () => undefined,
  renderStatement: ({ submissionNo }) => 9000 + submissionNo,
  createAgreement: ({ startDate }) => ({
    agreementId: 4711,
    status: 'APPLICATION',
    statusDate: startDate,
    agreementManager: 'Funding officer',
  }),
  sendSubmission: () => undefined,
  requestPayment: () => ({ paymentId: 815 }),
  organisationCodeOfCase: () => 'HCLN',
};

/** One attempt; `failed` when it was made to fail. A union by name, so checking the name narrows the input. */
export type ActivityCall<K extends ActivityName = ActivityName> = {
  [N in K]: { name: N; input: ActivityInput<N>; failed: boolean };
}[K];

export interface FakeActivities {
  /** What the worker registers. */
  readonly activities: Activities;
  /** Every attempt, in the order the workflows made them. */
  readonly calls: readonly ActivityCall[];
  /** The inputs of the calls of `name` that went through (a failed attempt did nothing). */
  done<K extends ActivityName>(name: K): ActivityInput<K>[];
  /**
   * The first call of `name` that went through and `matches`, once it has: workflows call activities in their own
   * time. Fails after `timeoutMs` of real time, listing the calls made.
   */
  waitFor<K extends ActivityName>(
    name: K,
    matches?: (input: ActivityInput<K>) => boolean,
    timeoutMs?: number,
  ): Promise<ActivityInput<K>>;
  /** Makes the next `times` calls of `name` fail (retryably, as an outage would); every call when left out. */
  fail(name: ActivityName, times?: number): void;
  /** Makes `name` succeed again. */
  recover(name: ActivityName): void;
  /** Forgets the calls and the failures (between tests). */
  reset(): void;
}

export function fakeActivities(): FakeActivities {
  const calls: ActivityCall[] = [];
  const failures = new Map<ActivityName, number>();
  const fake =
    <K extends ActivityName>(name: K) =>
    async (input: ActivityInput<K>) => {
      const left = failures.get(name) ?? 0;
      calls.push({ name, input, failed: left > 0 } as ActivityCall);
      if (left > 0) {
        failures.set(name, left - 1);
        throw new Error(`${name} failed (fake outage)`);
      }
      return ANSWERS[name](input);
    };
  const activities = Object.fromEntries(
    (Object.keys(ANSWERS) as ActivityName[]).map((name) => [name, fake(name)]),
  ) as unknown as Activities;
  const done = <K extends ActivityName>(name: K) =>
    calls.filter((c) => c.name === name && !c.failed).map((c) => c.input as ActivityInput<K>);
  return {
    activities,
    calls,
    done,
    async waitFor(name, matches = () => true, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const found = done(name).find(matches);
        if (found) return found;
        if (Date.now() > deadline)
          throw new Error(`no matching ${name} in ${timeoutMs} ms; calls: ${calls.map((c) => c.name).join(', ')}`);
        await new Promise((r) => setTimeout(r, 20));
      }
    },
    fail: (name, times = Infinity) => failures.set(name, times),
    recover: (name) => failures.delete(name),
    reset() {
      calls.length = 0;
      failures.clear();
    },
  };
}
