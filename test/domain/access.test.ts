// Spec 04 rules that need no server: contact fields, grants, scope, last administrator, primary transfer,
// invitations and their expiry, credentials, profile changes and the access-request duplicate check.
import {
  acceptanceRefusal,
  changedFlags,
  contactEmails,
  grantableProfiles,
  inOrganisationScope,
  invitationExpiresAt,
  isAdministrator,
  primaryTransferWarning,
  profilesOnAcceptance,
  validateAccessEnd,
  validateAccessRemoval,
  validateActiveOrganisation,
  validateAdministrator,
  validateContact,
  validateCredentials,
  validateEmailFree,
  validateFlagChanges,
  validateGrants,
  validateInvitation,
  validateInvitationClaimed,
  validateInvitationPending,
  validateInvitee,
  validateNewAccount,
  validateNewContact,
  validateOfficeLocation,
  validatePrimaryKept,
  validatePrimaryTransfer,
  validateProfileChange,
  validateVersion,
  type OrgFlags,
} from '../../domain/access.ts';
import { sameOrganisation } from '../../domain/access-requests.ts';
import { PROFILES } from '../../domain/permissions.ts';

const ORG: OrgFlags = {
  activeFundingAgreement: true,
  externalCaseManagement: true,
  clientTracking: false,
  serviceEnrolment: false,
  privateCareerCollege: false,
  learnerManagement: false,
  inactive: false,
};
const codes = (v: { code: string }[]) => v.map((x) => x.code);
const VALID = { lastName: 'Doiron', firstName: 'Nadine', email: 'nadine@example.org' };

test('R-CON-01 last name, first name and email are required; whitespace counts as empty', () => {
  expect(codes(validateContact({ lastName: ' ', firstName: '', email: undefined }, ORG))).toEqual([
    'LAST_NAME_REQUIRED',
    'FIRST_NAME_REQUIRED',
    'EMAIL_REQUIRED',
  ]);
  expect(validateContact(VALID, ORG)).toEqual([]);
});

test(
  'R-CON-02 R-ORG-07 office location, position type and FTE are required only with client tracking; FTE ' + '0.01-1.00',
  () => {
    expect(validateContact(VALID, { clientTracking: true })[0]).toMatchObject({
      code: 'STAFFING_FIELDS_REQUIRED',
      message:
        'Office location, position type and FTE are required because your organisation provides case ' +
        'management with client tracking (Nova Scotia Works).',
    });
    expect(
      validateContact({ ...VALID, officeLocationId: 1, positionType: 'MANAGER', fte: 0.5 }, { clientTracking: true }),
    ).toEqual([]);
    for (const fte of [0, 1.01, 0.555])
      expect(codes(validateContact({ ...VALID, fte }, ORG))).toEqual(['FTE_OUT_OF_RANGE']);
  },
);

test('R-CON-03 the end date cannot be earlier than the start date', () => {
  expect(validateContact({ ...VALID, startDate: '2026-05-01', endDate: '2026-04-30' }, ORG)[0].message).toBe(
    'End date cannot be earlier than start date.',
  );
});

test('R-CON-04 the email must be a valid address of at most 254 characters', () => {
  for (const email of ['not-an-email', 'a@b', `${'x'.repeat(250)}@example.org`])
    expect(codes(validateContact({ ...VALID, email }, ORG))).toEqual(['EMAIL_INVALID']);
});

test('R-SEC-04 an administrator grants only the profiles of the families they administer', () => {
  expect(grantableProfiles(['OFA_ADMIN'], ORG)).toEqual(['OFA_ADMIN', 'OFA_USER', 'OFA_READ']);
  // ECM_ENHANCED_SERVICES: the organisation's enhanced-services role of spec 02 (R-ES-01), an ECM profile.
  expect(grantableProfiles(['ECM_ADMIN'], ORG)).toEqual([
    'ECM_INTAKE',
    'ECM_MANAGEMENT',
    'ECM_REVIEWER',
    'ECM_VIEW',
    'ECM_BUSINESS_PARTNER',
    'ECM_CASE_MANAGER',
    'ECM_ENHANCED_SERVICES',
  ]);
  expect(validateGrants(['ECM_ADMIN'], ORG, ['OFA_USER'])[0].message).toBe(
    'You are not permitted to assign or remove the security profile "Organisation Funding Agreement / User".',
  );
  expect(codes(validateGrants(['OFA_ADMIN'], ORG, ['OPS_SUPPORT']))).toEqual(['PROFILE_NOT_GRANTABLE']);
});

