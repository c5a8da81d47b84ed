// Additional Case Information: the organisation's configuration (administrators, R-ASM-01/02) and each
// case's answers per module, saved through the case workflow (R-ASM-03/04).
import { Router } from 'express';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Client } from '@temporalio/client';
import { CaseInfoModule, OrgInfoModule, OrgInfoQuestion } from '../../db/entities.ts';
import { INFO_MODULES, type InfoModule, type InfoQuestion } from '../../domain/additional-info.ts';
import { additionalInfoConfigSchema, moduleAnswersSchema } from '../../domain/schemas.ts';
import { saveAdditionalInfoUpdate } from '../../workflows/case-api.ts';
import { requirePermission } from '../auth.ts';
import { caseAfterChange, loadCase } from '../case-read.ts';
import { sendUpdate } from '../../app/updates.ts';
import { idParam, parse } from '../http.ts';
import { Refusal } from '../../domain/refusals.ts';
import { idempotencyKeyOf } from '../idempotency.ts';

export interface ConfiguredModule {
  moduleCode: InfoModule;
  label: (typeof INFO_MODULES)[InfoModule];
  required: boolean;
  displayOrder: number;
  questions: InfoQuestion[];
}

/** The organisation's modules in their order, each with its questions in theirs. */
export async function configuredModules(em: EntityManager, organisationId: number): Promise<ConfiguredModule[]> {
  const [modules, questions] = await Promise.all([
    em.find(OrgInfoModule, { organisationId }, { orderBy: { displayOrder: 'asc' } }),
    em.find(OrgInfoQuestion, { organisationId }, { orderBy: { displayOrder: 'asc' } }),
  ]);
  return modules.map((m) => ({
    moduleCode: m.moduleCode as InfoModule,
    label: INFO_MODULES[m.moduleCode as InfoModule],
    required: m.required,
    displayOrder: m.displayOrder,
    questions: questions
      .filter((q) => q.moduleCode === m.moduleCode)
      .map((q) => ({
        id: q.id,
        text: q.text,
        answerType: q.answerType as InfoQuestion['answerType'],
        options: q.options,
        required: q.required,
      })),
  }));
}

export async function requiredModules(em: EntityManager, organisationId: number): Promise<string[]> {
  return (await em.find(OrgInfoModule, { organisationId, required: true })).map((m) => m.moduleCode);
}

export function additionalInfoRoutes(orm: MikroORM, temporal: Client): Router {
  const r = Router();
  const em = () => orm.em.fork();

  r.get('/organisation/additional-info', async (_req, res) => {
    const user = requirePermission(res, ['case.view', 'org.admin']);
    res.json({ modules: await configuredModules(em(), user.organisationId) });
  });

  // Questions keep their ids (and so their answers) when sent back with them; the ones left out are removed.
  r.put('/organisation/additional-info', async (req, res) => {
    const user = requirePermission(res, 'org.admin');
    const input = parse(additionalInfoConfigSchema, req.body);
    const organisationId = user.organisationId;
    await em().transactional(async (tx) => {
      const existing = new Set((await tx.find(OrgInfoQuestion, { organisationId })).map((q) => q.id));
      const kept: number[] = [];
      await tx.nativeDelete(OrgInfoModule, { organisationId });
      for (const [mi, m] of input.modules.entries()) {
        tx.create(OrgInfoModule, {
          organisationId,
          moduleCode: m.moduleCode,
          displayOrder: mi + 1,
          required: m.required,
        });
        for (const [qi, q] of m.questions.entries()) {
          const data = {
            organisationId,
            moduleCode: m.moduleCode,
            text: q.text,
            answerType: q.answerType,
            options: q.options,
            required: q.required,
            displayOrder: qi + 1,
          };
          if (q.id !== undefined) {
            if (!existing.has(q.id))
              throw new Refusal(
                'invalid',
                'INVALID_INPUT',
                `Question ${q.id} is not one of your organisation's questions; leave out its id to add it.`,
              );
            await tx.nativeUpdate(OrgInfoQuestion, { id: q.id }, data);
            kept.push(q.id);
          } else {
            tx.create(OrgInfoQuestion, data);
          }
        }
      }
      await tx.nativeDelete(OrgInfoQuestion, { organisationId, id: { $nin: kept.length ? kept : [0] } });
    });
    res.json({ modules: await configuredModules(em(), organisationId) });
  });

  r.get('/cases/:caseId/additional-info', async (req, res) => {
    const user = requirePermission(res, 'case.view');
    const c = await loadCase(em(), user, idParam(req, 'caseId'));
    const [modules, saved] = await Promise.all([
      configuredModules(em(), user.organisationId),
      em().find(CaseInfoModule, { caseId: c.id }),
    ]);
    res.json({
      modules: modules.map((m) => {
        const row = saved.find((s) => s.moduleCode === m.moduleCode);
        return {
          ...m,
          status: row?.status ?? 'NOT_STARTED',
          answers: row?.answers ?? {},
          lastUpdated: row?.updatedAt ?? null,
          updatedBy: row?.updatedBy ?? null,
        };
      }),
    });
  });

  r.put('/cases/:caseId/additional-info/:moduleCode', async (req, res) => {
    const user = requirePermission(res, 'case.update');
    const c = await loadCase(em(), user, idParam(req, 'caseId'));
    if (c.status === 'CLOSED')
      throw new Refusal('conflict', 'E-CLOSE-01', 'This case is closed and cannot be reopened or changed.');
    const moduleCode = String(req.params.moduleCode);
    if (!(moduleCode in INFO_MODULES))
      throw new Refusal(
        'not-found',
        'NOT_FOUND',
        `There is no module ${moduleCode}; the modules are ${Object.keys(INFO_MODULES).join(', ')}.`,
      );
    const input = parse(moduleAnswersSchema, req.body);
    const questions =
      (await configuredModules(em(), user.organisationId)).find((m) => m.moduleCode === moduleCode)?.questions ?? [];
    const save = {
      moduleCode: moduleCode as InfoModule,
      answers: input.answers,
      completed: input.completed,
      questions,
    };
    await sendUpdate(
      temporal,
      c.workflowId,
      saveAdditionalInfoUpdate,
      save,
      { userId: user.id },
      idempotencyKeyOf(req),
    );
    res.json(await caseAfterChange(em(), user, c.id));
  });

  return r;
}
