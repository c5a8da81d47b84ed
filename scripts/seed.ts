// Demo data for `npm start`: one organisation, one user per role, a few individuals and open cases.
// Runs only on an empty database, so a second start keeps what users did.
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Client } from '@temporalio/client';
import {
  EnhancedService,
  Individual,
  OfficeLocation,
  OrgInfoModule,
  OrgInfoQuestion,
  Organisation,
  ProvincialPerson,
  User,
} from '../db/entities.ts';
import { soundex } from '../domain/people.ts';
import { hashPassword } from '../infra/passwords.ts';
import { assertNoViolations } from '../domain/refusals.ts';
import { openCase } from '../app/cases/opening.ts';
import { passwordViolationsFor } from '../app/session/password-rules.ts';
import { toSessionUser } from '../app/session/session-user.ts';
import { type SessionUser } from '../app/context.ts';

export const DEMO_ORGANISATION = 'HCLN';
const DEMO_ORGANISATION_NAME = 'Halifax Community Learning Network';
export const DEMO_PASSWORD = 'pathway-demo-2026';

export const DEMO_USERS = [
  {
    loginId: 'casemanager',
    firstName: 'John',
    lastName: 'Smith',
    profiles: ['ECM_CASE_MANAGER'],
    role: 'Case manager',
  },
  {
    loginId: 'casemanager2',
    firstName: 'Aline',
    lastName: 'Doiron',
    profiles: ['ECM_CASE_MANAGER'],
    role: 'Case manager',
  },
  { loginId: 'supervisor', firstName: 'Grace', lastName: 'MacLeod', profiles: ['ECM_MANAGEMENT'], role: 'Supervisor' },
  { loginId: 'operations', firstName: 'Omar', lastName: 'Haddad', profiles: ['OPS_SUPPORT'], role: 'Operations' },
  {
    loginId: 'admin',
    firstName: 'Paula',
    lastName: 'Boudreau',
    profiles: ['OFA_ADMIN', 'ECM_ADMIN'],
    role: 'Organisation administrator, primary contact',
  },
  {
    loginId: 'services',
    firstName: 'Doug',
    lastName: 'Johnson',
    profiles: ['ECM_ENHANCED_SERVICES'],
    role: 'Enhanced services coordinator',
  },
  {
    loginId: 'ens',
    firstName: 'Amanda',
    lastName: 'Grace',
    profiles: ['ENS_AGREEMENT_MANAGER'],
    role: 'ENS agreement manager',
  },
] as const;

/** A second organisation of the network, to receive referrals and complete transfers. */
export const PARTNER_ORGANISATION = {
  organisation: { code: 'CBCC', name: 'Cape Breton Career Centre', generalEmail: 'referrals@cbcc.example.org' },
  users: [
    { loginId: 'casemanager', firstName: 'Luc', lastName: 'Arsenault', profiles: ['ECM_CASE_MANAGER'] },
    { loginId: 'admin', firstName: 'Heather', lastName: 'MacNeil', profiles: ['OFA_ADMIN', 'ECM_ADMIN'] },
  ],
} as const;

/** One password for every demo login, held to the password rules for each of them: what is wrong with it. */
export const demoPasswordViolations = () => [
  ...DEMO_USERS.flatMap((u) =>
    passwordViolationsFor(
      DEMO_PASSWORD,
      { ...u, email: `${u.loginId}@hcln.example.org` },
      { code: DEMO_ORGANISATION, name: DEMO_ORGANISATION_NAME },
    ),
  ),
  ...PARTNER_ORGANISATION.users.flatMap((u) =>
    passwordViolationsFor(
      DEMO_PASSWORD,
      { ...u, email: `${u.loginId}@cbcc.example.org` },
      PARTNER_ORGANISATION.organisation,
    ),
  ),
];

