// How the API answers: validation errors and refused actions are 4xx bodies that say what to fix;
// an unreachable dependency is a 503; only a bug is a 500, and it is logged.
import type { NextFunction, Request, Response } from 'express';
import {
  WorkflowNotFoundError,
  WorkflowUpdateFailedError,
  WorkflowUpdateRPCTimeoutOrCancelledError,
} from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import type { z, ZodType } from 'zod';
import { RuleViolationError, type Violation } from '../domain/violations.ts';
import type { Logger } from '../activities/logger.ts';

export class HttpError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details?: unknown;
  readonly violations?: Violation[];
  constructor(status: number, code: string, message: string, details?: unknown, violations?: Violation[]) {
    super(message);
    this.status = status;
    this.code = code;
    this.details = details;
    this.violations = violations;
  }
}

/** Refuses with the first violation's code and the status `statusOf` gives it, listing every violation; nothing when
 * there are none. */
export function refuseIf(violations: Violation[], statusOf: (code: string) => number): void {
  if (!violations.length) return;
  throw new HttpError(
    statusOf(violations[0].code),
    violations[0].code,
    violations.map((v) => v.message).join(' '),
    undefined,
    violations,
  );
}

export const notFound = (what: string) => new HttpError(404, 'NOT_FOUND', `${what} was not found.`);

/** Parses input with a schema; a 400 lists every field to fix. */
export function parse<T extends ZodType>(schema: T, input: unknown): z.infer<T> {
  const result = schema.safeParse(input ?? {});
  if (result.success) return result.data;
  const fields = result.error.issues.map((i) => ({ field: i.path.join('.') || '(body)', message: i.message }));
  throw new HttpError(400, 'INVALID_INPUT', fields.map((f) => `${f.field}: ${f.message}`).join(' '), { fields });
}

export function idParam(req: Request, name: string): number {
  const raw = req.params[name];
  const id = Number(raw);
  if (!Number.isInteger(id) || id <= 0)
    throw new HttpError(400, 'INVALID_INPUT', `${name}: expects a positive whole number, got "${raw}".`);
  return id;
}

/** The violations a workflow Update was refused with, if that is what the error is. */
/** An action the database refused for its data (see recordCaseEvents): the client's input, not our fault. */
function dataRefused(err: unknown): boolean {
  const cause = err instanceof WorkflowUpdateFailedError ? err.cause : err;
  const root = (cause as { cause?: unknown })?.cause ?? cause;
  return root instanceof ApplicationFailure && root.type === 'DataRefused';
}

/** A refused action, answered like a workflow's refusal (422 with the violations); a CONFIRM_* code is a question
 * (409). */
export function refuseWith(violations: Violation[]): never {
  const question = violations.find((v) => v.code.startsWith('CONFIRM_'));
  if (question) throw new HttpError(409, question.code, question.message, { violations: [question] });
  throw new RuleViolationError(violations);
}

/**
 * The server turned an Update away because no worker took it up in its workflow task (seen under load when the
 * case's workflow had just left the worker's cache): nothing was applied, and the same request may be sent again.
 */
function updateNotProcessed(err: unknown): boolean {
  return (
    err instanceof WorkflowUpdateFailedError &&
    /wasn't processed by worker/.test(String((err.cause as Error | undefined)?.message))
  );
}

export function ruleViolations(err: unknown): Violation[] | null {
  if (err instanceof RuleViolationError) return err.violations;
  const cause = err instanceof WorkflowUpdateFailedError ? err.cause : err;
  if (cause instanceof ApplicationFailure && cause.type === 'RuleViolation')
    return (cause.details ?? []) as Violation[];
  return null;
}

/** PostgreSQL's connection exceptions (class 08) and shutdowns (57P01..57P03), and sockets that broke. */
const DB_UNAVAILABLE = /^(08...|57P0[1-3]|ECONNRESET|ECONNREFUSED|ETIMEDOUT|EPIPE)$/;

const UNAVAILABLE_TEXT =
  /ServiceError|UNAVAILABLE|ECONNREFUSED|Connection (refused|terminated)|DEADLINE_EXCEEDED|connect ETIMEDOUT|Failed to connect/i;

/** Whether the error, or one it was caused by, says a dependency could not be reached. */
export function isUnavailable(err: unknown): boolean {
  for (
    let e = err as (Error & { code?: unknown; cause?: unknown }) | undefined, depth = 0;
    e && depth < 5;
    e = e.cause as typeof e, depth++
  ) {
    const text = `${e.name ?? ''} ${e.message ?? ''}`;
    if (UNAVAILABLE_TEXT.test(text)) return true;
    if (typeof e.code === 'string' && DB_UNAVAILABLE.test(e.code)) return true;
  }
  return false;
}

/** After a change was applied: failing to read the case back is a 503 that says the change is kept. */
export function savedButUnread(err: unknown): never {
  if (isUnavailable(err))
    throw new HttpError(
      503,
      'UNAVAILABLE',
      'Your change was saved, but the case cannot be read back right now; reload it in a moment.',
    );
  throw err;
}

