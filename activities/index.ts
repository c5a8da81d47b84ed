// The activities the worker registers: all I/O of case workflows goes through here, and each is idempotent
// because Temporal runs an activity at least once.
import { ApplicationFailure } from '@temporalio/activity';
import type { Orm } from '../db/orm.ts';
import { projectCaseEvents } from '../db/case-projection.ts';
import { Case, Organisation, ReferralRow, User } from '../db/entities.ts';
import { businessDate } from '../domain/dates.ts';
import { referralLetter, type ReferralType } from '../domain/referrals.ts';
import { caseAssignedEmail, referralEmail, transferCompletedEmail, transferReminderEmail } from '../domain/emails.ts';
import type {
  AccessActivities,
  CaseActivities,
  DocumentPdfActivities,
  FundingActivities,
  SearchAttributeActivities,
  StuckStepActivities,
} from '../workflows/activity-types.ts';
import { accessActivities } from './access.ts';
import { documentPdfActivities } from './document-pdf.ts';
import { fundingActivities } from './funding.ts';
import type { Mailer } from '../infra/mailer.ts';
import { pdfFile } from '../infra/pdf.ts';
import type { PdfConverterOptions } from '../infra/pdf-converter.ts';
import { searchAttributeActivities } from './search-attributes.ts';
import { stuckStepActivities } from './stuck-steps.ts';
import { givingUpOnPersistentFailures } from './persistent-failures.ts';

export interface ActivityDeps {
  orm: Orm;
  mailer: Mailer;
  publicUrl: string;
  /** The funding system's base URL (FUNDING_API_URL); without it, funding steps wait for an operator. */
  fundingApiUrl?: string;
  /** How documents are converted to PDF: the LibreOffice command (SOFFICE_PATH), `soffice` on the PATH if unset. */
  pdfConverter?: PdfConverterOptions;
}

export function createActivities({
  orm,
  mailer,
  publicUrl,
  fundingApiUrl,
  pdfConverter,
}: ActivityDeps): CaseActivities &
  StuckStepActivities &
  AccessActivities &
  FundingActivities &
  DocumentPdfActivities &
  SearchAttributeActivities {
  return {
    ...stuckStepActivities(orm),
    ...searchAttributeActivities(orm),
    ...accessActivities(orm, mailer),
    ...fundingActivities(orm, fundingApiUrl),
    ...documentPdfActivities(orm, pdfConverter),
    async recordCaseEvents(batch) {
      try {
        await givingUpOnPersistentFailures(() => projectCaseEvents(orm.em.fork(), batch));
      } catch (e) {
        // Data the database refuses (SQLSTATE class 22, data exception) fails the action at once; any other error
        // is retried, then waits for an operator as a stuck step (workflows/stuck-steps.ts).
        const code = String((e as { code?: string }).code ?? '');
        if (code.startsWith('22'))
          throw ApplicationFailure.nonRetryable(
            `The database refused this data: ${(e as Error).message}`,
            'DataRefused',
          );
        throw e;
      }
    },
    async notifyCaseManagerAssigned({ caseId, caseManagerId, key }) {
      const em = orm.em.fork();
      const c = await em.findOneOrFail(Case, { id: caseId });
      const manager = await em.findOneOrFail(User, { id: caseManagerId });
      const org = await em.findOneOrFail(Organisation, { id: c.organisationId });
      const content = caseAssignedEmail({
        caseId,
        program: c.program,
        organisationName: org.name,
        caseManagerName: `${manager.firstName} ${manager.lastName}`,
        caseUrl: `${publicUrl}/cases/${caseId}`,
      });
      await mailer.deliver(
        em,
        {
          key: `case-assigned:${caseId}:${key}`,
          kind: 'CASE_ASSIGNED',
          recipient: manager.email,
          organisationId: c.organisationId,
        },
        content,
      );
    },
    async sendReferralEmail({ caseId, referralId, kind }) {
      const em = orm.em.fork();
      const r = await em.findOneOrFail(ReferralRow, { id: referralId, caseId });
      const from = await em.findOneOrFail(Organisation, { id: r.fromOrganisationId });
      const sender = { name: from.name, email: from.generalEmail ?? null };
      const language = r.language as 'EN' | 'FR';
      const letter = pdfFile(
        referralLetter(
          { ...r, type: r.type as ReferralType, language },
          { caseId, fromOrganisation: from.name, fromEmail: sender.email },
        ),
      );
      const content =
        kind === 'REFERRAL'
          ? { ...referralEmail({ subject: r.subject, body: r.body, language }, sender), attachments: [letter] }
          : transferReminderEmail(
              { caseId, submittedOn: r.submittedOn, toOrganisationName: r.toOrganisationName, language },
              sender,
            );
      // The sending organisation's email, wherever it goes.
      await mailer.deliver(
        em,
        {
          key: `${kind === 'REFERRAL' ? 'referral' : 'transfer-reminder'}:${referralId}`,
          kind,
          recipient: r.emailedTo,
          organisationId: r.fromOrganisationId,
        },
        content,
      );
    },
    async notifyTransferCompleted({ caseId, referralId, previousCaseManagerId }) {
      const em = orm.em.fork();
      const r = await em.findOneOrFail(ReferralRow, { id: referralId, caseId });
      const manager = await em.findOneOrFail(User, { id: previousCaseManagerId });
      const content = transferCompletedEmail({
        caseId,
        caseManagerName: `${manager.firstName} ${manager.lastName}`,
        toOrganisationName: r.toOrganisationName,
        date: businessDate(r.transferCompletedAt ?? new Date()),
      });
      await mailer.deliver(
        em,
        {
          key: `transfer-completed:${referralId}`,
          kind: 'TRANSFER_COMPLETED',
          recipient: manager.email,
          organisationId: manager.organisationId,
        },
        content,
      );
    },
  };
}
