// R-SEC-18: Operations Support's "acting as" sessions. The open one lives in PostgreSQL beside the session it belongs
// to, so every API instance answers the same; each start and end is also written to the organisation's access log.
import { Organisation, User } from '../../db/entities.ts';
import { writeAudit } from '../../db/access-audit.ts';
import type { AuditActor } from '../../domain/access-audit.ts';
import { assertNoViolations, notFound } from '../../domain/refusals.ts';
import { validateSupportStart, type SupportEnd } from '../../domain/support-sessions.ts';
import type { AppContext } from '../context.ts';
import { tokenHash } from './tokens.ts';

interface OpenSupport {
  id: number;
  organisation_id: number;
  user_id: number;
  user_name: string;
}

/** Ends the support session open in this session, if any, and records its end. */
export async function endSupportSession(
  ctx: Pick<AppContext, 'em'>,
  sessionId: string,
  reason: SupportEnd,
  actor?: AuditActor,
): Promise<void> {
  const ended = await ctx.em.execute<OpenSupport[]>(
    `update support_session set ended_at = now(), end_reason = ?
      where session_id = ? and ended_at is null
      returning id, organisation_id, user_id, user_name`,
    [reason, sessionId],
  );
  for (const s of ended)
    await writeAudit(ctx.em, actor ?? { id: s.user_id, name: s.user_name }, [
      {
        organisationId: s.organisation_id,
        action: 'SUPPORT_SESSION_ENDED',
        targetType: 'ORGANISATION',
        targetId: s.organisation_id,
        after: { supportSessionId: s.id, ended: reason },
      },
    ]);
}

/** Starts acting as the organisation in this session; one already open ends first (SWITCHED). */
export async function startActingAs(
  ctx: Pick<AppContext, 'em' | 'user'> & { audit: AuditActor },
  token: string,
  input: { organisationId: number; reason: string },
): Promise<void> {
  const me = await ctx.em.findOneOrFail(User, { id: ctx.user.id });
  assertNoViolations(
    validateSupportStart({ profiles: ctx.user.profiles, homeOrganisationId: me.organisationId }, input.organisationId),
  );
  const org = await ctx.em.findOne(Organisation, { id: input.organisationId });
  if (!org) throw notFound({ en: 'The organisation', fr: "L'organisme" });
  await ctx.em.transactional(async (em) => {
    const sessionId = tokenHash(token);
    await endSupportSession({ em }, sessionId, 'SWITCHED', ctx.audit);
    const [row] = await em.execute<{ id: number }[]>(
      `insert into support_session (session_id, user_id, user_name, organisation_id, reason)
       values (?, ?, ?, ?, ?) returning id`,
      [sessionId, ctx.user.id, ctx.audit.name, org.id, input.reason],
    );
    await writeAudit(em, ctx.audit, [
      {
        organisationId: org.id,
        action: 'SUPPORT_SESSION_STARTED',
        targetType: 'ORGANISATION',
        targetId: org.id,
        targetName: org.name,
        after: { supportSessionId: row.id, supportReason: input.reason },
      },
    ]);
  });
}

/** Back to the person's own organisation. */
export async function stopActingAs(ctx: Pick<AppContext, 'em'> & { audit: AuditActor }, token: string): Promise<void> {
  await endSupportSession(ctx, tokenHash(token), 'STOPPED', ctx.audit);
}
