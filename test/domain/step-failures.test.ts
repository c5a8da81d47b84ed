// What an operator reads of a stuck step's last error (R-OPS-01): plain words in both languages, whatever the library
// or the outside system said, so no raw English or JSON reaches the page.
import { describeFailure } from '../../domain/step-failures.ts';

test('R-OPS-01 a funding system answering 503 with its JSON body is described in words, in English and French', () => {
  const failure = describeFailure({
    kind: 'FUNDING_PAYMENT',
    lastError:
      'The funding system answered 503 to /agreements/101206/payments: ' +
      '{"error":"UNAVAILABLE","message":"The funding system is unavailable (told to fail)."}',
  });
  expect(failure).toEqual({
    en:
      'The funding system (ENS) reported a problem on its side (error 503, unavailable). Pathway retries by itself; ' +
      'nothing was lost.',
    fr:
      'Le système de financement (ENS) a signalé un problème de son côté (erreur 503, indisponible). Pathway relance ' +
      "de lui-même; rien n'a été perdu.",
  });
  expect(Object.values(failure ?? {}).join(' ')).not.toMatch(/UNAVAILABLE|told to fail|\{/);
});

test('R-OPS-01 an unreachable mail server, a refused recipient and an unknown error each say what to do', () => {
  expect(describeFailure({ kind: 'EMAIL', lastError: 'connect ECONNREFUSED 127.0.0.1:44021' })?.fr).toBe(
    "Pathway n'a pas pu joindre le serveur de courriel : le service est arrêté ou injoignable. Rien n'a été perdu; " +
      'relancez une fois le service rétabli.',
  );
  expect(
    describeFailure({
      kind: 'ACCESS_REQUEST_SUBMITTED',
      lastError: "Can't send mail - all recipients were rejected: 501 Error: Bad recipient address syntax",
    })?.en,
  ).toBe("The mail server refused the recipient's email address. Correct the address, then retry.");
  expect(
    describeFailure({ kind: 'FUNDING_AGREEMENT', lastError: 'The funding system refused /agreements (422): x' })?.en,
  ).toMatch(/^The funding system \(ENS\) refused the request \(error 422, request refused\)\./);
  expect(describeFailure({ kind: 'RECORD_CASE', lastError: 'deadlock detected' })?.en).toBe(
    "Pathway's database reported an error. Retry; if it fails again, give the details to engineering.",
  );
  expect(describeFailure({ kind: 'EMAIL', lastError: null })).toBeNull();
});