test('R-SEC-05 SE, ECM and LM administrator profiles are assigned by Operations Support only', () => {
  expect(validateGrants(['ECM_ADMIN', 'OFA_ADMIN'], ORG, ['ECM_ADMIN'])[0]).toMatchObject({
    code: 'PROFILE_OPS_ONLY',
    message:
      'Only LaMPSS Operations Support can assign the "ECM Administrator" profile. Contact your program area ' +
      'representative.',
  });
  expect(validateGrants(['OPS_SUPPORT'], ORG, ['ECM_ADMIN'])).toEqual([]);
});

test('R-SEC-06 a family needs its organisation prerequisite, even for Operations Support', () => {
  expect(validateGrants(['OPS_SUPPORT'], ORG, ['SE_USER'])[0]).toMatchObject({
    code: 'PROFILE_PREREQUISITE_MISSING',
    message: 'Your organisation is not set up for Service Enrolment, so "Service Enrolment User" cannot be assigned.',
  });
  expect(grantableProfiles(['OPS_SUPPORT'], { ...ORG, externalCaseManagement: false })).not.toContain(
    'ECM_CASE_MANAGER',
  );
});

const target = { id: 2, active: true, hasAccess: true, isPrimary: false, profiles: ['OFA_USER'] };
test('R-SEC-07 deactivation needs the administration of every family the target holds', () => {
  expect(codes(validateAccessEnd({ id: 1, profiles: ['ECM_ADMIN'] }, target, {}))).toEqual(['TARGET_OUTSIDE_SCOPE']);
  expect(validateAccessEnd({ id: 1, profiles: ['OFA_ADMIN'] }, target, {})).toEqual([]);
  expect(validateAccessEnd({ id: 1, profiles: ['LM_ADMIN'] }, { ...target, profiles: [] }, {})).toEqual([]);
});

test('R-SEC-09 nobody deactivates themselves or removes their own access', () => {
  expect(validateAccessEnd({ id: 2, profiles: ['OFA_ADMIN'] }, target, {})[0].message).toBe(
    'You cannot change your own security profiles, access or active status.',
  );
});

test('R-SEC-10 the last active OFA administrator keeps the profile unless Operations Support acts', () => {
  const admin = { ...target, profiles: ['OFA_ADMIN'] };
  expect(validateAccessEnd({ id: 1, profiles: ['OFA_ADMIN'] }, admin, { OFA_ADMIN: 0 })[0].message).toBe(
    'This is the last active Organisation Funding Agreement / Administrator (Self-service with full update ' +
      'privilege) in your organisation. Assign the profile to another user first.',
  );
  expect(validateAccessEnd({ id: 1, profiles: ['OFA_ADMIN'] }, admin, { OFA_ADMIN: 1 })).toEqual([]);
  expect(validateAccessEnd({ id: 1, profiles: ['OPS_SUPPORT'] }, admin, { OFA_ADMIN: 0 })).toEqual([]);
});

test('R-CON-09 the primary contact cannot be deactivated or lose access', () => {
  expect(codes(validateAccessEnd({ id: 1, profiles: ['OPS_SUPPORT'] }, { ...target, isPrimary: true }, {}))).toEqual([
    'PRIMARY_CANNOT_DEACTIVATE',
  ]);
});

test(
  'R-CON-06 R-CON-07 only the primary contact or Operations Support transfers the role, to an active user ' +
    'with access',
  () => {
    expect(
      codes(
        validatePrimaryTransfer(
          { id: 1, profiles: ['OFA_ADMIN'], isPrimary: false },
          { active: true, hasAccess: true },
        ),
      ),
    ).toEqual(['PRIMARY_TRANSFER_FORBIDDEN']);
    expect(
      codes(
        validatePrimaryTransfer(
          { id: 1, profiles: ['OFA_ADMIN'], isPrimary: true },
          { active: true, hasAccess: false },
        ),
      ),
    ).toEqual(['PRIMARY_TARGET_INVALID']);
    expect(
      validatePrimaryTransfer(
        { id: 1, profiles: ['OPS_SUPPORT'], isPrimary: false },
        { active: true, hasAccess: true },
      ),
    ).toEqual([]);
  },
);

