// Opening a case (R-CASE-01, R-CASE-07, R-CASE-09): the case row, its first status row and Complete Intake
// task are written in one transaction, then the case's workflow starts with the same state. If Temporal
// cannot be reached the rows are removed again, so nothing is left half written; if PostgreSQL fails midway,
// the transaction leaves nothing either.
import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Client } from '@temporalio/client';
import { WorkflowExecutionAlreadyStartedError } from '@temporalio/client';
import { Case, CaseEducation, CaseInfoModule, Individual, Organisation, User } from '../../db/entities.ts';
import { type Answer, type CaseEvent, foldEvents, type ModuleStatus } from '../../domain/case-state.ts';
import { projectCaseEvents } from '../../db/case-projection.ts';
import { businessDate } from '../../domain/dates.ts';
import { can } from '../../domain/permissions.ts';
import { CASE_TASK_QUEUE, caseWorkflowId, type CaseWorkflowInput } from '../../workflows/case-api.ts';
import { assertNoViolations, Refusal } from '../../domain/refusals.ts';
import { secondOpenCase, validateCaseOpening } from '../../domain/case-opening.ts';
import { caseWorkflowDetails, caseWorkflowSummary } from '../../domain/history-summaries.ts';
import type { AppContext } from '../context.ts';
import { openCaseOfPerson } from '../people/open-case.ts';
import { openCaseEvents } from '../../domain/case-transitions.ts';
import { type EducationExperienceInput, type OpenCaseInput } from '../../domain/schemas/case.ts';

export const PROGRAM = 'ECM (LAE-ENS)';

const START_DEADLINE_MS = 10_000;

export async function openCase(
  ctx: AppContext,
  input: OpenCaseInput,
  workflowOptions: Pick<CaseWorkflowInput, 'historyLimit'> = {},
): Promise<number> {
  const { em, temporal, user } = ctx;
  const individual = await em.findOne(Individual, { id: input.individualId, organisationId: user.organisationId });
  if (!individual)
    throw new Refusal('not-found', 'NOT_FOUND', {
      en: `Individual ${input.individualId} was not found in your organisation.`,
      fr: `L'individu ${input.individualId} est introuvable dans votre organisme.`,
    });
  const caseManagerId = input.caseManagerId ?? user.id;
  const [manager, open, previous, organisation] = await Promise.all([
    em.findOne(User, { id: caseManagerId, organisationId: user.organisationId, active: true }),
    openCaseOfPerson(em, individual),
    input.copyFromCaseId
      ? em.findOne(Case, { id: input.copyFromCaseId, individualId: individual.id, organisationId: user.organisationId })
      : null,
    em.findOneOrFail(Organisation, { id: user.organisationId }, { fields: ['code'] }),
  ]);
  const openAt = open && (await em.findOneOrFail(Organisation, { id: open.organisationId }));
  assertNoViolations(
    validateCaseOpening({
      individual: { sharedWithGovernment: individual.sharedWithGovernment, sin: individual.sin ?? null },
      caseManager: { id: caseManagerId, assignable: !!manager && can(manager.profiles, 'case.assignable') },
      openCase: open && { id: open.id, status: open.status, organisationName: openAt!.name },
      previousCase: input.copyFromCaseId ? { id: input.copyFromCaseId, found: !!previous } : null,
    }),
  );
  const registration = input.registration ?? previous?.registration ?? null;

  const today = businessDate(new Date());
  const copied = previous ? await copiedData(em, previous.id) : [];
  const { caseId, state } = await em
    .transactional(async (tx) => {
      const [{ id }] = await tx.execute<{ id: number }[]>("select nextval('case_id_seq')::int as id");
      tx.create(Case, {
        id,
        individualId: individual.id,
        organisationId: user.organisationId,
        caseManagerId,
        program: PROGRAM,
        accountabilityReporting: input.accountabilityReporting,
        registration,
        status: 'INTAKE',
        statusSince: today,
        workflowId: caseWorkflowId(id),
        createdBy: user.id,
        closedReason: null,
      });
      await tx.flush();
      const opened = openCaseEvents(id, caseManagerId, { today, newId: randomUUID });
      await projectCaseEvents(tx, {
        caseId: id,
        commandId: `open:${id}`,
        actorId: user.id,
        at: new Date().toISOString(),
        events: [...opened.events, ...copied],
      });
      return { caseId: id, state: foldEvents(opened.state, copied) };
    })
    .catch((e) => {
      if (String(e.message).includes('case_one_open_per_individual'))
        assertNoViolations([secondOpenCase({ en: 'another organisation', fr: 'un autre organisme' })]);
      throw e;
    });

  try {
    const workflowInput: CaseWorkflowInput = { state, ...workflowOptions };
    // Bounded, so a user whose Temporal is unreachable is answered instead of waiting on the client's retries.
    await temporal.connection.withDeadline(Date.now() + START_DEADLINE_MS, () =>
      temporal.workflow.start('caseWorkflow', {
        workflowId: caseWorkflowId(caseId),
        taskQueue: CASE_TASK_QUEUE,
        args: [workflowInput],
        // What Temporal's Web UI shows of the case before its history is opened (no personal information).
        staticSummary: caseWorkflowSummary(caseId, organisation.code),
        staticDetails: caseWorkflowDetails(caseId),
      }),
    );
  } catch (e) {
    // A start whose answer was lost may still have started the workflow: then the case stands.
    if (!(e instanceof WorkflowExecutionAlreadyStartedError) && !(await workflowStarted(temporal, caseId))) {
      await removeCase(em, caseId);
      throw e;
    }
  }
  return caseId;
}

/** How long to ask Temporal whether a case's workflow exists before treating it as not started. */
const DESCRIBE_DEADLINE_MS = 3_000;

async function workflowStarted(temporal: Client, caseId: number): Promise<boolean> {
  return temporal.connection
    .withDeadline(Date.now() + DESCRIBE_DEADLINE_MS, () =>
      temporal.workflow.getHandle(caseWorkflowId(caseId)).describe(),
    )
    .then(() => true)
    .catch(() => false);
}

/** education & experience and the additional information answers; never needs, plan, notes, tasks or status. */
async function copiedData(em: EntityManager, fromCaseId: number): Promise<CaseEvent[]> {
  const [education, modules] = await Promise.all([
    em.findOne(CaseEducation, { caseId: fromCaseId }),
    em.find(CaseInfoModule, { caseId: fromCaseId }),
  ]);
  const events: CaseEvent[] = [];
  if (education)
    events.push({ type: 'EducationExperienceSaved', document: education.document as EducationExperienceInput });
  for (const m of modules)
    events.push({
      type: 'AdditionalInfoSaved',
      moduleCode: m.moduleCode,
      answers: m.answers as Record<string, Answer>,
      status: m.status as ModuleStatus,
    });
  return events;
}

async function removeCase(em: EntityManager, caseId: number): Promise<void> {
  await em.transactional(async (tx) => {
    for (const table of ['case_task', 'case_status_row', 'case_command', 'case_education', 'case_info_module'])
      await tx.execute(`delete from ${table} where case_id = ?`, [caseId]);
    await tx.execute('delete from "case" where id = ?', [caseId]);
  });
}
