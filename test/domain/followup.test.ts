import { alertMessage, followUpSchedule } from '../../domain/followup.ts';
import { formatLongDate } from '../../domain/dates.ts';

describe('follow-up schedule (spec 03 §5.1)', () => {
  test('R-FU-04 legacy case 100923: 24-week from April 30, 2012, 52-week from October 29, 2012', () => {
    const s = followUpSchedule({ planEndDate: '2011-11-28', lastInterventionEnd: '2011-11-28' });
    expect(s.earliest24).toBe('2012-04-30');
    expect(s.earliest52).toBe('2012-10-29');
    expect(formatLongDate(s.earliest24)).toBe('April 30, 2012');
    expect(formatLongDate(s.earliest52, 'fr')).toBe('29 octobre 2012');
  });

  test.each([
    ['2011-11-28', '2011-11-28', '2012-05-14', '2012-11-26'],
    ['2024-01-15', '2024-01-05', '2024-06-21', '2025-01-03'],
    ['2024-01-15', '2023-12-01', '2024-06-17', '2024-12-16'],
  ])('R-FU-08 alerts fire on the later of due and earliest dates (A=%s, L=%s)', (a, l, at24, at52) => {
    const s = followUpSchedule({ planEndDate: a, lastInterventionEnd: l });
    expect([s.alertAt24, s.alertAt52]).toEqual([at24, at52]);
  });
});

describe('alert texts (R-TMR-02, R-TMR-08)', () => {
  test('R-TMR-02 the 52-week alert asks for the missing 24-week outcome first', () => {
    expect(alertMessage('WEEK_52_DUE', '2012-11-26', '2012-11-26', false)).toBe(
      '52 Week follow-up due. 24 Week outcome outstanding — record it first.',
    );
    expect(alertMessage('WEEK_52_DUE', '2012-11-26', '2012-11-26', true)).toBe('52 Week follow-up due.');
  });

  test('R-TMR-08 eight weeks after the 52-week alert, it suggests the "Follow-ups not achievable" closure', () => {
    expect(alertMessage('WEEK_52_DUE', '2012-11-26', '2013-01-21', true)).toBe('52 Week follow-up due.');
    expect(alertMessage('WEEK_52_DUE', '2012-11-26', '2013-01-22', true)).toContain('"Follow-ups not achievable"');
  });
  test('R-TMR-02 R-TMR-08 the alerts in French, their dates written out', () => {
    expect(alertMessage('WEEK_52_DUE', '2012-11-26', '2013-01-22', false, 'fr')).toBe(
      "Suivi de 52 semaines à faire. Le résultat à 24 semaines n'est pas enregistré — enregistrez-le d'abord. " +
        'Si le client ne peut être joint après trois tentatives par des moyens différents, le cas peut être fermé ' +
        'avec la raison « Suivis non réalisables ».',
    );
    expect(alertMessage('INTERVENTION_OVERDUE', '2012-05-01', '2012-05-02', false, 'fr')).toBe(
      "Intervention en retard : sa date de fin prévue était le 1er mai 2012 et aucun résultat n'est enregistré.",
    );
  });
});
