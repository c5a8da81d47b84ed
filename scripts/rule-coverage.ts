// The specs' rule IDs that a test names: counts the rules defined in ../shared/spec (each one a bold `**R-…**`
// bullet) and those named in the titles of the tests under test/ (it, test and describe, their .each and .only
// forms; a skipped test proves nothing), prints the ones no test names, and keeps the count in the README between
// its markers. `--write` writes the count there; `--check` (run by npm run lint) fails when the README's is stale.
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import { projectRoot } from './project-root.ts';

const specFolder = path.resolve(projectRoot, '..', 'shared', 'spec');
const readmePath = path.join(projectRoot, 'README.md');
const START = '<!-- rule-coverage:start -->';
const END = '<!-- rule-coverage:end -->';
const RULE_ID = /\bR-[A-Z]+-\d+\b/g;
const TEST_CALLS = new Set(['it', 'test', 'describe']);
const NOT_RUN = new Set(['skip', 'todo', 'failing']);

/** The rule IDs the specs define: each one's bold bullet, once across the four files. */
export function definedRules(folder: string): string[] {
  const ids = new Set<string>();
  for (const file of readdirSync(folder).filter((f) => f.endsWith('.md'))) {
    for (const m of readFileSync(path.join(folder, file), 'utf8').matchAll(/\*\*(R-[A-Z]+-\d+)\*\*/g)) ids.add(m[1]!);
  }
  return [...ids].sort(byRuleId);
}

function byRuleId(a: string, b: string): number {
  const [fa, na] = [a.replace(/-\d+$/, ''), Number(a.replace(/^.*-/, ''))];
  const [fb, nb] = [b.replace(/-\d+$/, ''), Number(b.replace(/^.*-/, ''))];
  return fa === fb ? na - nb : fa < fb ? -1 : 1;
}

/** The words of a title when they are written in the source: a string, a template's fixed parts, a `+` of those. */
function titleText(node: ts.Node): string {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node))
    return [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join(' ');
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    return titleText(node.left) + titleText(node.right);
  }
  if (ts.isParenthesizedExpression(node)) return titleText(node.expression);
  return '';
}

/** The names along a callee: `test.each(rows)` gives test, each; `describe.only` gives describe, only. */
function calleeNames(node: ts.Expression): string[] {
  if (ts.isIdentifier(node)) return [node.text];
  if (ts.isPropertyAccessExpression(node)) return [...calleeNames(node.expression), node.name.text];
  if (ts.isCallExpression(node)) return calleeNames(node.expression);
  return [];
}

/** The titles of the tests and groups in one test file's source. */
export function testTitles(source: string, fileName = 'test.ts'): string[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const titles: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && node.arguments.length > 0) {
      const names = calleeNames(node.expression);
      if (TEST_CALLS.has(names[0] ?? '') && !names.some((n) => NOT_RUN.has(n))) {
        const title = titleText(node.arguments[0]!);
        if (title) titles.push(title);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return titles;
}

function testFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return testFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

/** The rule IDs named in the titles of the tests under a folder. */
export function rulesNamedByTests(folder: string): Set<string> {
  const named = new Set<string>();
  for (const file of testFiles(folder)) {
    for (const title of testTitles(readFileSync(file, 'utf8'), file)) {
      for (const m of title.matchAll(RULE_ID)) named.add(m[0]);
    }
  }
  return named;
}

export function coverageSentence(named: number, defined: number): string {
  return `${named} of the ${defined} rule IDs of the specs are named by a test.`;
}

/** The README with the sentence between the markers; refuses a README that lost them. */
export function withCoverage(readme: string, sentence: string): string {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`README.md has lost its markers ${START} and ${END}.`);
  // A blank line after the opening comment, as Prettier lays Markdown out.
  return `${readme.slice(0, start + START.length)}\n\n${sentence}\n${readme.slice(end)}`;
}

function main(args: string[]): void {
  if (!existsSync(specFolder)) {
    console.log(`No specs at ${specFolder}: rule coverage not checked.`);
    return;
  }
  const defined = definedRules(specFolder);
  const named = rulesNamedByTests(path.join(projectRoot, 'test'));
  const missing = defined.filter((id) => !named.has(id));
  const unknown = [...named].filter((id) => !defined.includes(id)).sort(byRuleId);
  const sentence = coverageSentence(defined.length - missing.length, defined.length);
  const readme = readFileSync(readmePath, 'utf8');
  const updated = withCoverage(readme, sentence);
  if (args.includes('--check')) {
    if (updated !== readme) {
      console.error(`README.md's rule count is stale; now: "${sentence}" Run npm run rules -- --write.`);
      process.exit(1);
    }
    return;
  }
  console.log(sentence);
  if (missing.length) console.log(`Named by no test (${missing.length}): ${missing.join(' ')}`);
  if (unknown.length) console.log(`Named by tests but defined by no spec: ${unknown.join(' ')}`);
  if (args.includes('--write') && updated !== readme) {
    writeFileSync(readmePath, updated);
    console.log('README.md updated.');
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main(process.argv.slice(2));
