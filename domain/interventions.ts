// Interventions of the return-to-work action plan: creation (R-INT), changes during plan management (R-PM).
import type { Label } from './case-model.ts';
import type { CaseState, Intervention, InterventionStatus, NonCompletionReason } from './case-state.ts';
import { formatLongDate, type IsoDate } from './dates.ts';
import { EMPLOYABILITY_DIMENSIONS, INTERVENTION_TYPES } from './reference.ts';
import { closedCaseViolation } from './closed-case.ts';
import type { DeliveringFacts } from './delivering-organisations.ts';
import { violation, type Bilingual, type Violation } from './refusals.ts';
import { type InterventionChangeInput, type InterventionInput } from './schemas/case.ts';

/** An intervention's status as a French message says it ("une intervention en cours"). */
const STATUS_FR: Record<InterventionStatus, string> = {
  PLANNED: 'prévue',
  IN_PROGRESS: 'en cours',
  COMPLETED: 'terminée',
  NOT_COMPLETED: 'non terminée',
};

function dateOrder(start: IsoDate, end: IsoDate): Violation[] {
  return end < start
    ? [
        violation(
          'R-INT-11',
          'ERR_DATE_ORDER',
          {
            en: `The planned end date (${end}) cannot be before the planned start date (${start}).`,
            fr:
              `La date de fin prévue (${formatLongDate(end, 'fr')}) ne peut pas précéder la date de début prévue ` +
              `(${formatLongDate(start, 'fr')}).`,
          },
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
      violation('R-PLAN-01', 'ERR_STAGE', {
        en: 'Interventions can be added only while the case is in RTWAP Dev or RTWAP Mgmt.',
        fr:
          "Les interventions ne peuvent être ajoutées que pendant que le cas est à l'état Préparation du PARAT ou " +
          'Gestion du PARAT.',
      }),
    );
  }
  if (INTERVENTION_TYPES[input.interventionType].dimension !== input.dimension) {
    v.push(
      violation(
        'R-INT-01',
        'ERR_TYPE_DIMENSION',
        {
          en: `The intervention type ${input.interventionType} does not belong to the ${input.dimension} dimension.`,
          fr:
            `Le type d'intervention « ${INTERVENTION_TYPES[input.interventionType].fr} » n'appartient pas à la ` +
            `dimension « ${EMPLOYABILITY_DIMENSIONS[input.dimension].fr} ».`,
        },
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
            {
              en: 'Select the delivering organisation: it is required when the delivery model is External.',
              fr:
                "Choisissez l'organisme prestataire : il est obligatoire lorsque le modèle de prestation est " +
                'Externe.',
            },
            { field: 'deliveringOrganisation' },
          ),
        ];
  }
  if (input.deliveringOrganisation) {
    return [
      violation(
        'R-DLV-03',
        'ERR_DELIVERING_ORG_TWICE',
        {
          en:
            'Choose the delivering organisation from the list (deliveringOrganisationId) or name a partner outside ' +
            'Pathway (deliveringOrganisation), not both.',
          fr:
            "Choisissez l'organisme prestataire dans la liste (deliveringOrganisationId) ou nommez un partenaire " +
            'extérieur à Pathway (deliveringOrganisation), pas les deux.',
        },
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
          {
            en:
              `Select the delivering organisation from the list (GET /api/delivering-organisations): organisation ` +
              `${id} is not on it. Your own organisation delivers In House.`,
            fr:
              `Choisissez l'organisme prestataire dans la liste (GET /api/delivering-organisations) : l'organisme ` +
              `${id} n'y figure pas. Votre propre organisme offre la prestation à l'interne.`,
          },
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
  return (
    i ?? [
      violation('R-INT-01', 'ERR_NOT_FOUND', {
        en: `This case has no intervention ${id}.`,
        fr: `Ce cas n'a aucune intervention ${id}.`,
      }),
    ]
  );
}

/**
 * R-DLV-05: how an intervention is delivered is chosen when it is added. Once an organisation of Pathway delivers it,
 * the client and the case are shared with that organisation for good: it is never removed nor replaced.
 */
function deliveryChange(i: Intervention, input: InterventionChangeInput): Violation[] {
  const changed =
    (input.deliveryModel !== undefined && input.deliveryModel !== i.deliveryModel) ||
    (input.deliveringOrganisationId !== undefined && input.deliveringOrganisationId !== i.deliveringOrganisationId) ||
    (input.deliveringOrganisation !== undefined && input.deliveringOrganisation !== (i.deliveringOrganisation ?? ''));
  if (!changed) return [];
  if (i.deliveringOrganisationId !== undefined) {
    const name = i.deliveringOrganisation ?? String(i.deliveringOrganisationId);
    return [
      violation(
        'R-DLV-05',
        'ERR_SHARE_IRREVERSIBLE',
        {
          en:
            `This intervention is delivered by ${name}, with whom the client and the case are shared. Sharing cannot ` +
            `be undone, so its delivering organisation cannot be removed or replaced; add another intervention for ` +
            `another organisation.`,
          fr:
            `Cette intervention est offerte par ${name}, à qui le client et le cas ont été communiqués. Une ` +
            `communication ne peut pas être annulée : l'organisme prestataire ne peut être ni retiré ni remplacé; ` +
            `ajoutez une autre intervention pour un autre organisme.`,
        },
        { field: 'deliveringOrganisationId' },
      ),
    ];
  }
  return [
    violation(
      'R-INT-02',
      'ERR_DELIVERY_ON_ADD',
      {
        en:
          'The delivery model and the delivering organisation are chosen when an intervention is added: delete ' +
          'this Planned intervention and add it again to change them.',
        fr:
          "Le modèle de prestation et l'organisme prestataire se choisissent à l'ajout d'une intervention : " +
          'effacez cette intervention prévue et ajoutez-la de nouveau pour les changer.',
      },
      { field: input.deliveryModel !== undefined ? 'deliveryModel' : 'deliveringOrganisation' },
    ),
  ];
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
      violation('R-PM-06', 'ERR_INTERVENTION_CLOSED', {
        en: 'This intervention is closed: its fields can no longer change. Add a case note instead.',
        fr:
          'Cette intervention est fermée : ses champs ne peuvent plus être modifiés. Ajoutez plutôt une note au ' +
          'cas.',
      }),
    ];
  }
  v.push(...deliveryChange(i, input));
  v.push(...dateOrder(input.plannedStartDate ?? i.plannedStartDate, input.plannedEndDate ?? i.plannedEndDate));
  if (input.status) {
    if (s.status !== 'RTWAP_MGMT') {
      v.push(
        violation(
          'R-PM-01',
          'ERR_STAGE',
          {
            en: 'An intervention can be started or closed only once the plan is developed and signed (RTWAP Mgmt).',
            fr:
              "Une intervention ne peut être commencée ou fermée qu'une fois le plan élaboré et signé (Gestion du " +
              'PARAT).',
          },
          { field: 'status' },
        ),
      );
    }
    if (input.status === 'IN_PROGRESS' && i.status !== 'PLANNED') {
      v.push(
        violation(
          'R-PM-02',
          'ERR_TRANSITION',
          {
            en: `An intervention that is ${i.status} cannot move to IN_PROGRESS.`,
            fr: `Une intervention ${STATUS_FR[i.status]} ne peut pas passer à l'état en cours.`,
          },
          { field: 'status' },
        ),
      );
    }
    if (input.status === 'COMPLETED' || input.status === 'NOT_COMPLETED') {
      if (!input.actualEndDate) {
        v.push(
          violation(
            'R-PM-04',
            'ERR_ACTUAL_END_REQUIRED',
            {
              en: 'Enter the actual end date to close the intervention.',
              fr: "Saisissez la date de fin réelle pour fermer l'intervention.",
            },
            {
              field: 'actualEndDate',
            },
          ),
        );
      } else if (input.actualEndDate > today) {
        v.push(
          violation(
            'R-PM-04',
            'ERR_ACTUAL_END_FUTURE',
            {
              en: `The actual end date cannot be after today (${today}).`,
              fr: `La date de fin réelle ne peut pas être postérieure à aujourd'hui (${formatLongDate(today, 'fr')}).`,
            },
            { field: 'actualEndDate' },
          ),
        );
      }
      if (input.status === 'NOT_COMPLETED' && !input.nonCompletionReason) {
        v.push(
          violation(
            'R-PM-05',
            'ERR_REASON_REQUIRED',
            {
              en: 'Select the reason the intervention was not completed.',
              fr: "Choisissez la raison pour laquelle l'intervention n'a pas été terminée.",
            },
            {
              field: 'nonCompletionReason',
            },
          ),
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
        violation('R-INT-07', 'ERR_DELETE_NOT_PLANNED', {
          en: `Only Planned interventions can be deleted; this one is ${found.status}.`,
          fr: `Seules les interventions prévues peuvent être effacées; celle-ci est ${STATUS_FR[found.status]}.`,
        }),
      ];
}

/**
 * R-INT-09: the text of an intervention's progress-check notification, e.g. "Progress check with Jane Johnson
 * in regards to intervention: JobSearch-Workshops with a start date of 2011-11-16".
 */
export function progressCheckMessage(clientName: string, interventionType: string, startDate: IsoDate): Bilingual {
  const type = INTERVENTION_TYPES[interventionType as keyof typeof INTERVENTION_TYPES];
  const label = type?.en ?? interventionType;
  return {
    en:
      `Progress check with ${clientName} in regards to intervention: ${label.replace(/\s+/g, '')} with a ` +
      `start date of ${startDate}`,
    fr:
      `Suivi des progrès avec ${clientName} concernant l'intervention « ${type?.fr ?? interventionType} » dont la ` +
      `date de début est le ${formatLongDate(startDate, 'fr')}`,
  };
}

/** R-NOTIF-03: the progress check exists while the intervention is open, due on its planned end date. */
export const needsProgressCheck = (i: Intervention) => i.status === 'PLANNED' || i.status === 'IN_PROGRESS';

/** R-PM-02: the intervention statuses as the seeds name them (Prévue / En cours / Terminé / Non terminé). */
export const INTERVENTION_STATUS_LABELS: Record<InterventionStatus, Label> = {
  PLANNED: { en: 'Planned', fr: 'Prévue' },
  IN_PROGRESS: { en: 'In Progress', fr: 'En cours' },
  COMPLETED: { en: 'Complete', fr: 'Terminée' },
  NOT_COMPLETED: { en: 'Not Complete', fr: 'Non terminée' },
};

/** R-PM-05: why an intervention was not completed. */
export const NON_COMPLETION_REASON_LABELS: Record<NonCompletionReason, Label> = {
  CLIENT_WITHDREW: { en: 'Client withdrew', fr: "Le client s'est retiré" },
  FOUND_EMPLOYMENT: { en: 'Client found work', fr: 'Le client a trouvé du travail' },
  ILLNESS: { en: 'Illness', fr: 'Maladie' },
  MOVED: { en: 'Client moved', fr: 'Le client a déménagé' },
  NOT_SUITABLE: { en: 'Intervention not suitable', fr: 'Intervention inadaptée' },
  SERVICE_CANCELLED: { en: 'Intervention cancelled', fr: 'Intervention annulée' },
  OTHER: { en: 'Other', fr: 'Autre' },
};
