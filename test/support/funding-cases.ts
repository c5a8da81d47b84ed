// Funding cases for tests: a case walked to a signed plan with a funded intervention, its application package made
// ready to submit, submitted, and files uploaded to it, all through the API as a case manager would.
import { expect } from '@jest/globals';
import type { Orm } from '../../db/orm.ts';
import { addDays, businessDate } from '../../domain/dates.ts';
import { createIndividual, REGISTRATION, type TestOrg } from './fixtures.ts';
import { apiUrl, eventually, type Client } from './http.ts';
import { openStageTaskId } from './tasks.ts';

export const pdf = (text = 'resume') => new TextEncoder().encode(`%PDF-1.4\n% ${text}\n%%EOF\n`);

export const statement = {
  supportsPlan: 'YES',
  signedByBoth: 'YES',
  spouseConsentSigned: 'NOT_APPLICABLE',
  justification: 'The certificate leads to the medical secretary jobs the client researched.',
};

/** The helpers, for a case manager of an organisation; read when used, so a test file can sign in in beforeAll. */
export function fundingCases(the: () => { orm: Orm; org: TestOrg; manager: Client; token: string }) {
  const today = businessDate(new Date());
  const token = () => the().token;
  const manager = {
    get: (path: string) => the().manager.get(path),
    post: (path: string, body?: unknown) => the().manager.post(path, body),
    put: (path: string, body?: unknown) => the().manager.put(path, body),
  };
  function upload(caseId: number, fileName: string, bytes: Uint8Array, query: Record<string, string> = {}) {
    const q = new URLSearchParams({ fileName, topic: 'Supplementary Information', ...query });
    return fetch(`${apiUrl()}/api/cases/${caseId}/documents?${q}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token()}`, 'content-type': 'application/octet-stream' },
      body: new Blob([bytes as BlobPart]),
    }).then(async (r) => ({ status: r.status, body: await r.json() }));
  }
  const openTaskOf = async (caseId: number) => openStageTaskId((await manager.get(`/api/cases/${caseId}`)).body.tasks);

  /** A case with a complete needs determination, education and five years of employment, and a funded training
   * intervention. */
  async function fundedCase(
    opts: { sign?: boolean; fundingRequested?: boolean } = {},
  ): Promise<{ caseId: number; interventionId: string }> {
    const person = await createIndividual(the().orm, the().org);
    const caseId = (await manager.post('/api/cases', { individualId: person.id, registration: REGISTRATION })).body.id;
    await manager.post(`/api/cases/${caseId}/tasks/${await openTaskOf(caseId)}/complete`, {
      outcome: 'INTAKE_COMPLETE',
    });
    await manager.post(`/api/cases/${caseId}/needs-determinations`, {
      employmentGoal: 'FULL_TIME_EMPLOYMENT',
      jobPreferences: [{ label: 'Medical Secretary', nocCode: '1243' }],
      completed: true,
      confirmed: true,
    });
    await manager.put(`/api/cases/${caseId}/education-experience`, {
      highestEducationLevel: 'HIGH_SCHOOL_COMPLETE',
      educationRecords: [
        {
          name: 'Halifax West High School',
          sourceLocation: 'Halifax',
          result: 'DIPLOMA',
          fromDate: '2000-09-01',
          toDate: '2003-06-30',
        },
      ],
      employmentRecords: [
        { employerName: 'Sobeys', jobTitle: 'Cashier', fromDate: '2004-01-05', toDate: addDays(today, -30) },
      ],
    });
    await manager.post(`/api/cases/${caseId}/tasks/${await openTaskOf(caseId)}/complete`, {
      outcome: 'ASSESSMENT_COMPLETE',
    });
    const added = await manager.post(`/api/cases/${caseId}/interventions`, {
      dimension: 'SKILLS_ENHANCEMENT',
      interventionType: 'SE_JOB_SPECIFIC_TRAINING',
      fundingType: 'EDMT',
      deliveryModel: 'EXTERNAL',
      deliveringOrganisation: 'Nova Scotia Community College',
      plannedStartDate: addDays(today, 30),
      plannedEndDate: addDays(today, 300),
      description: 'Medical Office Administration certificate',
      fundingRequested: opts.fundingRequested ?? true,
    });
    expect(added.status).toBe(200);
    if (opts.sign ?? true)
      await manager.post(`/api/cases/${caseId}/tasks/${await openTaskOf(caseId)}/complete`, {
        outcome: 'DEVELOPED_AND_SIGNED',
      });
    return { caseId, interventionId: added.body.actionPlan.interventions[0].id };
  }

  /** A package ready to submit: every required row attached (one as paper), the statement signed. */
  async function readyPackage(opts: { sign?: boolean } = {}): Promise<{ caseId: number; packageId: number }> {
    const { caseId, interventionId } = await fundedCase(opts);
    const created = await manager.post(`/api/cases/${caseId}/interventions/${interventionId}/funding-package`, {
      programCode: 'SDIA',
    });
    expect(created.status).toBe(201);
    const packageId = created.body.id;
    const doc = await upload(caseId, 'resume.pdf', pdf());
    for (const row of created.body.documents.filter((d: { requirement: string }) => d.requirement === 'REQUIRED')) {
      const body =
        row.code === 'FAMILY_FINANCIAL'
          ? { code: row.code, paper: true }
          : { code: row.code, documentIds: [doc.body.id] };
      expect((await manager.put(`/api/funding-packages/${packageId}/checklist`, body)).status).toBe(200);
    }
    expect((await manager.put(`/api/funding-packages/${packageId}/statement`, statement)).status).toBe(200);
    return { caseId, packageId };
  }

  async function submitted(packageId: number) {
    const res = await manager.post(`/api/funding-packages/${packageId}/submit`, { confirmed: true });
    expect(res.status).toBe(200);
    return arrived(packageId);
  }

  /** The package once its submission went through (the steps run after the Update answered). */
  function arrived(packageId: number) {
    return eventually(async () => {
      const p = (await manager.get(`/api/funding-packages/${packageId}`)).body;
      return p.state === 'SUBMITTED' ? p : null;
    }, 30_000);
  }
  return { upload, fundedCase, readyPackage, submitted, arrived, openTaskOf };
}
