// The funding request's I/O: its events into PostgreSQL (package, history, the case's notifications), the
// statement as a PDF case document, and calls to the funding system at FUNDING_API_URL. Every call carries an
// Idempotency-Key derived from the package, so a step retried after a lost answer never creates a second
// agreement or payment.
import { createHash } from 'node:crypto';
import { ApplicationFailure } from '@temporalio/activity';
import type { Orm } from '../db/orm.ts';
import { CaseNotification } from '../db/entities.ts';
import { businessDate } from '../domain/dates.ts';
import { FUNDING_PROGRAMS } from '../domain/funding.ts';
import type { CreatedAgreement, FundingActivities } from '../workflows/activity-types.ts';
import type { StepProblem } from '../domain/step-problems.ts';
import type { FundingEventBatch } from '../domain/funding.ts';
import { textPdf } from '../infra/pdf.ts';
import { givingUpOnPersistentFailures } from './persistent-failures.ts';

/** How long a call to the funding system may take before it counts as failed (a hung server). */
const CALL_TIMEOUT_MS = 10_000;

async function call<T>(baseUrl: string | undefined, path: string, key: string, body: unknown): Promise<T> {
  // Not configured is a failure an operator can see and fix, not a crash: the step waits for them.
  if (!baseUrl) throw new Error('FUNDING_API_URL is not set: the funding system cannot be reached.');
  let res: Response;
  try {
    res = await fetch(`${baseUrl}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': key },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(CALL_TIMEOUT_MS),
    });
  } catch (e) {
    const err = e as Error;
    throw new Error(
      err.name === 'TimeoutError'
        ? `The funding system did not answer within ${CALL_TIMEOUT_MS / 1000} s (${path}).`
        : `The funding system could not be reached: ${err.message}`,
      { cause: e },
    );
  }
  const text = await res.text();
  if (res.status >= 500 || res.status === 429)
    throw new Error(`The funding system answered ${res.status} to ${path}: ${text.slice(0, 200)}`);
  // A 4xx will not get better by itself; it still waits for an operator rather than failing the request.
  if (res.status >= 400)
    throw ApplicationFailure.nonRetryable(
      `The funding system refused ${path} (${res.status}): ${text.slice(0, 200)}`,
      'FundingRefused',
    );
  return JSON.parse(text) as T;
}

/** The funding system answered with an agreement number another funding request holds (its numbering went back). */
async function agreementConflict(orm: Orm, batch: FundingEventBatch, e: unknown): Promise<StepProblem | null> {
  const agreementId = batch.snapshot.agreement?.agreementId;
  if (agreementId == null || !String((e as Error).message).includes('funding_package_agreement')) return null;
  const [other] = await orm.em
    .fork()
    .execute<{ id: number; case_id: number }[]>(
      'select id, case_id from funding_package where agreement_id = ? and id <> ? limit 1',
      [agreementId, batch.packageId],
    );
  return {
    code: 'AGREEMENT_CONFLICT',
    agreementId,
    otherPackageId: other?.id ?? null,
    otherCaseId: other?.case_id ?? null,
  };
}

export function fundingActivities(orm: Orm, fundingApiUrl: string | undefined): FundingActivities {
  return {
    async recordFundingEvents(batch) {
      await givingUpOnPersistentFailures(
        () => recordFundingEventsOnce(orm, batch),
        (e) => agreementConflict(orm, batch, e),
      );
    },

    async renderStatement({ packageId, caseId, submissionNo, actorId }) {
      const em = orm.em.fork();
      const context = `Funding request ${packageId} - Case Manager's Summary Statement - submission ${submissionNo}`;
      const [existing] = await em.execute<{ id: number }[]>(
        'select id from case_document where case_id = ? and context = ? and deleted_at is null',
        [caseId, context],
      );
      if (existing) return existing.id;
      const [pkg] = await em.execute<
        {
          snapshot: {
            statement: {
              supportsPlan: string;
              signedByBoth: string;
              spouseConsentSigned: string;
              justification: string;
            } | null;
            programCode: string;
          };
        }[]
      >('select snapshot from funding_package where id = ?', [packageId]);
      const [person] = await em.execute<{ name: string }[]>(
        `select i.last_name || ', ' || i.first_name as name from "case" c join individual i on i.id = ` +
          `c.individual_id where c.id = ?`,
        [caseId],
      );
      const st = pkg.snapshot.statement;
      const title = "Case Manager's Summary Statement";
      const pdf = Buffer.from(
        textPdf(
          [
            title,
            `Case ${caseId} - ${person?.name ?? ''}`,
            `Program: ${FUNDING_PROGRAMS[pkg.snapshot.programCode]?.name ?? pkg.snapshot.programCode}`,
            `Submission ${submissionNo}`,
            '',
            `Do you support this Return to Work Action Plan? ${st?.supportsPlan ?? ''}`,
            `Have both you and the client signed the Case Manager statement? ${st?.signedByBoth ?? ''}`,
            `If spousal information was collected, has the applicant's spouse signed the consent form? ` +
              `${st?.spouseConsentSigned ?? ''}`,
            '',
            ...(st?.justification ?? '').split('\n'),
          ],
          title,
        ),
      );
      const today = businessDate(new Date());
      const [row] = await em.execute<{ id: number }[]>(
        `insert into case_document (case_id, context, file_name, document_name, topic, content_type, size_bytes,
          sha256, content, created_by, created_on, changed_on)
         values (?, ?, ?, ?, 'Case Manager Statement', 'application/pdf', ?, ?, ?, ?, ?, ?) returning id`,
        [
          caseId,
          context,
          `statement-${packageId}-${submissionNo}.pdf`,
          `Case Manager Statement ${submissionNo}`,
          pdf.length,
          createHash('sha256').update(pdf).digest('hex'),
          pdf,
          actorId,
          today,
          today,
        ],
      );
      return row.id;
    },

    async createAgreement({ request, ...input }) {
      // A new request (an operator asked for a new agreement number) is a new key: the funding system makes another.
      const key = request && request > 1 ? `agreement:${input.packageId}:${request}` : `agreement:${input.packageId}`;
      return call<CreatedAgreement>(fundingApiUrl, '/agreements', key, input);
    },

    async sendSubmission({ packageId, agreementId, submissionNo, statementDocumentId }) {
      await call(fundingApiUrl, `/agreements/${agreementId}/submissions`, `submission:${packageId}:${submissionNo}`, {
        submissionNo,
        statementDocumentId,
      });
    },

    async requestPayment({ packageId, agreementId }) {
      return call<{ paymentId: number }>(
        fundingApiUrl,
        `/agreements/${agreementId}/payments`,
        `payment:${packageId}:1`,
        { installment: 1 },
      );
    },
  };
}

