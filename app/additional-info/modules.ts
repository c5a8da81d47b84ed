// The organisation's Additional Case Information configuration (its modules in order, each with its questions) and a
// case's answers per module: read by the module pages and by the case page, whose next step needs the statuses.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { InferEntity } from '@mikro-orm/core';
import { CaseInfoModule, OrgInfoModule, OrgInfoQuestion } from '../../db/entities.ts';
import { INFO_MODULES, type InfoModule, type InfoQuestion } from '../../domain/additional-info.ts';
import type { ModuleStatus } from '../../domain/case-state.ts';

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
  return configuredFrom(modules, questions);
}

/** The configuration from its rows, each list in display order (the case page reads them in its one statement). */
export function configuredFrom(
  modules: InferEntity<typeof OrgInfoModule>[],
  questions: InferEntity<typeof OrgInfoQuestion>[],
): ConfiguredModule[] {
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

/** A case's answers and status per module of its organisation's configuration (R-ASM-03). */
export async function caseModuleViews(em: EntityManager, organisationId: number, caseId: number) {
  const [modules, saved] = await Promise.all([
    configuredModules(em, organisationId),
    em.find(CaseInfoModule, { caseId }),
  ]);
  return moduleViews(modules, saved);
}

/** Each configured module with the case's answers and status (not started when the case has none). */
export function moduleViews(modules: ConfiguredModule[], saved: InferEntity<typeof CaseInfoModule>[]) {
  return modules.map((m) => {
    const row = saved.find((s) => s.moduleCode === m.moduleCode);
    return {
      ...m,
      status: (row?.status ?? 'NOT_STARTED') as ModuleStatus,
      answers: row?.answers ?? {},
      lastUpdated: row?.updatedAt ?? null,
      updatedBy: row?.updatedBy ?? null,
    };
  });
}
