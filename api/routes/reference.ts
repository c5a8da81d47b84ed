// Reference data for forms: the outcomes each stage task accepts, closure reasons per status, codes and labels.
// Served from the domain's own tables so the UI offers exactly what the rules accept.
import { Router } from 'express';
import {
  MANUAL_CLOSURE_REASONS,
  REASON_LABELS,
  STATUS_LABELS,
  TASK_LABELS,
  TASK_OUTCOMES,
} from '../../domain/case-model.ts';
import {
  BARRIER_TYPES,
  DELIVERY_MODELS,
  EMPLOYABILITY_DIMENSIONS,
  EMPLOYMENT_GOALS,
  FUNDING_TYPES,
  INTERVENTION_TYPES,
  NOC_CODES,
} from '../../domain/reference.ts';
import { EMPLOYMENT_STATUS_CODES, OUTCOME_TYPE_CODES } from '../../domain/schemas/case.ts';

export function referenceRoutes(): Router {
  const r = Router();
  const body = {
    statuses: STATUS_LABELS,
    reasons: REASON_LABELS,
    tasks: TASK_LABELS,
    taskOutcomes: Object.fromEntries(
      Object.entries(TASK_OUTCOMES).map(([type, outcomes]) => [
        type,
        Object.fromEntries(Object.entries(outcomes!).map(([k, v]) => [k, v.label])),
      ]),
    ),
    closureReasons: MANUAL_CLOSURE_REASONS,
    dimensions: EMPLOYABILITY_DIMENSIONS,
    interventionTypes: INTERVENTION_TYPES,
    fundingTypes: FUNDING_TYPES,
    deliveryModels: DELIVERY_MODELS,
    employmentGoals: EMPLOYMENT_GOALS,
    barrierTypes: BARRIER_TYPES,
    nocCodes: NOC_CODES,
    outcomeTypes: OUTCOME_TYPE_CODES,
    employmentStatuses: EMPLOYMENT_STATUS_CODES,
  };
  r.get('/reference', (_req, res) => void res.json(body));
  return r;
}
