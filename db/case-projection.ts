// Writes a case workflow's events into PostgreSQL, once: the batch's command id is the idempotency key, so an
// activity retried after a lost acknowledgement changes nothing. Called by the API (case opening) and by the
// recordCaseEvents activity, inside one transaction per batch.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { CaseEvent, Intervention } from '../domain/case-state.ts';
import { needsProgressCheck, progressCheckMessage } from '../domain/interventions.ts';
import { formatLongDate } from '../domain/dates.ts';
import type { Bilingual } from '../domain/refusals.ts';
import {
  Case,
  CaseAlert,
  CaseEducation,
  CaseInfoModule,
  CaseNote,
  CaseNotification,
  CaseStatusRow,
  CaseTask,
  EmploymentOutcomeRow,
  InterventionRow,
  NeedsDeterminationRow,
  ReferralRow,
} from './entities.ts';
import { type CaseEventBatch } from '../domain/case-state.ts';

/** A notification's text in its two columns. */
const notificationText = (m: Bilingual) => ({ message: m.en, messageFr: m.fr });

/**
 * Read access to the case's client for another organisation: a referral's (R-REF-15) or a delivering
 * organisation's (R-DLV-03, never revoked: R-DLV-05); a transfer upgrades either to update access.
 */
async function grantIndividualAccess(
  em: EntityManager,
  caseId: number,
  organisationId: number,
  reason: 'REFERRAL' | 'TRANSFER' | 'DELIVERY',
): Promise<void> {
  await em.execute(
    `insert into individual_access (individual_id, organisation_id, reason)
     select individual_id, ?, ? from "case" where id = ?
     on conflict (individual_id, organisation_id) do update set reason = case when excluded.reason = 'TRANSFER' then
       'TRANSFER' else individual_access.reason end`,
    [organisationId, reason, caseId],
  );
}

/** Returns false when the batch was already recorded. */
export async function projectCaseEvents(em: EntityManager, batch: CaseEventBatch): Promise<boolean> {
  return em.transactional(async (tx) => {
    const inserted = await tx.execute<{ id: string }[]>(
      'insert into case_command (id, case_id, actor_id, at, events) values (?, ?, ?, ?, ?) on conflict ' +
        '(case_id, id) do nothing returning id',
      [batch.commandId, batch.caseId, batch.actorId, batch.at, JSON.stringify(batch.events)],
    );
    if (inserted.length === 0) return false;
    for (const event of batch.events) await project(tx, batch, event);
    return true;
  });
}

const progressKey = (interventionId: string) => `PROGRESS_CHECK:${interventionId}`;

/** R-INT-09/10, R-NOTIF-01..03: one progress check per open intervention, re-dated with it, gone once it closes. */
async function syncProgressCheck(em: EntityManager, batch: CaseEventBatch, i: Intervention): Promise<void> {
  const key = progressKey(i.id);
  if (!needsProgressCheck(i)) {
    await em.nativeDelete(CaseNotification, { caseId: batch.caseId, key });
    return;
  }
  const [client] = await em.execute<{ name: string }[]>(
    `select i.first_name || ' ' || i.last_name as name from "case" c join individual i on i.id = ` +
      `c.individual_id where c.id = ?`,
    [batch.caseId],
  );
  await em.upsert(CaseNotification, {
    caseId: batch.caseId,
    key,
    kind: 'ACTION_REQUIRED',
    priority: 'Medium',
    ...notificationText(progressCheckMessage(client.name, i.interventionType, i.plannedStartDate)),
    dueDate: i.plannedEndDate,
    createdBy: batch.actorId,
  });
}