/** The batch's events and the package's snapshot, in one transaction, once per command id. */
async function recordFundingEventsOnce(orm: Orm, batch: FundingEventBatch): Promise<void> {
  await orm.em.fork().transactional(async (tx) => {
    const done = await tx.execute('select 1 from funding_event where package_id = ? and command_id = ? limit 1', [
      batch.packageId,
      batch.commandId,
    ]);
    if (done.length) return;
    for (const [seq, e] of batch.events.entries()) {
      await tx.execute(
        'insert into funding_event (package_id, command_id, seq, case_id, type, detail, actor_id, at) ' +
          'values (?, ?, ?, ?, ?, ?, ?, ?)',
        [
          batch.packageId,
          batch.commandId,
          seq,
          batch.caseId,
          e.type,
          JSON.stringify(e.type === 'PackageCreated' ? { programCode: e.state.programCode } : e),
          batch.actorId,
          batch.at,
        ],
      );
      if (e.type === 'ReminderRaised') {
        await tx.upsert(CaseNotification, {
          caseId: batch.caseId,
          key: e.key,
          kind: e.kind,
          priority: e.priority,
          message: e.message,
          messageFr: e.messageFr ?? null,
          dueDate: e.dueDate,
          createdBy: batch.actorId,
        });
      }
      if (e.type === 'NotificationCleared')
        await tx.nativeDelete(CaseNotification, { caseId: batch.caseId, key: e.key });
    }
    await tx.execute(
      'update funding_package set state = ?, snapshot = ?, agreement_id = ?, updated_at = ? where id = ?',
      [
        batch.snapshot.state,
        JSON.stringify(batch.snapshot),
        batch.snapshot.agreement?.agreementId ?? null,
        batch.at,
        batch.packageId,
      ],
    );
  });
}