const DEMO_PEOPLE = [
  {
    firstName: 'Jane',
    lastName: 'Johnson',
    gender: 'FEMALE',
    dateOfBirth: '1984-03-12',
    sin: '130000003',
    line1: '12 Spring Garden Rd',
    city: 'Halifax',
    postalCode: 'B3J 1A1',
    shared: true,
    openCase: true,
  },
  {
    firstName: 'Robert',
    lastName: 'Doucet',
    gender: 'MALE',
    dateOfBirth: '1979-11-02',
    sin: '130000011',
    line1: '88 Portland St',
    city: 'Dartmouth',
    postalCode: 'B2Y 1H7',
    shared: true,
    openCase: true,
  },
  {
    firstName: 'Marie',
    lastName: 'LeBlanc',
    gender: 'FEMALE',
    dateOfBirth: '1995-06-30',
    sin: '130000029',
    line1: '5 Main St',
    city: 'Truro',
    postalCode: 'B2N 4G9',
    shared: true,
    openCase: false,
  },
  {
    firstName: 'Kevin',
    lastName: 'MacDonald',
    gender: 'MALE',
    dateOfBirth: '2001-01-19',
    sin: null,
    line1: '301 Prince St',
    city: 'Sydney',
    postalCode: 'B1P 5K8',
    shared: false,
    openCase: false,
  },
] as const;