const NUL = '\u0000';

const MAX_DEPTH = 32;

/** Walks parsed input without recursion: whether it nests too deeply, or holds a NUL in a key or a string. */
function inspectInput(root: unknown): 'too-deep' | 'nul' | null {
  const stack: [unknown, number][] = [[root, 0]];
  while (stack.length) {
    const [value, depth] = stack.pop()!;
    if (typeof value === 'string') {
      // NUL and unpaired surrogates cannot be stored as PostgreSQL text or jsonb.
      if (value.includes(NUL) || !value.isWellFormed()) return 'nul';
    } else if (value && typeof value === 'object') {
      if (depth >= MAX_DEPTH) return 'too-deep';
      for (const [k, v] of Object.entries(value)) {
        if (k.includes(NUL) || !k.isWellFormed()) return 'nul';
        stack.push([v, depth + 1]);
      }
    }
  }
  return null;
}

/** Text may not hold U+0000 (PostgreSQL cannot store it) and input may not nest absurdly: refused before anything is
 * read. */
export function refuseNulCharacters(req: Request, _res: Response, next: NextFunction): void {
  let path = req.path;
  try {
    path = decodeURIComponent(req.path);
  } catch {
    // a malformed escape is answered by the router's own 400
  }
  const problem = path.includes(NUL) ? 'nul' : (inspectInput(req.query) ?? inspectInput(req.body));
  if (problem === 'nul') {
    throw new HttpError(
      400,
      'INVALID_INPUT',
      'Text cannot contain the NUL character (U+0000) or broken Unicode (an unpaired surrogate); remove it ' +
        'and send again.',
    );
  }
  if (problem === 'too-deep')
    throw new HttpError(
      400,
      'INVALID_INPUT',
      `The request nests objects or arrays more than ${MAX_DEPTH} levels deep; no Pathway request needs that.`,
    );
  next();
}

export function errorHandler(log: Logger) {
  return (err: unknown, req: Request, res: Response, _next: NextFunction) => {
    const violations = ruleViolations(err);
    if (violations) {
      res
        .status(422)
        .json({ error: 'RULE_VIOLATION', message: violations.map((v) => v.message).join(' '), violations });
      return;
    }
    if (dataRefused(err)) {
      log.warn({ err, path: req.path }, 'data refused by the database');
      res.status(400).json({
        error: 'INVALID_INPUT',
        message:
          'Some of this text could not be stored (unusual characters); nothing was changed. Remove them ' +
          'and send again.',
      });
      return;
    }
    if (err instanceof HttpError) {
      res.status(err.status).json({
        error: err.code,
        message: err.message,
        ...(err.details ? { details: err.details } : {}),
        ...(err.violations ? { violations: err.violations } : {}),
      });
      return;
    }
    if ((err as { type?: string })?.type === 'entity.parse.failed') {
      res.status(400).json({ error: 'INVALID_JSON', message: 'The request body is not valid JSON.' });
      return;
    }
    // Errors Express and its body parser raise for the client's request (too large, bad charset, bad URL escape).
    const status =
      (err as { status?: number; statusCode?: number })?.status ?? (err as { statusCode?: number })?.statusCode;
    if (typeof status === 'number' && status >= 400 && status < 500) {
      const messages: Record<number, string> = {
        400: 'The request could not be read: check the URL and its escapes (%XX).',
        413: 'The request body is too large: send at most 200 KB.',
        415: 'Send the body as JSON in UTF-8 (content-type: application/json; charset=utf-8).',
      };
      res.status(status).json({ error: 'BAD_REQUEST', message: messages[status] ?? (err as Error).message });
      return;
    }
    if (err instanceof WorkflowUpdateRPCTimeoutOrCancelledError || updateNotProcessed(err)) {
      // The case may still apply the action (or was turned away): the same request again (same Idempotency-Key) applies
      // it once.
      log.warn({ err, path: req.path }, 'case did not answer in time');
      res.status(503).json({
        error: 'UNAVAILABLE',
        message:
          'The case did not answer in time. Send the same request again in a moment: with the same ' +
          'Idempotency-Key it is applied at most once.',
      });
      return;
    }
    if (err instanceof WorkflowNotFoundError) {
      res.status(409).json({ error: 'E-CLOSE-01', message: 'This case is closed and cannot be reopened or changed.' });
      return;
    }
    if (isUnavailable(err)) {
      log.warn({ err, path: req.path }, 'dependency unavailable');
      res.status(503).json({
        error: 'UNAVAILABLE',
        message: 'A service Pathway depends on is not reachable right now; nothing was changed. Try again in a moment.',
      });
      return;
    }
    log.error({ err, path: req.path, method: req.method }, 'unhandled error');
    res.status(500).json({ error: 'INTERNAL', message: 'Something went wrong on our side; it has been logged.' });
  };
}