test(
  'R-INV-02 R-INV-03 an invitation requests at least one grantable profile and a message of at most 1,000 ' +
    'characters',
  () => {
    expect(codes(validateInvitation(['OFA_ADMIN'], ORG, { profiles: [], message: 'x'.repeat(1001) }))).toEqual([
      'PROFILE_REQUIRED',
      'MESSAGE_TOO_LONG',
    ]);
    expect(validateInvitation(['OFA_ADMIN'], ORG, { profiles: ['OFA_USER'], message: 'x'.repeat(1000) })).toEqual([]);
  },
);

test(
  'R-INV-01 R-INV-06 an inactive contact, one with access, ' + 'or one with a pending invitation cannot be invited',
  () => {
    expect(codes(validateInvitee({ active: false, hasAccess: false, pendingInvitation: false }))).toEqual([
      'CONTACT_INACTIVE',
    ]);
    expect(codes(validateInvitee({ active: true, hasAccess: true, pendingInvitation: false }))).toEqual([
      'ALREADY_HAS_ACCESS',
    ]);
    expect(codes(validateInvitee({ active: true, hasAccess: false, pendingInvitation: true }))).toEqual([
      'INVITATION_ALREADY_PENDING',
    ]);
  },
);

test('R-INV-05 R-INV-09 an invitation is valid 30 × 24 hours; at expiry its link is refused', () => {
  const created = new Date('2026-03-07T12:00:00Z');
  const expires = invitationExpiresAt(created);
  expect(expires.toISOString()).toBe('2026-04-06T12:00:00.000Z');
  expect(acceptanceRefusal({ status: 'PENDING', expiresAt: expires }, new Date(expires.getTime() - 1))).toBeNull();
  expect(acceptanceRefusal({ status: 'PENDING', expiresAt: expires }, expires)?.code).toBe('INVITATION_EXPIRED');
  expect(acceptanceRefusal({ status: 'WITHDRAWN', expiresAt: expires }, created)?.code).toBe('INVITATION_WITHDRAWN');
  expect(acceptanceRefusal({ status: 'ACCEPTED', expiresAt: expires }, created)?.code).toBe('INVITATION_USED');
  expect(acceptanceRefusal(null, created)?.code).toBe('INVITATION_INVALID');
});

test('R-INV-10 acceptance grants the requested profiles whose prerequisite still holds', () => {
  expect(profilesOnAcceptance(['OFA_USER', 'ECM_VIEW'], { ...ORG, externalCaseManagement: false })).toEqual({
    granted: ['OFA_USER'],
    skipped: ['ECM_VIEW'],
  });
});

test('R-CON-17 the account email is shown after the LaMPSS email only when it differs', () => {
  expect(contactEmails('a@example.org', 'A@Example.org')).toEqual(['a@example.org']);
  expect(contactEmails('a@example.org', 'a@home.example')).toEqual(['a@example.org', 'a@home.example']);
});

test('SR-01 a user ID of 3-50 safe characters and a password of at least 12 characters that is not the user ID', () => {
  const strong = { common: false, score: 4 };
  expect(codes(validateCredentials('n', 'short', strong))).toEqual(['USER_ID_INVALID', 'PASSWORD_TOO_SHORT']);
  expect(codes(validateCredentials('nadine.doiron', 'NADINE.DOIRON', strong))).toEqual(['PASSWORD_IS_USER_ID']);
  expect(validateCredentials('nadine.doiron', 'a long enough passphrase', strong)).toEqual([]);
});

test('R-ORG-02 the same organisation: same name ignoring case and accents, and the same phone or postal code', () => {
  expect(
    sameOrganisation(
      { name: 'École Régionale', phone: '902-555-1212' },
      { name: 'ecole regionale', phone: '(902) 555-1212' },
    ),
  ).toBe(true);
  expect(
    sameOrganisation(
      { name: 'École Régionale', postalCode: 'b3j 1a1' },
      { name: 'Ecole Regionale', postalCode: 'B3J1A1' },
    ),
  ).toBe(true);
  expect(
    sameOrganisation(
      { name: 'École Régionale', phone: '902-555-1212' },
      { name: 'École Régionale', phone: '902-555-0000' },
    ),
  ).toBe(false);
});

