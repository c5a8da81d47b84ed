// The permission matrix, security profile × action, checked cell by cell against spec 04 §2.7.1 (headline
// matrix) and §2.7.3 (ECM business functions), R-SEC-01 and R-SEC-13.
import { ACTIONS, PROFILES, PROFILE_LABELS, can, type Action, type Profile } from '../../domain/permissions.ts';

/**
 * Expected from spec 04 §2.7.1/§2.7.2/§2.7.3:
 * - ECM_CASE_MANAGER views and updates persons and cases and is the only profile a case can be assigned to (R-CASE-03);
 * - ECM_INTAKE adds/updates persons and views cases, but "Add/update cases" is ECM_CASE_MANAGER only;
 * - ECM_MANAGEMENT, ECM_REVIEWER, ECM_VIEW view ("inquiry"); ECM_MANAGEMENT also sees the workload (case inspection);
 * - every organisation profile sees the organisation header and the contacts page, read-only (§2.7.2 rows 1 and 3);
 * - the five administrator profiles manage contacts and read the access history; all but LM_ADMIN update the
 *   organisation's information (R-ORG-06); administrators get no case access (R-SEC-13);
 * - OPS_SUPPORT: operations console, support inspection, any organisation, flags and access requests.
 */
// Columns, in ACTIONS order: individual.view individual.update case.view case.update case.assignable case.inspect
// ops.view ops.retry org.admin | org.view org.update org.flags org.any contacts.view contacts.manage
// access-requests.process audit.view
const ORG_USER = 'Y...Y...';
const ADMIN = 'YY..YY.Y';
const MATRIX: Record<Profile, string> = {
  OFA_ADMIN: '.........' + ADMIN,
  OFA_USER: '.........' + ORG_USER,
  OFA_READ: '.........' + ORG_USER,
  SE_ADMIN: '.........' + ADMIN,
  SE_USER: '.........' + ORG_USER,
  SE_VIEW: '.........' + ORG_USER,
  ECM_ADMIN: '........Y' + ADMIN,
  ECM_INTAKE: 'YYY......' + ORG_USER,
  ECM_MANAGEMENT: 'Y.Y..Y...' + ORG_USER,
  ECM_REVIEWER: 'Y.Y......' + ORG_USER,
  ECM_VIEW: 'Y.Y......' + ORG_USER,
  ECM_BUSINESS_PARTNER: '.........' + ORG_USER,
  ECM_CASE_MANAGER: 'YYYYY....' + ORG_USER,
  PCC_ADMIN: '.........' + ADMIN,
  PCC_PROGRAM: '.........' + ORG_USER,
  PCC_ADMISSION: '.........' + ORG_USER,
  PCC_INSTRUCTOR: '.........' + ORG_USER,
  LM_ADMIN: '.........' + 'Y...YY.Y',
  LM_MANAGER: '.........' + ORG_USER,
  LM_READ: '.........' + ORG_USER,
  OPS_SUPPORT: '.....YYYY' + 'YYYYYYYY',
  // Spec 02: the enhanced-services role (R-ES-01) views cases to register them; ENS decides on funding (R-FUND-18).
  ECM_ENHANCED_SERVICES: '..Y......' + ORG_USER,
  ENS_AGREEMENT_MANAGER: '.........' + ORG_USER,
};
// Spec 02's columns, after the others: service.manage funding.decide; then org.read-any (R-ORG-09).
for (const p of Object.keys(MATRIX) as Profile[])
  MATRIX[p] += p === 'ECM_ENHANCED_SERVICES' ? 'Y..' : p === 'ENS_AGREEMENT_MANAGER' ? '.YY' : '...';

const allowed = (profile: Profile, action: Action) => MATRIX[profile][ACTIONS.indexOf(action)] === 'Y';

describe('permission matrix (spec 04 §2.7)', () => {
  test('R-SEC-01 the matrix covers every profile of spec 04 §2.6 and the administration actions of §2.7.2', () => {
    expect([...PROFILES].sort()).toEqual(Object.keys(MATRIX).sort());
    expect(Object.values(MATRIX).every((row) => row.length === ACTIONS.length)).toBe(true);
  });

  test.each(PROFILES.flatMap((p) => ACTIONS.map((a) => [p, a, allowed(p, a)] as const)))(
    'R-SEC-01 %s may %s: %s',
    (profile, action, expected) => {
      expect(can([profile], action)).toBe(expected);
    },
  );

  test('R-SEC-01 a user holding several profiles has the union of their permissions', () => {
    expect(can(['ECM_ADMIN', 'ECM_CASE_MANAGER'], 'org.admin')).toBe(true);
    expect(can(['ECM_ADMIN', 'ECM_CASE_MANAGER'], 'case.update')).toBe(true);
    expect(can(['ECM_VIEW', 'ECM_INTAKE'], 'individual.update')).toBe(true);
    expect(can(['ECM_VIEW', 'ECM_INTAKE'], 'case.update')).toBe(false);
  });

  test('R-SEC-01 no profile, or an unknown one, allows nothing', () => {
    for (const action of ACTIONS) {
      expect(can([], action)).toBe(false);
      expect(can(['SUPERVISOR', 'ecm_admin'], action)).toBe(false);
    }
  });

  test('R-CASE-03 only ECM Case Managers can be made the case manager of a case', () => {
    expect(PROFILES.filter((p) => can([p], 'case.assignable'))).toEqual(['ECM_CASE_MANAGER']);
  });

  test('R-SEC-13 administrator profiles grant administration only, not case or person access', () => {
    for (const admin of ['OFA_ADMIN', 'SE_ADMIN', 'ECM_ADMIN', 'PCC_ADMIN', 'LM_ADMIN'] as const) {
      expect(ACTIONS.filter((a) => can([admin], a) && /^(case|individual)\./.test(a))).toEqual([]);
    }
  });

  test('R-SEC-01 profiles carry the English product names of spec 04 §2.6', () => {
    expect(PROFILE_LABELS).toMatchObject({
      OFA_USER: 'Organisation Funding Agreement / User',
      SE_VIEW: 'Service Enrolment View Only',
      PCC_ADMIN: 'PCC Administrator',
      LM_READ: 'Learner Management Read Only',
      ECM_ADMIN: 'ECM Administrator',
      ECM_INTAKE: 'ECM Intake/Tracking',
      ECM_MANAGEMENT: expect.stringMatching(/^ECM Management/),
      ECM_REVIEWER: 'ECM Reviewer',
      ECM_VIEW: 'ECM View Only',
      ECM_BUSINESS_PARTNER: 'ECM Business Partner Update',
      ECM_CASE_MANAGER: 'ECM Case Manager',
      OPS_SUPPORT: 'LaMPSS Operations Support',
    });
  });
});
