import { recentEmployers, RECENT_EMPLOYERS_MAX } from '../../domain/recent-employers.ts';

describe('Recent Employers (R-ASM-09)', () => {
  it('R-ASM-09 lists each employer once, the latest address first, and only employers with an address', () => {
    const list = recentEmployers([
      { employerName: 'Mill ', employerCity: 'Port Hawkesbury', employerStreet: ' ' },
      { employerName: 'mill', employerCity: 'Truro' },
      { employerName: 'Corner Store' },
      { employerName: 'Harbour Café', employerPostalCode: 'B3H 1A1' },
    ]);
    expect(list).toEqual([
      { employerName: 'Mill', employerCity: 'Port Hawkesbury' },
      { employerName: 'Harbour Café', employerPostalCode: 'B3H 1A1' },
    ]);
  });

  it('R-ASM-09 keeps the list short', () => {
    const many = Array.from({ length: 40 }, (_, i) => ({ employerName: `Employer ${i}`, employerCity: 'Halifax' }));
    expect(recentEmployers(many)).toHaveLength(RECENT_EMPLOYERS_MAX);
  });
});
