import { employmentHistoryHint, validateEducationExperience } from '../../domain/education.ts';
import { walkTo } from './helpers.ts';
import { educationExperienceSchema } from '../../domain/schemas/case.ts';

const doc = (over: Record<string, unknown> = {}) =>
  educationExperienceSchema.parse({
    highestEducationLevel: 'HIGH_SCHOOL_COMPLETE',
    educationRecords: [
      { name: 'High School Diploma', sourceLocation: 'Citadel High', fromDate: '1990-09-01', toDate: '1993-06-30' },
    ],
    employmentRecords: [
      {
        employerName: 'Dr XYZ medical clinic',
        jobTitle: 'Receptionist',
        nocCode: '1414',
        fromDate: '2005-01-10',
        toDate: '2011-08-31',
      },
    ],
    otherSkills: [{ skillType: 'Bilingual' }],
    ...over,
  });

describe('Education & Experience (spec 01 §4.11)', () => {
  test('R-ASM-06 editable from Intake to RTWAP Mgmt, not in Follow-up', () => {
    for (const status of ['INTAKE', 'ASSESSMENT', 'RTWAP_DEV', 'RTWAP_MGMT'] as const) {
      expect(validateEducationExperience(walkTo(status).state, doc(), '2011-12-01')).toEqual([]);
    }
    expect(validateEducationExperience(walkTo('FOLLOW_UP').state, doc(), '2011-12-01').map((v) => v.rule)).toEqual([
      'R-ASM-06',
    ]);
  });

  test('R-ASM-07 at least one Education/Training/License entry is required', () => {
    const v = validateEducationExperience(walkTo('INTAKE').state, doc({ educationRecords: [] }), '2011-12-01');
    expect(v).toEqual([
      expect.objectContaining({
        rule: 'R-ASM-07',
        message: 'At least one Education/Training/License entry is required.',
      }),
    ]);
  });

  test('R-ASM-10 a skill type is at most 25 characters', () => {
    const result = educationExperienceSchema.safeParse({ ...doc(), otherSkills: [{ skillType: 'x'.repeat(26) }] });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0].message).toBe('Skill type cannot exceed 25 characters.');
  });

  test('R-ASM-11 an end date before its start date is refused on the row it belongs to', () => {
    const v = validateEducationExperience(
      walkTo('INTAKE').state,
      doc({ employmentRecords: [{ employerName: 'A', jobTitle: 'B', fromDate: '2010-05-01', toDate: '2010-04-30' }] }),
      '2011-12-01',
    );
    expect(v).toEqual([
      expect.objectContaining({
        rule: 'R-ASM-11',
        field: 'employmentRecords.0.toDate',
        message: 'Row 1: the end date must be on or after the start date (2010-05-01).',
      }),
    ]);
  });

  test("R-ND-04 an employment row's NOC code must be one the NOC search offers", () => {
    const row = { employerName: 'A', jobTitle: 'B', nocCode: '9999', fromDate: '2005-01-10', toDate: '2011-08-31' };
    const v = validateEducationExperience(walkTo('INTAKE').state, doc({ employmentRecords: [row] }), '2011-12-01');
    expect(v).toEqual([
      expect.objectContaining({
        rule: 'R-ND-04',
        code: 'ERR_NOC',
        field: 'employmentRecords.0.nocCode',
        message: 'Employment 1: select a valid NOC code from the lookup (9999 is not one).',
        messageFr: "Emploi 1 : choisissez un code de la CNP valide à l'aide de la recherche (9999 n'en est pas un).",
      }),
    ]);
  });

  test('R-ASM-12 a history shorter than five years gets a hint, never a refusal', () => {
    expect(employmentHistoryHint([{ fromDate: '2009-01-01' }], '2011-12-01')).toContain(
      'last 5 years (since 2006-12-01)',
    );
    expect(employmentHistoryHint([{ fromDate: '2005-01-10' }], '2011-12-01')).toBeNull();
  });
});