async function project(em: EntityManager, batch: CaseEventBatch, e: CaseEvent): Promise<void> {
  const { caseId, actorId } = batch;
  switch (e.type) {
    case 'StatusChanged':
      // R-HIST-02: the current row ends the day the next one starts.
      await em.nativeUpdate(CaseStatusRow, { caseId, endDate: null }, { endDate: e.date });
      em.create(CaseStatusRow, {
        caseId,
        status: e.to,
        startDate: e.date,
        endDate: null,
        reason: e.reason,
        changedBy: actorId,
      });
      await em.nativeUpdate(
        Case,
        { id: caseId },
        { status: e.to, statusSince: e.date, closedReason: e.to === 'CLOSED' ? e.reason : null },
      );
      // R-CASE-26: a closed case has no pending notifications.
      if (e.to === 'CLOSED') await em.nativeDelete(CaseNotification, { caseId });
      // The status row must exist before a later event of the batch ends it.
      await em.flush();
      return;
    case 'TaskOpened':
      em.create(CaseTask, { ...e.task, caseId, state: 'OPEN', createdBy: actorId });
      return;
    case 'TaskCompleted':
      await em.flush();
      await em.nativeUpdate(
        CaseTask,
        { id: e.taskId },
        { state: 'COMPLETED', outcome: e.outcome, closedOn: e.date, closedBy: actorId },
      );
      return;
    case 'TaskCancelled':
      await em.flush();
      await em.nativeUpdate(CaseTask, { id: e.taskId }, { state: 'CANCELLED', closedOn: e.date, closedBy: actorId });
      return;
    case 'TaskDueDateChanged':
      await em.flush();
      await em.nativeUpdate(CaseTask, { id: e.taskId }, { dueDate: e.dueDate });
      return;
    case 'InterventionAdded':
      em.create(InterventionRow, { ...e.intervention, caseId, deleted: false });
      await syncProgressCheck(em, batch, e.intervention);
      if (e.intervention.deliveryModel === 'EXTERNAL' && e.intervention.deliveringOrganisationId !== undefined) {
        await grantIndividualAccess(em, caseId, e.intervention.deliveringOrganisationId, 'DELIVERY');
      }
      return;
    case 'InterventionChanged': {
      await em.flush();
      const { id, ...rest } = e.intervention;
      await em.nativeUpdate(InterventionRow, { id }, rest);
      await syncProgressCheck(em, batch, e.intervention);
      return;
    }
    case 'InterventionRemoved':
      await em.flush();
      await em.nativeUpdate(InterventionRow, { id: e.interventionId }, { deleted: true });
      await em.nativeDelete(CaseNotification, { caseId, key: progressKey(e.interventionId) });
      return;
    case 'NeedsDeterminationSaved': {
      const { version, completed, employmentGoal, jobPreferences, barriers, savedOn } = e.needs;
      await em.upsert(NeedsDeterminationRow, {
        caseId,
        version,
        completed,
        employmentGoal: employmentGoal ?? null,
        jobPreferences,
        barriers,
        savedOn,
        savedBy: actorId,
      });
      return;
    }
    case 'NoteAdded':
      em.create(CaseNote, {
        id: e.noteId,
        caseId,
        text: e.text,
        context: e.context,
        createdBy: actorId,
        createdAt: new Date(batch.at),
        referralId: e.referralId ?? null,
      });
      return;
    case 'NoteEdited':
      // R-NOTE-04: the earlier text stays in the case's command log (case_command).
      await em.flush();
      await em.nativeUpdate(CaseNote, { id: e.noteId }, { text: e.text, updatedAt: new Date(batch.at) });
      return;
    case 'EducationExperienceSaved':
      await em.upsert(CaseEducation, {
        caseId,
        highestEducationLevel: e.document.highestEducationLevel,
        document: e.document,
        updatedAt: new Date(batch.at),
        updatedBy: actorId,
      });
      return;
    case 'AdditionalInfoSaved':
      await em.upsert(CaseInfoModule, {
        caseId,
        moduleCode: e.moduleCode,
        answers: e.answers,
        status: e.status,
        updatedAt: new Date(batch.at),
        updatedBy: actorId,
      });
      return;
    case 'OutcomeRecorded': {
      const { id, type, actualOutcomeDate, employmentStatus, recordedOn, ...details } = e.outcome;
      em.create(EmploymentOutcomeRow, {
        id,
        caseId,
        type,
        actualOutcomeDate,
        employmentStatus,
        details,
        recordedOn,
        recordedBy: actorId,
        deletedAt: null,
      });
      await em.flush();
      return;
    }
    case 'OutcomeChanged': {
      await em.flush();
      const { id, type: _type, actualOutcomeDate, employmentStatus, recordedOn: _on, ...details } = e.outcome;
      await em.nativeUpdate(EmploymentOutcomeRow, { id }, { actualOutcomeDate, employmentStatus, details });
      return;
    }
    case 'OutcomeDeleted':
      await em.flush();
      await em.nativeUpdate(EmploymentOutcomeRow, { id: e.outcomeId }, { deletedAt: new Date(batch.at) });
      return;
    case 'FollowUpScheduled':
      await em.nativeUpdate(
        Case,
        { id: caseId },
        { followUpPlanEnd: e.anchors.planEndDate, followUpLastInterventionEnd: e.anchors.lastInterventionEnd },
      );
      return;
    case 'AlertRaised':
      await em.upsert(CaseAlert, { caseId, ...e.alert, clearedOn: null });
      return;
    case 'AlertCleared':
      await em.flush();
      await em.nativeUpdate(CaseAlert, { caseId, key: e.key }, { clearedOn: e.date });
      return;
    case 'CaseManagerChanged':
      await em.nativeUpdate(Case, { id: caseId }, { caseManagerId: e.caseManagerId });
      return;
    case 'RegistrationUpdated':
      await em.nativeUpdate(Case, { id: caseId }, { registration: e.registration });
      return;
    case 'ReferralSubmitted': {
      const r = e.referral;
      em.create(ReferralRow, {
        ...r,
        caseId,
        submittedAt: new Date(batch.at),
        emailedAt: null,
        transferCompletedAt: null,
      });
      // R-REF-21: the draft it was written in takes no more notes or documents (attachments lock its row first).
      await em.execute('update referral_draft set sent_at = ? where id = ? and sent_at is null', [
        new Date(batch.at),
        r.id,
      ]);
      // R-REF-15: a referral inside the network lets the receiving organisation read the client's record.
      if (r.toOrganisationId !== null) await grantIndividualAccess(em, caseId, r.toOrganisationId, 'REFERRAL');
      return;
    }
    case 'ReferralEmailed':
      await em.flush();
      await em.nativeUpdate(ReferralRow, { id: e.referralId }, { status: 'EMAILED', emailedAt: new Date(batch.at) });
      return;
    case 'ReferralEmailFailed':
      await em.flush();
      await em.nativeUpdate(ReferralRow, { id: e.referralId, status: 'SENT' }, { status: 'EMAIL_FAILED' });
      return;
    case 'TransferCompleted': {
      await em.flush();
      // R-REF-18: the case now belongs to the receiving organisation; the former one can no longer open it.
      await em.nativeUpdate(Case, { id: caseId }, { organisationId: e.organisationId });
      await em.nativeUpdate(
        ReferralRow,
        { id: e.referralId },
        { transferOutcome: 'COMPLETED', transferCompletedAt: new Date(batch.at) },
      );
      await em.nativeUpdate(ReferralRow, { caseId, transferOutcome: 'PENDING' }, { transferOutcome: 'SUPERSEDED' });
      await grantIndividualAccess(em, caseId, e.organisationId, 'TRANSFER');
      await em.upsert(CaseNotification, {
        caseId,
        key: `CASE_RECEIVED:${e.referralId}`,
        kind: 'INFO',
        priority: 'Medium',
        message: `This client case was transferred to your organisation on ${e.date}.`,
        messageFr: `Ce cas de client a été transféré à votre organisme le ${formatLongDate(e.date, 'fr')}.`,
        dueDate: e.date,
        createdBy: actorId,
      });
      return;
    }
  }
}
