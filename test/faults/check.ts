// The consistency check after a fault: every accepted change is in PostgreSQL and in its workflow's state,
// no row is written twice, every case in PostgreSQL has its workflow (nothing half written), and the SMTP
// sink received every expected email exactly once (read back from its folder of .eml files).
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Client } from '@temporalio/client';
import pg from 'pg';
import { caseViewQuery, caseWorkflowId, type CaseView } from '../../workflows/case-api.ts';
import type { Ledger, World } from './workload.ts';
import { messageIdFor } from '../../infra/mailer.ts';

export interface Consistency {
  accepted: number;
  /** Accepted (2xx) changes missing from PostgreSQL or from the workflow's state. */
  lost: number;
  /** Changes never answered 2xx (gave up after retries) or refused (4xx). */
  unanswered: number;
  duplicateRows: number;
  halfWritten: number;
  stateMismatches: number;
  emailsExpected: number;
  emailsReceived: number;
  emailDuplicates: number;
  emailsMissing: number;
  outboxNotSent: number;
  problems: string[];
}

const is2xx = (s: number) => s >= 200 && s < 300;
/** The Message-ID the mailer gives an assignment email (infra/mailer.ts). */
const assignmentMessageId = (caseId: number, key: string) => messageIdFor(`case-assigned:${caseId}:${key}`);

async function messageIds(dir: string): Promise<string[]> {
  const files = (await readdir(dir).catch(() => [] as string[])).filter((f) => f.endsWith('.eml'));
  const ids: string[] = [];
  for (const f of files) {
    const raw = await readFile(path.join(dir, f), 'utf8');
    const id = /^Message-ID:\s*<([^>]+)>/im.exec(raw)?.[1];
    if (id) ids.push(id);
  }
  return ids;
}

/** Waits for the outbox to drain (emails held while SMTP was down go out on the activity's retry). */
async function waitOutbox(db: pg.Client, timeoutMs: number): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { rows } = await db.query<{ n: number }>(
      "select count(*)::int as n from email_outbox where status <> 'SENT'",
    );
    if (rows[0].n === 0 || Date.now() > deadline) return rows[0].n;
    await sleep(1000);
  }
}

