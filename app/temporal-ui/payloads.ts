// What Temporal's Web UI may read of a workflow's history. Each payload names the workflow it is bound to
// (infra/payload-codec.ts): the codec endpoint decrypts the payloads of the caller's organisation's workflows and
// leaves every other one encrypted; Operations Support may read any organisation's, and each such reading is
// audited. Nothing is ever encoded for the UI: changes go through Pathway, never through Temporal's UI.
import type { Payload, PayloadCodec } from '@temporalio/common';
import { describePayload } from '../../infra/payload-codec.ts';
import { isOps } from '../../domain/access.ts';
import { writeAudit } from '../../db/access-audit.ts';
import type { AppContext } from '../context.ts';

/** Operations Support reads any organisation's payloads; each reading of another organisation's is audited. */
async function auditOtherOrganisations(ctx: AppContext, owners: Map<string, number>): Promise<void> {
  const others = [...owners].filter(([, org]) => org !== ctx.user.organisationId);
  if (!others.length) return;
  await writeAudit(
    ctx.em,
    { id: ctx.user.id, name: ctx.user.name },
    others.map(([workflowId, organisationId]) => ({
      organisationId,
      action: 'PAYLOADS_DECODED',
      targetType: 'WORKFLOW',
      targetId: workflowId,
      targetName: workflowId,
    })),
  );
}

/** The organisation each workflow belongs to: a case's, a funding request's case's, an invitation's. */
async function organisationsOf(ctx: AppContext, workflowIds: string[]): Promise<Map<string, number>> {
  if (!workflowIds.length) return new Map();
  const rows = await ctx.em.execute<{ workflow_id: string; organisation_id: number }[]>(
    `select workflow_id, organisation_id from "case" where workflow_id in (?)
     union all
     select p.workflow_id, c.organisation_id from funding_package p join "case" c on c.id = p.case_id
      where p.workflow_id in (?)
     union all
     select 'invitation-' || i.id, i.organisation_id from invitation i where 'invitation-' || i.id in (?)`,
    [workflowIds, workflowIds, workflowIds],
  );
  return new Map(rows.map((r) => [r.workflow_id, r.organisation_id]));
}

export async function decodeForViewer(ctx: AppContext, codec: PayloadCodec, payloads: Payload[]): Promise<Payload[]> {
  const described = payloads.map((p) => ({ payload: p, ...describePayload(p) }));
  const bound = [...new Set(described.map((d) => d.boundTo).filter((w): w is string => !!w))];
  const operator = isOps(ctx.user.profiles);
  const owners = await organisationsOf(ctx, bound);
  if (operator) await auditOtherOrganisations(ctx, owners);
  const readable = (d: (typeof described)[number]) =>
    d.encrypted && (operator || (!!d.boundTo && owners.get(d.boundTo) === ctx.user.organisationId));
  return Promise.all(described.map(async (d) => (readable(d) ? (await codec.decode([d.payload]))[0] : d.payload)));
}
