// What an operator reads of a stuck step (R-OPS-01): its group and what it does, in English and French, from the ids
// and kinds the workflows give their steps.
import { describeStep, stepGroup } from '../../domain/stuck-steps.ts';

test('R-OPS-01 every email is an email, each funding step its own group, anything else "other"', () => {
  expect(['EMAIL', 'INVITATION_EMAIL', 'ACCESS_PROFILES_CHANGED', 'ACCESS_REQUEST_APPROVED'].map(stepGroup)).toEqual([
    'EMAIL',
    'EMAIL',
    'EMAIL',
    'EMAIL',
  ]);
  expect(
    ['FUNDING_STATEMENT', 'FUNDING_AGREEMENT', 'FUNDING_SUBMISSION', 'FUNDING_PAYMENT', 'X'].map(stepGroup),
  ).toEqual(['FUNDING_STATEMENT', 'FUNDING_AGREEMENT', 'FUNDING_SUBMISSION', 'FUNDING_PAYMENT', 'OTHER']);
});

test('R-OPS-01 a step says what it does in both languages, never with client information', () => {
  const step = (id: string, kind = 'EMAIL') => describeStep({ id, kind, description: 'as the workflow said' });
  expect(step('email:case-assigned:12:opened')).toEqual({
    en: 'Email telling the case manager the case is theirs',
    fr: 'Courriel avisant le gestionnaire de cas que le cas lui est confié',
  });
  expect(step('email:transfer-reminder:r-1').en).toBe('Transfer reminder email to the receiving organisation');
  expect(step('funding-7:submission:2', 'FUNDING_SUBMISSION')).toEqual({
    en: 'Funding request 7: send submission 2 to the funding system',
    fr: 'Demande de financement 7 : envoi 2 au système de financement',
  });
  expect(step('funding-7:payment', 'FUNDING_PAYMENT').fr).toBe(
    'Demande de financement 7 : demande du premier paiement',
  );
  expect(step('invitation-email-3', 'INVITATION_EMAIL').fr).toBe('Invitation au LaMPSS');
  expect(step('email-access_deactivated-x', 'ACCESS_DEACTIVATED').en).toBe('Security notice about LaMPSS access');
  expect(step('something-new', 'NEW_KIND')).toEqual({ en: 'as the workflow said', fr: 'as the workflow said' });
});