export async function checkConsistency(opts: {
  world: World;
  ledger: Ledger;
  databaseUrl: string;
  temporal: Client;
  mailbox: string;
  outboxWaitMs?: number;
}): Promise<Consistency> {
  const { world, ledger } = opts;
  const problems: string[] = [];
  const problem = (p: string) => problems.length < 40 && problems.push(p);
  const db = new pg.Client({ connectionString: opts.databaseUrl });
  await db.connect();
  try {
    const outboxNotSent = await waitOutbox(db, opts.outboxWaitMs ?? 150_000);
    if (outboxNotSent) problem(`${outboxNotSent} emails still not sent in the outbox`);
    const org = world.org.id;
    const cases = (
      await db.query<{ id: number; case_manager_id: number; status: string }>(
        'select id, case_manager_id, status from "case" where organisation_id = $1',
        [org],
      )
    ).rows;
    const caseIds = cases.map((c) => c.id);
    const commands = (
      await db.query<{ case_id: number; id: string; events: { type: string; noteId?: string }[] }>(
        'select case_id, id, events from case_command where case_id = any($1)',
        [caseIds],
      )
    ).rows;
    const commandOf = new Map(commands.map((c) => [`${c.case_id}|${c.id}`, c]));
    const notes = (
      await db.query<{ id: string; case_id: number; text: string }>(
        'select id, case_id, text from case_note where case_id = any($1)',
        [caseIds],
      )
    ).rows;
    const notesById = new Map<string, typeof notes>();
    for (const n of notes) notesById.set(n.id, [...(notesById.get(n.id) ?? []), n]);

    // Rows written twice: a note text, a current status, an open task of one type, a case per individual.
    const dupQueries = [
      'select case_id, text, count(*) from case_note where case_id = any($1) group by case_id, text having ' +
        'count(*) > 1',
      'select case_id, status, start_date, count(*) from case_status_row where case_id = any($1) group by ' +
        'case_id, status, start_date having count(*) > 1',
      "select case_id, type, count(*) from case_task where case_id = any($1) and state = 'OPEN' group by " +
        'case_id, type having count(*) > 1',
      'select individual_id, count(*) from "case" where id = any($1) and status <> \'CLOSED\' group by ' +
        'individual_id having count(*) > 1',
    ];
    let duplicateRows = 0;
    for (const q of dupQueries) {
      const { rows } = await db.query(q, [caseIds]);
      duplicateRows += rows.length;
      for (const r of rows.slice(0, 3)) problem(`duplicate rows: ${JSON.stringify(r)}`);
    }

    // Every case row has its workflow, and the workflow agrees with the tables.
    const views = new Map<number, CaseView>();
    let halfWritten = 0;
    let stateMismatches = 0;
    const noteCount = new Map<number, number>();
    for (const n of notes) noteCount.set(n.case_id, (noteCount.get(n.case_id) ?? 0) + 1);
    for (const c of cases) {
      const view = await opts.temporal.workflow
        .getHandle(caseWorkflowId(c.id))
        .query(caseViewQuery)
        .catch((e: Error) => e);
      if (view instanceof Error) {
        halfWritten++;
        problem(`case ${c.id} is in PostgreSQL but its workflow cannot be queried: ${view.message.slice(0, 120)}`);
        continue;
      }
      views.set(c.id, view);
      const s = view.state;
      const mismatch = [
        s.status !== c.status && `status ${s.status} ≠ ${c.status}`,
        s.caseManagerId !== c.case_manager_id && `case manager ${s.caseManagerId} ≠ ${c.case_manager_id}`,
        s.notes !== (noteCount.get(c.id) ?? 0) && `notes ${s.notes} ≠ ${noteCount.get(c.id) ?? 0} rows`,
      ].filter(Boolean);
      if (mismatch.length) {
        stateMismatches++;
        problem(`case ${c.id}: workflow and PostgreSQL differ: ${mismatch.join(', ')}`);
      }
    }

    // Every accepted change is recorded in both places; the emails it implies are expected.
    const expectedMail = new Map<string, string>();
    let lost = 0;
    let accepted = 0;
    let unanswered = 0;
    const byId = new Map(cases.map((c) => [c.id, c]));
    for (const a of ledger.changes) {
      if (!is2xx(a.status)) {
        unanswered++;
        continue;
      }
      accepted++;
      const missing: string[] = [];
      if (a.kind === 'open') {
        if (!a.caseId || !byId.has(a.caseId)) missing.push('case row');
        else if (!views.has(a.caseId)) missing.push('workflow');
        if (a.caseId) expectedMail.set(assignmentMessageId(a.caseId, 'opened'), `open ${a.caseId}`);
      } else {
        const commandId = `${world.userId}:${a.key}`;
        const command = commandOf.get(`${a.caseId}|${commandId}`);
        if (!command) missing.push(`case_command ${commandId}`);
        if (a.kind === 'note') {
          const noteId = command?.events.find((e) => e.type === 'NoteAdded')?.noteId;
          const rows = noteId ? (notesById.get(noteId) ?? []) : [];
          if (rows.length !== 1 || rows[0].text !== `fault run ${a.key}`)
            missing.push(`case_note (${rows.length} rows)`);
          if (noteId && !views.get(a.caseId!)?.state.noteIndex?.some((n) => n.id === noteId))
            missing.push('note in the workflow state');
        } else {
          expectedMail.set(assignmentMessageId(a.caseId!, commandId), `reassign ${a.caseId} ${a.key}`);
        }
      }
      if (missing.length) {
        lost++;
        problem(`lost ${a.kind} ${a.key} on case ${a.caseId}: missing ${missing.join(', ')}`);
      }
    }

    // An email whose send died with a killed worker goes out on the activity's retry, after its time-out.
    const mailDeadline = Date.now() + 90_000;
    let received = await messageIds(opts.mailbox);
    while ([...expectedMail.keys()].some((id) => !received.includes(id)) && Date.now() < mailDeadline) {
      await sleep(1000);
      received = await messageIds(opts.mailbox);
    }
    const seen = new Map<string, number>();
    for (const id of received) seen.set(id, (seen.get(id) ?? 0) + 1);
    let emailDuplicates = 0;
    let emailsMissing = 0;
    for (const [id, n] of seen) {
      if (n > 1) {
        emailDuplicates += n - 1;
        problem(`email ${id} received ${n} times`);
      }
    }
    for (const [id, what] of expectedMail) {
      if (!seen.has(id)) {
        emailsMissing++;
        problem(`email missing for ${what}`);
      }
    }
    return {
      accepted,
      lost,
      unanswered,
      duplicateRows,
      halfWritten,
      stateMismatches,
      emailsExpected: expectedMail.size,
      emailsReceived: received.length,
      emailDuplicates,
      emailsMissing,
      outboxNotSent,
      problems,
    };
  } finally {
    await db.end();
  }
}

/** Pending timers of cases, to compare before and after a restart of the Temporal server. */
export async function timersOf(temporal: Client, caseIds: number[]): Promise<string> {
  const views = await Promise.all(
    caseIds.map((id) => temporal.workflow.getHandle(caseWorkflowId(id)).query(caseViewQuery)),
  );
  return JSON.stringify(views.map((v) => v.timers.map((t) => `${t.key}@${t.fireAt}`)));
}
