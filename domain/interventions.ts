// Interventions of the return-to-work action plan: creation (R-INT), changes during plan management (R-PM).
import type { CaseState, Intervention } from './case-state.ts';
import type { IsoDate } from './dates.ts';
import { INTERVENTION_TYPES } from './reference.ts';
import { closedCaseViolation } from './closed-case.ts';
import type { DeliveringFacts } from './delivering-organisations.ts';
import { violation, type Violation } from './refusals.ts';
import { type InterventionChangeInput, type InterventionInput } from './schemas/case.ts';

function dateOrder(start: IsoDate, end: IsoDate): Violation[] {
  return end < start
    ? [
        violation(
          'R-INT-11',
          'ERR_DATE_ORDER',
          `The planned end date (${end}) cannot be before the planned start date (${start}).`,
          { field: 'plannedEndDate' },
        ),
      ]
    : [];
}

/** A new intervention as the workflow receives it: the request and what the server found of its delivering
 * organisation. */
export type NewInterventionInput = InterventionInput & DeliveringFacts;

export function validateNewIntervention(s: CaseState, input: NewInterventionInput): Violation[] {
  const closed = closedCaseViolation(s);
  if (closed.length) return closed;
  const v: Violation[] = [];
  if (s.status !== 'RTWAP_DEV' && s.status !== 'RTWAP_MGMT') {
    v.push(
      violation(
        'R-PLAN-01',
        'ERR_STAGE',
        'Interventions can be added only while the case is in RTWAP Dev or RTWAP Mgmt.',
      ),
    );
  }
  if (INTERVENTION_TYPES[input.interventionType].dimension !== input.dimension) {
    v.push(
      violation(
        'R-INT-01',
        'ERR_TYPE_DIMENSION',
        `The intervention type ${input.interventionType} does not belong to the ${input.dimension} dimension.`,
        { field: 'interventionType' },
      ),
    );
  }
  return [...v, ...deliveringViolations(input), ...dateOrder(input.plannedStartDate, input.plannedEndDate)];
}

/**
 * R-INT-02, R-DLV-02/03: an External intervention is delivered by an organisation of Pathway chosen from the list (its
 * id, which the server found there: `delivering`) or by a partner outside Pathway, named; never both.
 */
function deliveringViolations(input: NewInterventionInput): Violation[] {
  if (input.deliveryModel !== 'EXTERNAL') return [];
  const id = input.deliveringOrganisationId;
  if (id === undefined) {
    return input.deliveringOrganisation
      ? []
      : [
          violation(
            'R-INT-02',
            'ERR_DELIVERING_ORG',
            'Select the delivering organisation: it is required when the delivery model is External.',
            { field: 'deliveringOrganisation' },
          ),
        ];
  }
  if (input.deliveringOrganisation) {
    return [
      violation(
        'R-DLV-03',
        'ERR_DELIVERING_ORG_TWICE',
        'Choose the delivering organisation from the list (deliveringOrganisationId) or name a partner outside ' +
          'Pathway (deliveringOrganisation), not both.',
        { field: 'deliveringOrganisation' },
      ),
    ];
  }
  return input.delivering?.id === id
    ? []
    : [
        violation(
          'R-DLV-03',
          'ERR_DELIVERING_ORG_UNKNOWN',
          `Select the delivering organisation from the list (GET /api/delivering-organisations): organisation ${id} ` +
            'is not on it. Your own organisation delivers In House.',
          { field: 'deliveringOrganisationId' },
        ),
      ];
}

export function newIntervention(id: string, input: NewInterventionInput): Intervention {
  const external = input.deliveryModel === 'EXTERNAL';
  return {
    id,
    dimension: input.dimension,
    interventionType: input.interventionType,
    fundingType: input.fundingType,
    deliveryModel: input.deliveryModel,
    // R-INT-02 / resolution 12: In-House shows the case's own organisation; nothing is stored for it.
    deliveringOrganisation: external ? (input.delivering?.name ?? input.deliveringOrganisation ?? null) : null,
    ...(external && input.delivering ? { deliveringOrganisationId: input.delivering.id } : {}),
    plannedStartDate: input.plannedStartDate,
    plannedEndDate: input.plannedEndDate,
    description: input.description,
    fundingRequested: input.fundingRequested,
    status: 'PLANNED', // R-INT-06
    actualEndDate: null,
    nonCompletionReason: null,
  };
}

