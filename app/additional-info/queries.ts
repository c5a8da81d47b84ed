// The organisation's Additional Case Information configuration: its modules in order, each with its questions.
import type { EntityManager } from '@mikro-orm/postgresql';
import { CaseInfoModule, OrgInfoModule, OrgInfoQuestion } from '../../db/entities.ts';
import { loadCase } from '../cases/queries.ts';
import type { AppContext } from '../context.ts';
import { INFO_MODULES, type InfoModule, type InfoQuestion } from '../../domain/additional-info.ts';

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

/** A case's answers and status per module of the organisation's configuration (R-ASM-03). */
export async function caseModules(ctx: AppContext, caseId: number) {
  const c = await loadCase(ctx.em, ctx.user, caseId);
  const [modules, saved] = await Promise.all([
    configuredModules(ctx.em, ctx.user.organisationId),
    ctx.em.find(CaseInfoModule, { caseId: c.id }),
  ]);
  return {
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
  };
}