test('R-ORG-08 nobody but Operations Support signs in to, or sends anything from, an inactive organisation', () => {
  expect(validateActiveOrganisation(['OFA_ADMIN'], { inactive: true })).toEqual([
    expect.objectContaining({
      code: 'ORGANISATION_INACTIVE',
      message: 'This organisation is inactive in LaMPSS. Contact LaMPSS Operations Support.',
    }),
  ]);
  expect(validateActiveOrganisation(['OPS_SUPPORT'], { inactive: true })).toEqual([]);
  expect(validateActiveOrganisation(['OFA_ADMIN'], { inactive: false })).toEqual([]);
});

const messages = (v: { message: string }[]) => v.map((x) => x.message);

test('R-SEC-02 a user reaches only their own organisation; Operations Support reaches any', () => {
  expect(inOrganisationScope({ organisationId: 1, profiles: ['OFA_ADMIN'] }, 1)).toBe(true);
  expect(inOrganisationScope({ organisationId: 1, profiles: ['OFA_ADMIN'] }, 2)).toBe(false);
  expect(inOrganisationScope({ organisationId: 1, profiles: ['OPS_SUPPORT'] }, 2)).toBe(true);
});

test('R-CON-10 only an administrator adds or changes contacts', () => {
  expect(messages(validateAdministrator(['ECM_VIEW']))).toEqual([
    'Only users with an administrator security profile can add or change contacts.',
  ]);
  expect(validateAdministrator(['OFA_ADMIN'])).toEqual([]);
});

test('R-ORG-05 only Operations Support changes the program flags and "inactive"', () => {
  const changed = changedFlags({ ...ORG, serviceEnrolment: false }, { serviceEnrolment: true, clientTracking: false });
  expect(changed).toEqual(['serviceEnrolment']);
  expect(validateFlagChanges(['OFA_ADMIN'], changed)).toEqual([
    expect.objectContaining({
      code: 'FORBIDDEN',
      kind: 'forbidden',
      message: 'Only LaMPSS Operations Support can change serviceEnrolment.',
    }),
  ]);
  expect(validateFlagChanges(['OPS_SUPPORT'], changed)).toEqual([]);
  expect(validateFlagChanges(['OFA_ADMIN'], [])).toEqual([]);
});

test('R-CON-04 an email another active contact of the organisation uses is refused', () => {
  expect(messages(validateEmailFree(true))).toEqual([
    'Another active contact in your organisation already uses this email address.',
  ]);
  expect(validateEmailFree(false)).toEqual([]);
});

test("R-CON-02 a contact's office location is one of the organisation's", () => {
  expect(validateOfficeLocation(false)).toEqual([
    expect.objectContaining({
      code: 'OFFICE_LOCATION_UNKNOWN',
      field: 'officeLocationId',
      message: 'Choose one of your organisation’s office locations.',
    }),
  ]);
  expect(validateOfficeLocation(true)).toEqual([]);
});

test('R-CON-22 a save with an old version is refused', () => {
  expect(validateVersion(3, 4)).toEqual([
    expect.objectContaining({
      rule: 'R-CON-22',
      code: 'STALE_VERSION',
      message: 'This record was changed by someone else. Reload the page and try again.',
    }),
  ]);
  expect(validateVersion(4, 4)).toEqual([]);
  expect(validateVersion(1, 2, 'R-ORG-06')[0].rule).toBe('R-ORG-06');
});

test('R-CON-07 a contact cannot be made primary when added', () => {
  expect(messages(validateNewContact({ isPrimary: true }))).toEqual([
    'Only the current primary contact can transfer the primary contact role.',
  ]);
  expect(validateNewContact({})).toEqual([]);
});

test('R-CON-05 the primary contact cannot be unticked; the role is handed over instead', () => {
  expect(messages(validatePrimaryKept(true, false))).toEqual([
    'Your organisation must always have one primary contact. Make another user the primary contact instead.',
  ]);
  expect(validatePrimaryKept(true, undefined)).toEqual([]);
  expect(validatePrimaryKept(false, false)).toEqual([]);
});

test('R-CON-08 the administrator is warned when the new primary contact cannot administer', () => {
  expect(primaryTransferWarning({ lastName: 'Doiron', firstName: 'Nadine', profiles: ['OFA_USER'] })).toBe(
    'Doiron, Nadine holds no administrator profile: they are the primary contact but cannot manage contacts.',
  );
  expect(primaryTransferWarning({ lastName: 'Doiron', firstName: 'Nadine', profiles: ['OFA_ADMIN'] })).toBeNull();
});

