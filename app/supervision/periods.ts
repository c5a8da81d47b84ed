// The periods the supervisor dashboard counts over, from today's Halifax date: this week (to Sunday), through the end
// of next month (as the home page's task list, R-TASK-02), this calendar month and the last twelve calendar months.
import { addDays, lastDayOfNextMonth, type IsoDate } from '../../domain/dates.ts';

export interface DashboardPeriods {
  today: IsoDate;
  /** The Sunday that ends this week (today on a Sunday). */
  weekEnd: IsoDate;
  nextMonthEnd: IsoDate;
  monthStart: IsoDate;
  /** The first day of the month eleven months ago: twelve calendar months with this one. */
  yearStart: IsoDate;
}

export function dashboardPeriods(today: IsoDate): DashboardPeriods {
  const [y, m] = today.split('-').map(Number);
  const weekday = new Date(`${today}T12:00:00Z`).getUTCDay(); // 0 = Sunday
  const first = (year: number, month: number) => new Date(Date.UTC(year, month - 1, 1)).toISOString().slice(0, 10);
  return {
    today,
    weekEnd: addDays(today, (7 - weekday) % 7),
    nextMonthEnd: lastDayOfNextMonth(today),
    monthStart: first(y, m),
    yearStart: first(y, m - 11),
  };
}
