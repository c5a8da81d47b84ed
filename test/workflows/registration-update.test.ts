// Spec 01 §4.12 on the time-skipping test server: the case workflow takes an update of the registration details as an
// Update, writes it to the case row in PostgreSQL and refuses one that changes nothing before anything is written.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { historyToJSON } from '@temporalio/common/lib/proto-utils.js';
import { openCase } from '../../app/cases/opening.ts';
import { refusalFromUpdate } from '../../app/updates.ts';
import { Case, CaseCommand } from '../../db/entities.ts';
import { updateRegistration } from '../../domain/case-actions/index.ts';
import { caseUpdate, caseViewQuery, caseWorkflowId } from '../../workflows/case-api.ts';
import { createIndividual, REGISTRATION } from '../support/fixtures.ts';
import { useTimeSkippingWorld } from '../support/temporal-worker.ts';

const world = useTimeSkippingWorld();

test('spec 01 §4.12 the workflow records a registration update on the case row, once', async () => {
  const person = await createIndividual(world.orm, world.org);
  const actor = { userId: world.org.users.manager.id };
  const caseId = await openCase(
    { em: world.orm.em.fork(), temporal: world.env.client, user: world.org.users.manager },
    { individualId: person.id, accountabilityReporting: 'PRIVATE', registration: REGISTRATION },
  );
  const handle = world.env.client.workflow.getHandle(caseWorkflowId(caseId));
  const email = { ...REGISTRATION, preferredContactMethod: 'EMAIL' as const };
  await handle.executeUpdate(caseUpdate(updateRegistration), {
    args: [{ registration: email, current: REGISTRATION, actor }],
  });
  const row = await world.orm.em.fork().findOneOrFail(Case, { id: caseId });
  expect(row.registration).toEqual(email);
  expect((await handle.query(caseViewQuery)).state.registration).toEqual(email);

  // The same details again: refused by the validator, nothing recorded.
  const commands = () => world.orm.em.fork().count(CaseCommand, { caseId });
  const before = await commands();
  const refused = await handle
    .executeUpdate(caseUpdate(updateRegistration), { args: [{ registration: email, current: REGISTRATION, actor }] })
    .catch((e: unknown) => e);
  expect(refusalFromUpdate(refused)?.violations.map((v) => v.code)).toEqual(['ERR_REGISTRATION_UNCHANGED']);
  expect(await commands()).toBe(before);

  // RECORD_HISTORIES=1 refreshes the recorded history that the replay test checks every change against.
  if (process.env.RECORD_HISTORIES) {
    const file = path.join(
      path.dirname(fileURLToPath(import.meta.url)),
      '../replay/histories/case-registration-update.json',
    );
    await writeFile(file, historyToJSON(await handle.fetchHistory()));
  }
});
