// How the API answers. Every refusal is one body shape, { error, message, violations, details? }, with the status its
// kind calls for (STATUS below, the one place kinds become HTTP); an unreachable dependency is a 503; only a bug is a
// 500, and it is logged.
import type { NextFunction, Request, Response } from 'express';
import { WorkflowNotFoundError } from '@temporalio/client';
import { z } from 'zod';
import { parseInput } from '../domain/input.ts';
import { CLOSED_CASE_MESSAGE } from '../domain/closed-case.ts';
import { Refusal, type Bilingual, type RefusalKind, type Violation } from '../domain/refusals.ts';
import type { Logger } from '../infra/logger.ts';
import { isUnavailable } from '../infra/unavailable.ts';

export const STATUS: Record<RefusalKind, number> = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  'not-found': 404,
  conflict: 409,
  question: 409,
  gone: 410,
  'too-large': 413,
  'unsupported-type': 415,
  rule: 422,
  'too-many': 429,
  unavailable: 503,
};

/** The one shape of every 4xx and 5xx body (served in the OpenAPI document as components.schemas.Error). */
export const errorBodySchema = z
  .object({
    error: z.string().meta({ description: 'A stable code: INVALID_INPUT, NOT_FOUND, E-OUT-01, CONFIRM_SUBMIT, ...' }),
    message: z.string().meta({ description: 'What to fix, in words a person can act on' }),
    violations: z.array(
      z.object({
        rule: z.string(),
        code: z.string(),
        message: z.string(),
        field: z.string().optional().meta({ description: 'The request field to fix, as a dotted path' }),
        earliestDate: z.iso.date().optional().meta({ description: 'For date rules: the earliest date allowed' }),
        kind: z.enum(Object.keys(STATUS) as [RefusalKind, ...RefusalKind[]]).optional(),
      }),
    ),
    details: z.record(z.string(), z.unknown()).optional().meta({ description: 'What the caller needs to act on it' }),
  })
  .meta({ id: 'Error' });

export type ErrorBody = z.infer<typeof errorBodySchema>;

const invalid = (message: Bilingual) => new Refusal('invalid', 'INVALID_INPUT', message);

/** Parses input with a schema; a 400 lists every field to fix. */
export const parse = parseInput;

export function idParam(req: Request, name: string): number {
  const raw = req.params[name];
  const id = Number(raw);
  if (!Number.isInteger(id) || id <= 0)
    throw invalid({
      en: `${name}: expects a positive whole number, got "${raw}".`,
      fr: `${name} : un nombre entier positif est attendu, reçu « ${raw} ».`,
    });
  return id;
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
    throw invalid({
      en:
        'Text cannot contain the NUL character (U+0000) or broken Unicode (an unpaired surrogate); remove it ' +
        'and send again.',
      fr:
        "Le texte ne peut contenir ni le caractère NUL (U+0000) ni de l'Unicode mal formé (un demi-codet " +
        'isolé); retirez-le et envoyez de nouveau.',
    });
  }
  if (problem === 'too-deep')
    throw invalid({
      en: `The request nests objects or arrays more than ${MAX_DEPTH} levels deep; no Pathway request needs that.`,
      fr:
        `La requête imbrique des objets ou des tableaux sur plus de ` +
        `${MAX_DEPTH} niveaux; aucune requête de Pathway n'en a besoin.`,
    });
  next();
}

function send(res: Response, status: number, body: Omit<ErrorBody, 'violations'> & { violations?: Violation[] }) {
  res.status(status).json({ violations: [], ...body });
}

/** The reader's language: French where the browser asks for it first. */
const inFrench = (req: Request) => req.acceptsLanguages('en', 'fr') === 'fr';

/** Messages of refusals made here, outside the domain: the client's request is unreadable, or something is down. */
const MESSAGES = {
  invalidJson: { en: 'The request body is not valid JSON.', fr: "Le corps de la requête n'est pas du JSON valide." },
  400: {
    en: 'The request could not be read: check the URL and its escapes (%XX).',
    fr: "La requête n'a pas pu être lue : vérifiez l'adresse URL et ses séquences d'échappement (%XX).",
  },
  413: {
    en: 'The request body is too large: send at most 200 KB.',
    fr: 'Le corps de la requête est trop volumineux : envoyez au plus 200 Ko.',
  },
  415: {
    en: 'Send the body as JSON in UTF-8 (content-type: application/json; charset=utf-8).',
    fr: 'Envoyez le corps en JSON encodé en UTF-8 (content-type: application/json; charset=utf-8).',
  },
  unavailable: {
    en: 'A service Pathway depends on is not reachable right now; nothing was changed. Try again in a moment.',
    fr:
      "Un service dont Pathway dépend est injoignable pour le moment; rien n'a été modifié. Réessayez dans un " +
      'instant.',
  },
  internal: {
    en: 'Something went wrong on our side; it has been logged.',
    fr: "Une erreur s'est produite de notre côté; elle a été consignée.",
  },
} satisfies Record<string, Bilingual>;

export function errorHandler(log: Logger) {
  return (err: unknown, req: Request, res: Response, _next: NextFunction) => {
    if (err instanceof Refusal) {
      if (err.kind === 'unavailable') log.warn({ err, path: req.path }, err.message);
      const fr = inFrench(req);
      // A refusal that says when to try again says it to HTTP clients too.
      const retryAfter = err.details?.retryAfterSeconds;
      if (err.kind === 'too-many' && typeof retryAfter === 'number') res.set('Retry-After', String(retryAfter));
      send(res, STATUS[err.kind], {
        error: err.code,
        message: (fr && err.messageFr) || err.message,
        violations: err.violations.map(({ messageFr, ...v }) => ({ ...v, message: (fr && messageFr) || v.message })),
        ...(err.details ? { details: err.details } : {}),
      });
      return;
    }
    const say = (m: Bilingual) => (inFrench(req) ? m.fr : m.en);
    if ((err as { type?: string })?.type === 'entity.parse.failed') {
      send(res, 400, { error: 'INVALID_JSON', message: say(MESSAGES.invalidJson) });
      return;
    }
    // Errors Express and its body parser raise for the client's request (too large, bad charset, bad URL escape).
    const status =
      (err as { status?: number; statusCode?: number })?.status ?? (err as { statusCode?: number })?.statusCode;
    if (typeof status === 'number' && status >= 400 && status < 500) {
      const message =
        status === 400 || status === 413 || status === 415 ? say(MESSAGES[status]) : (err as Error).message;
      send(res, status, { error: 'BAD_REQUEST', message });
      return;
    }
    if (err instanceof WorkflowNotFoundError) {
      send(res, 409, { error: 'E-CLOSE-01', message: say(CLOSED_CASE_MESSAGE) });
      return;
    }
    if (isUnavailable(err)) {
      log.warn({ err, path: req.path }, 'dependency unavailable');
      send(res, 503, { error: 'UNAVAILABLE', message: say(MESSAGES.unavailable) });
      return;
    }
    log.error({ err, path: req.path, method: req.method }, 'unhandled error');
    send(res, 500, { error: 'INTERNAL', message: say(MESSAGES.internal) });
  };
}
