// Business dates: calendar dates in America/Halifax (spec 03 R-FU-09), date arithmetic, message formats.
import {
  addDays,
  ageOn,
  BUSINESS_TIME_ZONE,
  businessDate,
  businessInstant,
  daysBetween,
  formatLongDate,
  isIsoDate,
  lastDayOfNextMonth,
  maxDate,
} from '../../domain/dates.ts';

describe('businessDate: the Halifax calendar date of an instant (R-FU-09)', () => {
  test('R-FU-09 the business time zone is America/Halifax', () => {
    expect(BUSINESS_TIME_ZONE).toBe('America/Halifax');
  });

  test.each([
    // Standard time (AST, UTC-4): the date changes at 04:00 UTC.
    ['2012-01-01T03:59:59.999Z', '2011-12-31'],
    ['2012-01-01T04:00:00.000Z', '2012-01-01'],
    // Daylight time (ADT, UTC-3): the date changes at 03:00 UTC.
    ['2024-07-01T02:59:59.999Z', '2024-06-30'],
    ['2024-07-01T03:00:00.000Z', '2024-07-01'],
    // Spring forward, Sunday March 10, 2024 at 02:00 AST: midnight was still AST.
    ['2024-03-10T03:59:59.999Z', '2024-03-09'],
    ['2024-03-10T04:00:00.000Z', '2024-03-10'],
    ['2024-03-11T02:59:59.999Z', '2024-03-10'],
    ['2024-03-11T03:00:00.000Z', '2024-03-11'],
    // Fall back, Sunday November 3, 2024 at 02:00 ADT: midnight was still ADT, the next one is AST.
    ['2024-11-03T02:59:59.999Z', '2024-11-02'],
    ['2024-11-03T03:00:00.000Z', '2024-11-03'],
    ['2024-11-04T03:59:59.999Z', '2024-11-03'],
    ['2024-11-04T04:00:00.000Z', '2024-11-04'],
  ])('R-FU-09 %s is %s in Halifax', (instant, date) => {
    expect(businessDate(new Date(instant))).toBe(date);
  });
});

describe('businessInstant: a Halifax wall-clock hour as a UTC instant (R-TMR-01)', () => {
  test.each([
    ['2012-05-14', 6, '2012-05-14T09:00:00.000Z'], // alertAt24 of case 100923, daylight time
    ['2012-11-26', 6, '2012-11-26T10:00:00.000Z'], // alertAt52 of case 100923, standard time
    ['2024-03-09', 6, '2024-03-09T10:00:00.000Z'], // the day before spring forward
    ['2024-03-10', 0, '2024-03-10T04:00:00.000Z'], // midnight, before the 02:00 change
    ['2024-03-10', 6, '2024-03-10T09:00:00.000Z'], // after it
    ['2024-11-02', 6, '2024-11-02T09:00:00.000Z'], // the day before fall back
    ['2024-11-03', 0, '2024-11-03T03:00:00.000Z'], // midnight, still daylight time
    ['2024-11-03', 6, '2024-11-03T10:00:00.000Z'], // after the change
    ['2024-01-15', 23, '2024-01-16T03:00:00.000Z'],
  ])('R-TMR-01 %s at %i:00 Halifax is %s', (date, hour, instant) => {
    expect(businessInstant(date, hour).toISOString()).toBe(instant);
  });

  test('R-TMR-01 the hour defaults to midnight, and the instant maps back to the same business date', () => {
    expect(businessInstant('2024-11-03').toISOString()).toBe('2024-11-03T03:00:00.000Z');
    for (const date of ['2024-03-09', '2024-03-10', '2024-03-11', '2024-11-02', '2024-11-03', '2024-11-04']) {
      expect(businessDate(businessInstant(date, 6))).toBe(date);
      expect(businessDate(businessInstant(date))).toBe(date);
    }
  });

  test('R-TMR-01 06:00 is 24 hours after 06:00 the day before, except across a DST change (23 h / 25 h)', () => {
    const hours = (a: string, b: string) =>
      (businessInstant(b, 6).getTime() - businessInstant(a, 6).getTime()) / 3_600_000;
    expect(hours('2024-03-08', '2024-03-09')).toBe(24);
    expect(hours('2024-03-09', '2024-03-10')).toBe(23);
    expect(hours('2024-11-02', '2024-11-03')).toBe(25);
  });
});

