// R-UI-04: a case's audit trail for the people who work it: every accepted action (case_command, written with the
// acting user) told as who did what and when, newest first (R-HIST-06). Read from PostgreSQL alone, and only for a
// case of the reader's organisation; what the workflow did by itself (emails, retries) is the supervisors' timeline.
import { CaseCommand } from '../../db/entities.ts';
import { commandEntries, idsNamedBy, newestFirst, type TimelineEntry } from '../supervision/case-timeline.ts';
import type { AppContext } from '../context.ts';
import { namesOf } from './names.ts';
import { loadCase } from './queries.ts';

export async function caseAuditTrail(ctx: AppContext, caseId: number): Promise<TimelineEntry[]> {
  const c = await loadCase(ctx.em, ctx.user, caseId);
  const commands = await ctx.em.find(CaseCommand, { caseId: c.id }, { orderBy: { at: 'asc', id: 'asc' } });
  const named = idsNamedBy(commands);
  return newestFirst(commandEntries(commands, await namesOf(ctx, named.users, named.organisations)));
}
