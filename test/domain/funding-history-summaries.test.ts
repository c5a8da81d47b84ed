// A funding request's steps read in words in Temporal's history, like a case's: case and package numbers only.
import { FUNDING_ACTIVITY_SUMMARIES as S } from '../../domain/history-summaries.ts';

test("a funding request's steps are named in words, English then French, with no client's details", () => {
  expect(S.createAgreement({ packageId: 7, caseId: 12, request: 2 })).toBe(
    'Funding request 7 (case 12): asks the funding system for an agreement (request 2) · ' +
      'Demande de financement 7 (cas 12) : demande une entente au système de financement (demande 2)',
  );
  expect(S.sendSubmission({ packageId: 7, agreementId: 4001, submissionNo: 1 })).toBe(
    'Funding request 7: hands submission 1 of agreement 4001 to the funding system · ' +
      "Demande de financement 7 : remet la soumission 1 de l'entente 4001 au système de financement",
  );
});
