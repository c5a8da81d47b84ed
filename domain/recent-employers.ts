// R-ASM-09: the Recent Employers list of the employer details. Choosing one of them fills in the employer's
// address, so a person's job at an employer the organisation already knows is entered once.

/** An employer and its address, as an employment record of a case keeps them. */
export interface RecentEmployer {
  employerName: string;
  employerStreet?: string;
  employerCity?: string;
  employerProvince?: string;
  employerPostalCode?: string;
}

/** How many employers the list offers: enough to find the usual ones, short enough to read. */
export const RECENT_EMPLOYERS_MAX = 15;

const ADDRESS_FIELDS = ['employerStreet', 'employerCity', 'employerProvince', 'employerPostalCode'] as const;

/**
 * The employers of the organisation's employment records, newest save first, each name once (the same employer
 * written in another case with other capitals or spaces is the same one), and only those with an address: an
 * employer without one has nothing to fill in.
 */
export function recentEmployers(recordsNewestFirst: readonly RecentEmployer[]): RecentEmployer[] {
  const seen = new Set<string>();
  const list: RecentEmployer[] = [];
  for (const r of recordsNewestFirst) {
    const key = r.employerName.trim().replace(/\s+/g, ' ').toLocaleLowerCase('en-CA');
    if (!key || seen.has(key) || !ADDRESS_FIELDS.some((f) => r[f]?.trim())) continue;
    seen.add(key);
    const employer: RecentEmployer = { employerName: r.employerName.trim() };
    for (const f of ADDRESS_FIELDS) if (r[f]?.trim()) employer[f] = r[f]?.trim();
    list.push(employer);
    if (list.length === RECENT_EMPLOYERS_MAX) break;
  }
  return list;
}
