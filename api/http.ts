// How the API answers: validation errors and refused actions are 4xx bodies that say what to fix;
// an unreachable dependency is a 503; only a bug is a 500, and it is logged.
import type { NextFunction, Request, Response } from 'express';
import { WorkflowUpdateFailedError, WorkflowNotFoundError } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import type { z, ZodType } from 'zod';
import type { Violation } from '../domain/violations.ts';
import type { Logger } from '../activities/logger.ts';

export class HttpError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details?: unknown;
  constructor(status: number, code: string, message: string, details?: unknown) {
    super(message);
    this.status = status;
    this.code = code;
    this.details = details;
  }
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
  if (!Number.isInteger(id) || id <= 0) throw new HttpError(400, 'INVALID_INPUT', `${name}: expects a positive whole number, got "${raw}".`);
  return id;
}

/** The violations a workflow Update was refused with, if that is what the error is. */
export function ruleViolations(err: unknown): Violation[] | null {
  const cause = err instanceof WorkflowUpdateFailedError ? err.cause : err;
  if (cause instanceof ApplicationFailure && cause.type === 'RuleViolation') return (cause.details ?? []) as Violation[];
  return null;
}

function isUnavailable(err: unknown): boolean {
  const text = `${(err as Error)?.name ?? ''} ${(err as Error)?.message ?? ''}`;
  return /ServiceError|UNAVAILABLE|ECONNREFUSED|Connection (refused|terminated)|DEADLINE_EXCEEDED|connect ETIMEDOUT|Failed to connect/i.test(text);
}

export function errorHandler(log: Logger) {
  return (err: unknown, req: Request, res: Response, _next: NextFunction) => {
    const violations = ruleViolations(err);
    if (violations) {
      res.status(422).json({ error: 'RULE_VIOLATION', message: violations.map((v) => v.message).join(' '), violations });
      return;
    }
    if (err instanceof HttpError) {
      res.status(err.status).json({ error: err.code, message: err.message, ...(err.details ? { details: err.details } : {}) });
      return;
    }
    if ((err as { type?: string })?.type === 'entity.parse.failed') {
      res.status(400).json({ error: 'INVALID_JSON', message: 'The request body is not valid JSON.' });
      return;
    }
    if (err instanceof WorkflowNotFoundError) {
      res.status(409).json({ error: 'E-CLOSE-01', message: 'This case is closed and cannot be reopened or changed.' });
      return;
    }
    if (isUnavailable(err)) {
      log.warn({ err, path: req.path }, 'dependency unavailable');
      res.status(503).json({ error: 'UNAVAILABLE', message: 'A service Pathway depends on is not reachable right now; nothing was changed. Try again in a moment.' });
      return;
    }
    log.error({ err, path: req.path, method: req.method }, 'unhandled error');
    res.status(500).json({ error: 'INTERNAL', message: 'Something went wrong on our side; it has been logged.' });
  };
}