test('R-INV-08 only a pending invitation is withdrawn, resent or cancelled', () => {
  expect(messages(validateInvitationPending(false))).toEqual(['This invitation is no longer pending.']);
  expect(validateInvitationPending(true)).toEqual([]);
});

test('SR-01 R-INV-10 the account an invitee creates: valid credentials, a free user ID, no access yet', () => {
  const account = {
    loginId: 'nadine.doiron',
    password: 'a long enough passphrase',
    passwordStrength: { common: false, score: 4 },
  };
  expect(
    codes(validateNewAccount({ ...account, password: 'short', loginIdTaken: true, contactHasAccess: true })),
  ).toEqual(['PASSWORD_TOO_SHORT']);
  expect(validateNewAccount({ ...account, loginIdTaken: true, contactHasAccess: true })).toEqual([
    expect.objectContaining({
      field: 'loginId',
      message: 'This user ID is already used in this organisation. Choose another one.',
    }),
  ]);
  expect(messages(validateNewAccount({ ...account, loginIdTaken: false, contactHasAccess: true }))).toEqual([
    'This contact already has LaMPSS access.',
  ]);
  expect(validateNewAccount({ ...account, loginIdTaken: false, contactHasAccess: false })).toEqual([]);
});

test('R-INV-10 of two acceptances of one link at the same moment, the second is refused', () => {
  expect(messages(validateInvitationClaimed(false))).toEqual([
    'This invitation has already been used. Sign in to LaMPSS.',
  ]);
  expect(validateInvitationClaimed(true)).toEqual([]);
});

test(
  'R-SEC-01 R-SEC-09 R-SEC-04 R-INV-02 profiles change only for someone with access or an invitation, never ' +
    'one’s own, within the families one administers, and an invitation keeps one',
  () => {
    const admin = { id: 1, profiles: ['OFA_ADMIN'] };
    const user = { id: 2, hasAccess: true, pendingInvitation: false };
    const change = (adding: string[], removing: string[], next: string[]) => ({ adding, removing, next });
    expect(
      messages(validateProfileChange(admin, ORG, { ...user, id: 1 }, change(['OFA_USER'], [], ['OFA_USER']))),
    ).toEqual(['You cannot change your own security profiles, access or active status.']);
    expect(
      messages(
        validateProfileChange(admin, ORG, { ...user, hasAccess: false }, change(['OFA_USER'], [], ['OFA_USER'])),
      ),
    ).toEqual(['This contact has no LaMPSS access: invite them to LaMPSS to give them security profiles.']);
    expect(codes(validateProfileChange(admin, ORG, user, change(['ECM_VIEW'], [], ['ECM_VIEW'])))).toEqual([
      'PROFILE_NOT_GRANTABLE',
    ]);
    // Taking a profile away needs the right to grant it, not the organisation's prerequisite (here Service Enrolment).
    expect(validateProfileChange({ id: 1, profiles: ['OPS_SUPPORT'] }, ORG, user, change([], ['SE_USER'], []))).toEqual(
      [],
    );
    expect(
      messages(
        validateProfileChange(
          admin,
          ORG,
          { ...user, hasAccess: false, pendingInvitation: true },
          change([], ['OFA_USER'], []),
        ),
      ),
    ).toEqual(['Select at least one security profile to invite this person to LaMPSS.']);
    expect(validateProfileChange(admin, ORG, user, change([], ['OFA_USER'], []))).toEqual([]);
  },
);

test('R-SEC-12 removing access needs access to remove', () => {
  expect(messages(validateAccessRemoval(false))).toEqual(['This contact has no LaMPSS access to remove.']);
  expect(validateAccessRemoval(true)).toEqual([]);
});

test('R-SEC-03 the administrator profiles, whose holders carry the "Administrator" badge, are exactly five', () => {
  expect(PROFILES.filter((p) => isAdministrator([p]))).toEqual(
    expect.arrayContaining(['OFA_ADMIN', 'SE_ADMIN', 'ECM_ADMIN', 'PCC_ADMIN', 'LM_ADMIN']),
  );
  expect(PROFILES.filter((p) => isAdministrator([p]))).toHaveLength(5);
  expect(isAdministrator(['ECM_CASE_MANAGER', 'ECM_ADMIN'])).toBe(true);
  expect(isAdministrator(['ECM_CASE_MANAGER', 'ECM_MANAGEMENT', 'OPS_SUPPORT'])).toBe(false);
});
