// The permission matrix, security profile × action, checked cell by cell against spec 04 §2.7.1 (headline
// matrix) and §2.7.3 (ECM business functions), R-SEC-01 and R-SEC-13.
import { ACTIONS, PROFILES, PROFILE_LABELS, can, type Action, type Profile } from '../../domain/permissions.ts';

const Y = true;
const N = false;

/**
 * Expected from spec 04 §2.7.1/§2.7.3:
 * - ECM_CASE_MANAGER views and updates persons and cases and is the only profile a case can be assigned to (R-CASE-03);
 * - ECM_INTAKE adds/updates persons and views cases, but "Add/update cases" is ECM_CASE_MANAGER only;
 * - ECM_MANAGEMENT, ECM_REVIEWER, ECM_VIEW view ("inquiry"); ECM_MANAGEMENT also sees the workload (case inspection);
 * - ECM_BUSINESS_PARTNER maintains business partners only; ECM_ADMIN administers, with no case access (R-SEC-13);
 * - OPS_SUPPORT: operations console, support inspection, and "Manage contacts & users: ✔ any org".
 */
const MATRIX: Record<Profile, Record<Action, boolean>> = {
  //                    individual.view  individual.update  case.view  case.update  case.assignable  case.inspect  ops.view  ops.retry  org.admin
  ECM_ADMIN: row(N, N, N, N, N, N, N, N, Y),
  ECM_INTAKE: row(Y, Y, Y, N, N, N, N, N, N),
  ECM_MANAGEMENT: row(Y, N, Y, N, N, Y, N, N, N),
  ECM_REVIEWER: row(Y, N, Y, N, N, N, N, N, N),
  ECM_VIEW: row(Y, N, Y, N, N, N, N, N, N),
  ECM_BUSINESS_PARTNER: row(N, N, N, N, N, N, N, N, N),
  ECM_CASE_MANAGER: row(Y, Y, Y, Y, Y, N, N, N, N),
  OPS_SUPPORT: row(N, N, N, N, N, Y, Y, Y, Y),
  // Spec 02: the enhanced-services role (R-ES-01) views cases to register them; ENS decides on funding (R-FUND-18).
  ECM_ENHANCED_SERVICES: row(N, N, Y, N, N, N, N, N, N, Y, N),
  ENS_AGREEMENT_MANAGER: row(N, N, N, N, N, N, N, N, N, N, Y),
};
// Columns added by spec 02; every other profile has neither.
for (const p of ['ECM_ADMIN', 'ECM_INTAKE', 'ECM_MANAGEMENT', 'ECM_REVIEWER', 'ECM_VIEW', 'ECM_BUSINESS_PARTNER', 'ECM_CASE_MANAGER', 'OPS_SUPPORT'] as const) {
  MATRIX[p]['service.manage'] = N;
  MATRIX[p]['funding.decide'] = N;
}

function row(...cells: boolean[]): Record<Action, boolean> {
  return Object.fromEntries(ACTIONS.map((a, i) => [a, cells[i]])) as Record<Action, boolean>;
}

describe('permission matrix (spec 04 §2.7)', () => {
  test('R-SEC-01 the matrix covers the profiles and actions of the product', () => {
    expect([...PROFILES].sort()).toEqual(Object.keys(MATRIX).sort());
    expect(ACTIONS).toEqual([
      'individual.view',
      'individual.update',
      'case.view',
      'case.update',
      'case.assignable',
      'case.inspect',
      'ops.view',
      'ops.retry',
      'org.admin',
      'service.manage',
      'funding.decide',
    ]);
  });

  test.each(PROFILES.flatMap((p) => ACTIONS.map((a) => [p, a, MATRIX[p][a]] as const)))('R-SEC-01 %s may %s: %s', (profile, action, allowed) => {
    expect(can([profile], action)).toBe(allowed);
  });

  test('R-SEC-01 a user holding several profiles has the union of their permissions', () => {
    expect(can(['ECM_ADMIN', 'ECM_CASE_MANAGER'], 'org.admin')).toBe(true);
    expect(can(['ECM_ADMIN', 'ECM_CASE_MANAGER'], 'case.update')).toBe(true);
    expect(can(['ECM_VIEW', 'ECM_INTAKE'], 'individual.update')).toBe(true);
    expect(can(['ECM_VIEW', 'ECM_INTAKE'], 'case.update')).toBe(false);
  });

  test('R-SEC-01 no profile, or an unknown one, allows nothing', () => {
    for (const action of ACTIONS) {
      expect(can([], action)).toBe(false);
      expect(can(['PCC_ADMIN', 'SUPERVISOR'], action)).toBe(false);
    }
  });

  test('R-CASE-03 only ECM Case Managers can be made the case manager of a case', () => {
    expect(PROFILES.filter((p) => can([p], 'case.assignable'))).toEqual(['ECM_CASE_MANAGER']);
  });

  test('R-SEC-13 the ECM administrator profile grants administration only, not case or person access', () => {
    expect(ACTIONS.filter((a) => can(['ECM_ADMIN'], a))).toEqual(['org.admin']);
  });

  test('R-SEC-01 profiles carry the English product names of spec 04 §2.6', () => {
    expect(PROFILE_LABELS).toEqual({
      ECM_ADMIN: 'ECM Administrator',
      ECM_INTAKE: 'ECM Intake/Tracking',
      ECM_MANAGEMENT: expect.stringMatching(/^ECM Management/),
      ECM_REVIEWER: 'ECM Reviewer',
      ECM_VIEW: 'ECM View Only',
      ECM_BUSINESS_PARTNER: 'ECM Business Partner Update',
      ECM_CASE_MANAGER: 'ECM Case Manager',
      OPS_SUPPORT: 'LaMPSS Operations Support',
      // Spec 02 R-ES-01 (the organisation's enhanced-services role) and ENS's agreement managers (R-FUND-18).
      ECM_ENHANCED_SERVICES: 'ECM Enhanced Services',
      ENS_AGREEMENT_MANAGER: 'ENS Agreement Manager',
    });
  });
});
