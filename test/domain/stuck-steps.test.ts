// External steps that keep failing (spec: operations): waiting for an operator, retried once, and retrying by
// themselves at growing intervals.
import { automaticRetryDelayMs, validateRetry, validateRetryRequest } from '../../domain/stuck-steps.ts';
import { explainProblem, problemOf, resolutionsFor } from '../../domain/step-problems.ts';

const MINUTE = 60_000;

test('R-OPS-02 only a step waiting for a retry can be retried; a second click is refused with what happened', () => {
  expect(validateRetry(new Set(['email:x']), 'email:x')).toEqual([]);
  expect(validateRetry(new Set(), 'email:x')).toEqual([
    expect.objectContaining({
      rule: 'R-OPS-02',
      code: 'NOT_STUCK',
      message:
        'Step email:x is not waiting for a retry: it has already been retried or has gone through. Refresh the list.',
    }),
  ]);
});

test('R-OPS-03 a stuck step retries by itself after 5, 15 and 30 minutes, then every hour', () => {
  expect([0, 1, 2, 3, 4, 50].map(automaticRetryDelayMs)).toEqual([
    5 * MINUTE,
    15 * MINUTE,
    30 * MINUTE,
    60 * MINUTE,
    60 * MINUTE,
    60 * MINUTE,
  ]);
});

test('R-OPS-02 a step that went through is not retried: the operator is told when it went through', () => {
  const resolvedAt = new Date('2026-03-07T12:00:00Z');
  expect(validateRetryRequest({ id: 'email:x', status: 'RESOLVED', resolvedAt })).toEqual([
    expect.objectContaining({
      code: 'ALREADY_RESOLVED',
      kind: 'conflict',
      message: 'Step email:x went through on 2026-03-07T12:00:00.000Z; there is nothing to retry.',
    }),
  ]);
  expect(validateRetryRequest({ id: 'email:x', status: 'STUCK', resolvedAt: null })).toEqual([]);
});

test('R-OPS-02 a step is resolved otherwise only by a resolution it offers', () => {
  const waiting = new Map([
    ['funding-7:record:agreement', ['NEW_AGREEMENT']],
    ['email:x', []],
  ]);
  expect(validateRetry(waiting, 'funding-7:record:agreement', 'NEW_AGREEMENT')).toEqual([]);
  expect(validateRetry(waiting, 'funding-7:record:agreement')).toEqual([]);
  expect(validateRetry(waiting, 'email:x', 'NEW_AGREEMENT')).toEqual([
    expect.objectContaining({
      code: 'RESOLUTION_NOT_OFFERED',
      message: 'Step email:x cannot be resolved by "Request a new agreement number"; retry it instead.',
      messageFr:
        "L'étape email:x ne peut pas être résolue par « Demander un nouveau numéro d'entente »; relancez-la plutôt.",
    }),
  ]);
});

test('R-OPS-01 an agreement number another funding request holds is explained in both languages', () => {
  const problem = problemOf([
    { attempts: 1, problem: { code: 'AGREEMENT_CONFLICT', agreementId: 101199, otherPackageId: 3, otherCaseId: 9 } },
  ]);
  expect(problem && explainProblem(problem)).toEqual({
    en:
      'The funding system answered with agreement 101199, which is already linked to funding request 3 (case 9). ' +
      'Nothing was recorded. Once the funding system has corrected its agreement, retry; or request a new agreement ' +
      'number for this funding request.',
    fr:
      "Le système de financement a répondu avec l'entente 101199, déjà liée à la demande de financement 3 (cas " +
      "9). Rien n'a été enregistré. Une fois l'entente corrigée dans le système de financement, relancez; ou " +
      "demandez un nouveau numéro d'entente pour cette demande de financement.",
  });
  expect(resolutionsFor(problem)).toEqual(['NEW_AGREEMENT']);
  expect(problemOf([{ attempts: 4 }])).toBeNull();
});
