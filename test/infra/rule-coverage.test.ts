// The README's count of rules named by tests comes from the titles as written: concatenated, templated, grouped.
import { coverageSentence, testTitles, withCoverage } from '../../scripts/rule-coverage.ts';

test('a title split over lines, a template, a describe and a .each table are all read; a skipped test is not', () => {
  const source = [
    "describe('R-A-01 group', () => {",
    "  test('R-B-02 first half ' + 'R-C-03 second half', () => {});",
    '  it(`R-D-04 with ${x} inside`, () => {});',
    "  test.each([1, 2])('R-E-05 row %s', () => {});",
    // A skipped test's source text, written in two parts so that it is not itself taken for a skipped test.
    '  test.' + "skip('R-F-06 not run', () => {});",
    "  expect('R-G-07 not a title').toBe(1);",
    '});',
  ].join('\n');
  expect(testTitles(source)).toEqual([
    'R-A-01 group',
    'R-B-02 first half R-C-03 second half',
    'R-D-04 with   inside',
    'R-E-05 row %s',
  ]);
});

test('the count goes between the markers and nowhere else', () => {
  const readme = 'before\n<!-- rule-coverage:start -->\nold\n<!-- rule-coverage:end -->\nafter\n';
  expect(withCoverage(readme, coverageSentence(3, 4))).toBe(
    'before\n<!-- rule-coverage:start -->\n\n3 of the 4 rule IDs of the specs are named by a test.\n' +
      '<!-- rule-coverage:end -->\nafter\n',
  );
  expect(() => withCoverage('no markers', 'x')).toThrow('lost its markers');
});
