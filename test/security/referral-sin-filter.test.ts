// The referral SIN filter (security issue, item 8; R-REF-12): a SIN never leaves in a referral's email, however it is
// written: with a letter stuck to it, dots, underscores, full-width or other digits, or a space between each digit.
import { createIndividual, REGISTRATION } from '../support/fixtures.ts';
import { signIn } from '../support/http.ts';
import { twoOrganisations } from '../support/two-organisations.ts';

const the = twoOrganisations();

test.each(['x460000011', '460.000.011', '460_000_011', '４６０００００１１', '4 6 0 0 0 0 0 1 1'])(
  'an HCLN referral to CBCC whose text carries the SIN as %s is refused and nothing is sent',
  async (written) => {
    const manager = await signIn(the.hcln, 'manager');
    const person = await createIndividual(the.orm, the.hcln);
    const caseId = (await manager.post('/api/cases', { individualId: person.id, registration: REGISTRATION })).body.id;
    const sent = await manager.post(`/api/cases/${caseId}/referrals`, {
      type: 'INFO_WITHIN_LAMPSS',
      toOrganisationId: the.cbcc.id,
      contactPerson: 'Luc Arsenault',
      emailedTo: 'referrals@example.org',
      language: 'EN',
      subject: `Referral – case ${caseId}`,
      body: `Please see the client, file ${written}.`,
      confirmed: true,
      personalInfoAcknowledged: true,
    });
    expect(sent.status).toBe(422);
    expect(sent.body.violations[0]).toMatchObject({ rule: 'R-REF-12', code: 'E-REF-06' });
    expect((await manager.get(`/api/cases/${caseId}/referrals`)).body).toEqual([]);
  },
);