function findIntervention(s: CaseState, id: string): Intervention | Violation[] {
  const i = s.interventions.find((x) => x.id === id);
  return i ?? [violation('R-INT-01', 'ERR_NOT_FOUND', `This case has no intervention ${id}.`)];
}

export function validateInterventionChange(
  s: CaseState,
  id: string,
  input: InterventionChangeInput,
  today: IsoDate,
): Violation[] {
  const closed = closedCaseViolation(s);
  if (closed.length) return closed;
  const found = findIntervention(s, id);
  if (Array.isArray(found)) return found;
  const i = found;
  const v: Violation[] = [];
  if (i.status === 'COMPLETED' || i.status === 'NOT_COMPLETED') {
    return [
      violation(
        'R-PM-06',
        'ERR_INTERVENTION_CLOSED',
        'This intervention is closed: its fields can no longer change. Add a case note instead.',
      ),
    ];
  }
  v.push(...dateOrder(input.plannedStartDate ?? i.plannedStartDate, input.plannedEndDate ?? i.plannedEndDate));
  if (input.status) {
    if (s.status !== 'RTWAP_MGMT') {
      v.push(
        violation(
          'R-PM-01',
          'ERR_STAGE',
          'An intervention can be started or closed only once the plan is developed and signed (RTWAP Mgmt).',
          { field: 'status' },
        ),
      );
    }
    if (input.status === 'IN_PROGRESS' && i.status !== 'PLANNED') {
      v.push(
        violation('R-PM-02', 'ERR_TRANSITION', `An intervention that is ${i.status} cannot move to IN_PROGRESS.`, {
          field: 'status',
        }),
      );
    }
    if (input.status === 'COMPLETED' || input.status === 'NOT_COMPLETED') {
      if (!input.actualEndDate) {
        v.push(
          violation('R-PM-04', 'ERR_ACTUAL_END_REQUIRED', 'Enter the actual end date to close the intervention.', {
            field: 'actualEndDate',
          }),
        );
      } else if (input.actualEndDate > today) {
        v.push(
          violation('R-PM-04', 'ERR_ACTUAL_END_FUTURE', `The actual end date cannot be after today (${today}).`, {
            field: 'actualEndDate',
          }),
        );
      }
      if (input.status === 'NOT_COMPLETED' && !input.nonCompletionReason) {
        v.push(
          violation('R-PM-05', 'ERR_REASON_REQUIRED', 'Select the reason the intervention was not completed.', {
            field: 'nonCompletionReason',
          }),
        );
      }
    }
  }
  return v;
}

export function changedIntervention(i: Intervention, input: InterventionChangeInput): Intervention {
  const closing = input.status === 'COMPLETED' || input.status === 'NOT_COMPLETED';
  return {
    ...i,
    plannedStartDate: input.plannedStartDate ?? i.plannedStartDate,
    plannedEndDate: input.plannedEndDate ?? i.plannedEndDate,
    status: input.status ?? i.status,
    actualEndDate: closing ? (input.actualEndDate ?? null) : i.actualEndDate,
    nonCompletionReason: input.status === 'NOT_COMPLETED' ? (input.nonCompletionReason ?? null) : i.nonCompletionReason,
  };
}

export function validateInterventionRemoval(s: CaseState, id: string): Violation[] {
  const closed = closedCaseViolation(s);
  if (closed.length) return closed;
  const found = findIntervention(s, id);
  if (Array.isArray(found)) return found;
  return found.status === 'PLANNED'
    ? []
    : [
        violation(
          'R-INT-07',
          'ERR_DELETE_NOT_PLANNED',
          `Only Planned interventions can be deleted; this one is ${found.status}.`,
        ),
      ];
}

/**
 * R-INT-09: the text of an intervention's progress-check notification, e.g. "Progress check with Jane Johnson
 * in regards to intervention: JobSearch-Workshops with a start date of 2011-11-16".
 */
export function progressCheckMessage(clientName: string, interventionType: string, startDate: IsoDate): string {
  const label = INTERVENTION_TYPES[interventionType as keyof typeof INTERVENTION_TYPES]?.en ?? interventionType;
  return (
    `Progress check with ${clientName} in regards to intervention: ${label.replace(/\s+/g, '')} with a ` +
    `start date of ${startDate}`
  );
}

/** R-NOTIF-03: the progress check exists while the intervention is open, due on its planned end date. */
export const needsProgressCheck = (i: Intervention) => i.status === 'PLANNED' || i.status === 'IN_PROGRESS';
