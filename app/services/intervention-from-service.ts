// "Start an intervention from a service": the registered client's plan gets the service as an intervention, through
// the case's workflow like any plan change.
import { ServiceParticipant } from '../../db/entities.ts';
import { addIntervention } from '../../domain/case-actions/index.ts';
import { parseInput } from '../../domain/input.ts';
import { INTERVENTION_TYPES } from '../../domain/reference.ts';
import { assertNoViolations, notFound } from '../../domain/refusals.ts';
import { interventionFromServiceSchema } from '../../domain/schemas/services.ts';
import { validateInterventionFromService } from '../../domain/services.ts';
import { caseUpdate } from '../../workflows/case-api.ts';
import { caseAfterChange, loadCase } from '../cases/queries.ts';
import type { AppContext } from '../context.ts';
import { sendUpdate } from '../updates.ts';
import { deliveringOrganisation } from './delivering-organisations.ts';
import { entryFacts, visibleService } from './queries.ts';

export async function startInterventionFromService(
  ctx: AppContext,
  serviceId: number,
  participantId: number,
  body: unknown,
  idempotencyKey: string | undefined,
) {
  const s = await visibleService(ctx, serviceId, true);
  const p = await ctx.em.findOne(ServiceParticipant, { id: participantId, serviceId: s.id });
  if (!p) throw notFound({ en: `Participant ${participantId}`, fr: `Le participant ${participantId}` });
  const input = parseInput(interventionFromServiceSchema, body);
  assertNoViolations(validateInterventionFromService(entryFacts(p)));
  // The case-owning organisation changes the plan (R-DLV-04): a delivering organisation cannot.
  const c = await loadCase(ctx.em, ctx.user, p.caseId!);
  const type = INTERVENTION_TYPES[s.serviceType as keyof typeof INTERVENTION_TYPES];
  const external = s.organisationId !== c.organisationId;
  // R-DLV-03: another organisation's service shares the case with that organisation, by its id.
  const delivering = external ? await deliveringOrganisation(ctx.em, c.organisationId, s.organisationId) : null;
  await sendUpdate(
    ctx,
    c.workflowId,
    caseUpdate(addIntervention),
    {
      dimension: type.dimension,
      interventionType: s.serviceType as keyof typeof INTERVENTION_TYPES,
      fundingType: input.fundingType,
      deliveryModel: external ? 'EXTERNAL' : 'IN_HOUSE',
      deliveringOrganisationId: external ? s.organisationId : undefined,
      delivering,
      plannedStartDate: s.startDate,
      plannedEndDate: s.endDate,
      description: input.description ?? `${s.name} (enhanced service ${s.id})`,
      fundingRequested: false,
    },
    { idempotencyKey },
  );
  return caseAfterChange(ctx.em, ctx.user, c.id);
}
