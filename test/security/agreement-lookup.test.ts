// Agreement lookups (security issue, item 8): another organisation's agreement answers exactly as one that does not
// exist, so an agreement number tells an outsider nothing.
import { FundingPackage } from '../../db/entities.ts';
import { createIndividual, REGISTRATION } from '../support/fixtures.ts';
import { signIn } from '../support/http.ts';
import { twoOrganisations } from '../support/two-organisations.ts';

const the = twoOrganisations();

test('a CBCC user cannot tell an HCLN agreement from one that does not exist', async () => {
  const manager = await signIn(the.hcln, 'manager');
  const person = await createIndividual(the.orm, the.hcln);
  const caseId = (await manager.post('/api/cases', { individualId: person.id, registration: REGISTRATION })).body.id;
  const em = the.orm.em.fork();
  const agreementId = 800_000_000 + caseId;
  em.create(FundingPackage, {
    caseId,
    interventionId: 'intervention-1',
    programCode: 'SDIA',
    state: 'SUBMITTED',
    workflowId: `funding-test-${caseId}`,
    snapshot: {},
    agreementId,
  });
  await em.flush();
  const outsider = await signIn(the.cbcc, 'manager');
  const theirs = await outsider.get(`/api/agreements/${agreementId}`);
  const missing = await outsider.get(`/api/agreements/${agreementId + 1}`);
  expect([theirs.status, missing.status]).toEqual([404, 404]);
  expect(theirs.body).toEqual({
    ...missing.body,
    message: missing.body.message.replace(String(agreementId + 1), String(agreementId)),
  });
  expect(theirs.body.message).toBe(`Agreement ${agreementId} was not found.`);
});