export async function seedDemoData(orm: MikroORM, temporal: Client): Promise<boolean> {
  const em = orm.em.fork();
  if ((await em.count(Organisation, {})) > 0) return false;
  const org = em.create(Organisation, {
    code: DEMO_ORGANISATION,
    name: DEMO_ORGANISATION_NAME,
    activeFundingAgreement: true,
    externalCaseManagement: true,
    clientTracking: true,
    addressLine1: '5670 Spring Garden Rd',
    city: 'Halifax',
    province: 'NS',
    postalCode: 'B3J 1H6',
    phone: '(902) 555-1212',
    generalEmail: 'info@hcln.example.org',
  });
  // Organisations referrals can go to (R-REF-05): one in the network with its own staff, one that is not.
  const partner = em.create(Organisation, {
    ...PARTNER_ORGANISATION.organisation,
    activeFundingAgreement: true,
    externalCaseManagement: true,
    clientTracking: true,
    city: 'Sydney',
    province: 'NS',
  });
  em.create(Organisation, {
    code: 'VLLY',
    name: 'Valley Adult Learning Association',
    activeFundingAgreement: true,
    externalCaseManagement: false,
    clientTracking: false,
    generalEmail: 'office@vala.example.org',
  });
  await em.flush();
  const offices = ['Halifax — Spring Garden', 'Dartmouth — Portland St'].map((name) =>
    em.create(OfficeLocation, { organisationId: org.id, name, active: true }),
  );
  await em.flush();
  assertNoViolations(demoPasswordViolations());
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  // Contacts with access (spec 04): the administrator is the primary contact; staffing fields because the
  // organisation provides case management with client tracking (R-CON-02).
  const users = DEMO_USERS.map((u) =>
    em.create(User, {
      organisationId: org.id,
      loginId: u.loginId,
      firstName: u.firstName,
      lastName: u.lastName,
      email: `${u.loginId}@hcln.example.org`,
      passwordHash,
      profiles: [...u.profiles],
      active: true,
      isPrimary: u.loginId === 'admin',
      officeLocationId: offices[0].id,
      positionType: u.loginId.startsWith('casemanager') ? 'CASE_MANAGER' : 'MANAGER',
      fte: 1,
      language: 'EN',
    }),
  );
  const partnerOffice = em.create(OfficeLocation, {
    organisationId: partner.id,
    name: 'Sydney — Charlotte St',
    active: true,
  });
  await em.flush();
  for (const u of PARTNER_ORGANISATION.users) {
    em.create(User, {
      organisationId: partner.id,
      ...u,
      profiles: [...u.profiles],
      email: `${u.loginId}@cbcc.example.org`,
      passwordHash,
      active: true,
      isPrimary: u.loginId === 'admin',
      officeLocationId: partnerOffice.id,
      positionType: u.loginId === 'admin' ? 'MANAGER' : 'CASE_MANAGER',
      fte: 1,
      language: 'EN',
    });
  }
  await em.flush();
  // The organisation's Additional Case Information (R-ASM-01): the seeds' example questions.
  const modules = [
    {
      moduleCode: 'PERSONAL_SITUATION',
      required: true,
      questions: [
        {
          text: 'Do you need child care in order to work or attend training?',
          answerType: 'CHECKBOX',
          options: [],
          required: true,
        },
      ],
    },
    {
      moduleCode: 'HEALTH_DISABILITY',
      required: false,
      questions: [
        {
          text: 'Do you have a mental health condition that limits or affects your ability to work or attend training?',
          answerType: 'DROPDOWN',
          options: ['Yes', 'No', 'Prefer not to say'],
          required: false,
        },
      ],
    },
    {
      moduleCode: 'LEGAL_SITUATION',
      required: false,
      questions: [
        {
          text: 'Have you ever been convicted of an offence for which you have not been pardoned?',
          answerType: 'DROPDOWN',
          options: ['Yes', 'No', 'Prefer not to say'],
          required: false,
        },
      ],
    },
    {
      moduleCode: 'IMMIGRATION',
      required: false,
      questions: [{ text: 'Country of origin?', answerType: 'FREE_TEXT', options: [], required: false }],
    },
  ];
  for (const [mi, m] of modules.entries()) {
    em.create(OrgInfoModule, {
      organisationId: org.id,
      moduleCode: m.moduleCode,
      displayOrder: mi + 1,
      required: m.required,
    });
    for (const [qi, q] of m.questions.entries())
      em.create(OrgInfoQuestion, { organisationId: org.id, moduleCode: m.moduleCode, ...q, displayOrder: qi + 1 });
  }
  // A provincial record that Kevin MacDonald matches when he is shared: the merge screen's demo (R-PER-19..21).
  em.create(ProvincialPerson, {
    firstName: 'Kevin',
    lastName: 'MacDonald',
    firstNameSoundex: soundex('Kevin'),
    lastNameSoundex: soundex('MacDonald'),
    gender: 'MALE',
    dateOfBirth: '2001-01-19',
    sin: null,
    addressLine1: '17 George St',
    city: 'Sydney',
    province: 'NS',
    country: 'Canada',
    postalCode: 'B1P 1J3',
    phone: '(902) 555-0177',
    email: null,
    hasEnsFundingAgreement: false,
  });
  await em.flush();
  const manager = users[0];
  const actor: SessionUser = toSessionUser(manager, org);
  for (const p of DEMO_PEOPLE) {
    const person = em.create(Individual, {
      organisationId: org.id,
      firstName: p.firstName,
      lastName: p.lastName,
      firstNameSoundex: soundex(p.firstName),
      lastNameSoundex: soundex(p.lastName),
      middleInitial: null,
      gender: p.gender,
      dateOfBirth: p.dateOfBirth,
      sin: p.sin,
      phone: '(902) 555-0100',
      email: null,
      addressLine1: p.line1,
      city: p.city,
      province: 'NS',
      country: 'Canada',
      postalCode: p.postalCode,
      sharedWithGovernment: p.shared,
      consentRecordedAt: p.shared ? new Date() : null,
      createdBy: manager.id,
    });
    await em.flush();
    if (p.openCase)
      await openCase(
        { em: orm.em.fork(), temporal, user: actor },
        {
          individualId: person.id,
          accountabilityReporting: 'PRIVATE',
          registration: {
            employmentStatus: 'UNEMPLOYED',
            student: false,
            correspondenceLanguage: 'EN',
            preferredContactMethod: 'TELEPHONE',
            eiInLast36Months: false,
            legallyEntitledToWork: true,
          },
        },
      );
  }
  // Two enhanced services of the seeds' examples (§3.1): a one-day workshop with few seats, and a public one.
  const start = new Date().toISOString().slice(0, 10);
  for (const [name, maxParticipants, visibility] of [
    ['Improving Your Interview Skills', 2, 'PRIVATE'],
    ['Resume Writing', 12, 'PUBLIC'],
  ] as const) {
    em.create(EnhancedService, {
      organisationId: org.id,
      serviceFormat: 'GROUP',
      accountabilityReporting: '100922 - EAS(LAE-ENS)',
      name,
      description: `${name} workshop`,
      serviceType: 'JS_WORKSHOPS',
      status: 'SCHEDULED',
      startDate: start,
      endDate: start,
      startTime: '13:00',
      endTime: '16:00',
      minParticipants: 1,
      maxParticipants,
      location: '1657 Barrington Street, Halifax',
      visibility,
      createdBy: users[5].id,
    });
  }
  await em.flush();
  return true;
}