describe('calendar arithmetic (R-FU-04)', () => {
  test('R-FU-04 addDays counts calendar days, whatever the DST changes in between', () => {
    expect(addDays('2011-11-28', 154)).toBe('2012-04-30');
    expect(addDays('2011-11-28', 336)).toBe('2012-10-29');
    expect(addDays('2024-03-09', 1)).toBe('2024-03-10');
    expect(addDays('2024-11-02', 1)).toBe('2024-11-03');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(addDays('2011-10-20', 7)).toBe('2011-10-27');
  });

  test('R-FU-04 daysBetween: A is day 0, so April 30, 2012 is day 154 after Nov 28, 2011', () => {
    expect(daysBetween('2011-11-28', '2011-11-28')).toBe(0);
    expect(daysBetween('2011-11-28', '2012-04-29')).toBe(153);
    expect(daysBetween('2011-11-28', '2012-04-30')).toBe(154);
    expect(daysBetween('2012-04-30', '2011-11-28')).toBe(-154);
    expect(daysBetween('2024-03-09', '2024-03-11')).toBe(2);
    expect(daysBetween('2024-11-02', '2024-11-04')).toBe(2);
  });

  test('R-FU-04 a date that is not on the calendar is refused', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2024-13-01')).toBe(false);
    expect(isIsoDate('30/04/2012')).toBe(false);
    expect(() => addDays('2024-02-30', 1)).toThrow(new RangeError('Not a calendar date (YYYY-MM-DD): 2024-02-30'));
    expect(() => daysBetween('2024-01-01', '2024-1-5')).toThrow(RangeError);
  });

  test('R-FU-08 maxDate picks the later date', () => {
    expect(maxDate('2012-05-14', '2012-04-30')).toBe('2012-05-14');
    expect(maxDate('2024-06-17', '2024-05-17', '2024-06-01')).toBe('2024-06-17');
  });

  test('R-TASK-02 the home-page window ends on the last day of next month', () => {
    expect(lastDayOfNextMonth('2011-10-20')).toBe('2011-11-30');
    expect(lastDayOfNextMonth('2024-01-31')).toBe('2024-02-29');
    expect(lastDayOfNextMonth('2023-01-10')).toBe('2023-02-28');
    expect(lastDayOfNextMonth('2024-12-15')).toBe('2025-01-31');
  });

  test('R-PER-04 age in whole years on a given day, birthday included', () => {
    expect(ageOn('1990-02-28', '2024-02-27')).toBe(33);
    expect(ageOn('1990-02-28', '2024-02-28')).toBe(34);
    expect(ageOn('1980-05-17', '2011-10-20')).toBe(31);
  });
});

describe('dates in messages (spec 03 §3.4)', () => {
  test('R-FU-04 dates are written unambiguously: "April 30, 2012" / "30 avril 2012"', () => {
    expect(formatLongDate('2012-04-30')).toBe('April 30, 2012');
    expect(formatLongDate('2012-10-29')).toBe('October 29, 2012');
    expect(formatLongDate('2012-04-30', 'fr')).toBe('30 avril 2012');
    expect(formatLongDate('2012-10-29', 'fr')).toBe('29 octobre 2012');
  });

  test('R-FU-04 the first of a month is written "1er" in French', () => {
    expect(formatLongDate('2027-05-01', 'fr')).toBe('1er mai 2027');
    expect(formatLongDate('2027-05-11', 'fr')).toBe('11 mai 2027');
  });

  test('R-FU-09 the formatted date does not depend on the time zone of the server', () => {
    // Midnight UTC of Jan 1 is still Dec 31 in Halifax, but a business date is a calendar date.
    expect(formatLongDate('2024-01-01')).toBe('January 1, 2024');
  });
});

describe('accepted dates', () => {
  test(
    'a date outside 1900-01-01..2099-12-31 is refused ' + 'with the range, so date arithmetic never overflows',
    async () => {
      const { isoDate } = await import('../../domain/schemas/fields.ts');
      expect(isoDate.safeParse('9999-12-31').error?.issues[0].message).toBe(
        'Enter a date between 1900-01-01 and 2099-12-31.',
      );
      expect(isoDate.safeParse('2027-02-30').error?.issues[0].message).toBe(
        'Enter a calendar date as YYYY-MM-DD, for example 2027-03-31.',
      );
      expect(isoDate.safeParse('2099-12-31').success).toBe(true);
    },
  );
});
