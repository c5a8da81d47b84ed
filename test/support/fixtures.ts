// Test data written through the same entities the service uses: an organisation with a case manager,
// and individuals ready for a case (shared with government, with a SIN).
import { randomInt, randomUUID } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/postgresql';
import { Individual, OfficeLocation, Organisation, User } from '../../db/entities.ts';
import { sinCheckDigit, soundex } from '../../domain/people.ts';
import { hashPassword } from '../../infra/passwords.ts';
import { toSessionUser } from '../../app/session/session-user.ts';
import { type SessionUser } from '../../app/context.ts';

export const TEST_PASSWORD = 'correct horse battery staple';

/** Registration details of an unemployed client, as the Add Case screen would send them. */
export const REGISTRATION = {
  employmentStatus: 'UNEMPLOYED',
  student: false,
  correspondenceLanguage: 'EN',
  preferredContactMethod: 'TELEPHONE',
  eiInLast36Months: false,
  legallyEntitledToWork: true,
} as const;
/** A job-search intervention planned from `start` to `end`, as the Add Intervention screen sends it. */
export const plannedIntervention = (start: string, end: string) => ({
  dimension: 'JOB_SEARCH',
  interventionType: 'JS_WORKSHOPS',
  fundingType: 'EDMT',
  deliveryModel: 'IN_HOUSE',
  plannedStartDate: start,
  plannedEndDate: end,
  description: 'Job search workshops',
});

/** A fresh valid SIN (Luhn) per call, random so that test files sharing one database never collide. */
export function nextSin(): string {
  const first8 = String(20_000_000 + randomInt(70_000_000));
  return first8 + sinCheckDigit(first8);
}

export interface TestOrg {
  id: number;
  code: string;
  name: string;
  /** An office location: contacts of an organisation with client tracking need one (R-CON-02). */
  officeLocationId: number;
  users: Record<'manager' | 'manager2' | 'supervisor' | 'operations' | 'admin' | 'viewer', SessionUser>;
}

const PROFILES = {
  manager: ['ECM_CASE_MANAGER'],
  manager2: ['ECM_CASE_MANAGER'],
  supervisor: ['ECM_MANAGEMENT'],
  operations: ['OPS_SUPPORT'],
  admin: ['ECM_ADMIN', 'OFA_ADMIN'],
  viewer: ['ECM_VIEW'],
} as const;

export async function createOrg(orm: MikroORM, name = 'Test Employment Services'): Promise<TestOrg> {
  const em = orm.em.fork();
  const code = `T${randomUUID().slice(0, 8).toUpperCase()}`;
  const org = em.create(Organisation, {
    code,
    name,
    activeFundingAgreement: true,
    externalCaseManagement: true,
    clientTracking: true,
    phone: '(902) 555-1212',
    addressLine1: '1 Main St',
    city: 'Halifax',
    province: 'NS',
    postalCode: 'B3J 1A1',
  });
  await em.flush();
  const office = em.create(OfficeLocation, { organisationId: org.id, name: 'Main office', active: true });
  const passwordHash = await hashPassword(TEST_PASSWORD);
  const users = {} as TestOrg['users'];
  for (const [key, profiles] of Object.entries(PROFILES)) {
    // The administrator is the organisation's primary contact (spec 04 R-CON-05).
    const u = em.create(User, {
      organisationId: org.id,
      loginId: key,
      firstName: key,
      lastName: 'Tester',
      email: `${key}.${code.toLowerCase()}@example.org`,
      passwordHash,
      profiles: [...profiles],
      active: true,
      isPrimary: key === 'admin',
    });
    await em.flush();
    users[key as keyof TestOrg['users']] = toSessionUser(u, { name });
  }
  return { id: org.id, code, name, officeLocationId: office.id, users };
}

/** A security test's two organisations: the one attacked (HCLN) and the attacker's (CBCC). */
export const hclnAndCbcc = (orm: MikroORM): Promise<[TestOrg, TestOrg]> =>
  Promise.all([createOrg(orm, 'Halifax Community Learning Network'), createOrg(orm, 'Cape Breton Career Centre')]);

export async function createIndividual(
  orm: MikroORM,
  org: TestOrg,
  overrides: Partial<{
    firstName: string;
    lastName: string;
    sin: string | null;
    shared: boolean;
    dateOfBirth: string;
  }> = {},
) {
  const em = orm.em.fork();
  const firstName = overrides.firstName ?? 'Jane';
  const lastName = overrides.lastName ?? 'Johnson';
  const person = em.create(Individual, {
    organisationId: org.id,
    firstName,
    lastName,
    firstNameSoundex: soundex(firstName),
    lastNameSoundex: soundex(lastName),
    middleInitial: null,
    gender: 'FEMALE',
    dateOfBirth: overrides.dateOfBirth ?? '1984-03-12',
    sin: overrides.sin === undefined ? nextSin() : overrides.sin,
    phone: '(902) 555-0199',
    email: null,
    addressLine1: '12 Spring Garden Rd',
    city: 'Halifax',
    province: 'NS',
    country: 'Canada',
    postalCode: 'B3J 1A1',
    sharedWithGovernment: overrides.shared ?? true,
    consentRecordedAt: new Date(),
    createdBy: org.users.manager.id,
  });
  await em.flush();
  return person;
}

/** A further user of an organisation with the given profiles (the enhanced-services role, ENS staff). */
export async function createUser(
  orm: MikroORM,
  org: TestOrg,
  loginId: string,
  profiles: string[],
): Promise<SessionUser> {
  const em = orm.em.fork();
  const u = em.create(User, {
    organisationId: org.id,
    loginId,
    firstName: loginId,
    lastName: 'Tester',
    email: `${loginId}.${org.code.toLowerCase()}@example.org`,
    passwordHash: await hashPassword(TEST_PASSWORD),
    profiles,
    active: true,
  });
  await em.flush();
  return toSessionUser(u, { name: org.name });
}
