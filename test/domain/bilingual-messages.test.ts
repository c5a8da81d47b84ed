// Every message a person can see from the server exists in English and in French. The sources of domain/, app/,
// api/ and workflows/ are read (not run) and any message written in English only is listed with its place:
// - a refusal's message: violation(rule, code, message), new Refusal(kind, code, message), notFound(what),
//   forbidden(message), given a string rather than { en, fr };
// - an object with a `message` written as text and no `messageFr` beside it (a notification, a reminder, a
//   violation built by hand, a zod schema's { message });
// - a zod check's message given as text: .refine(check, 'text'), .max(80, 'text'), z.email('text') (a schema's
//   messages go through inputMessage({ en, fr }), domain/input.ts).
// Text is a string, a template, a concatenation of them, or a constant of this file initialised with one.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { parseInput } from '../../domain/input.ts';
import type { Refusal } from '../../domain/refusals.ts';
import { signInSchema } from '../../domain/schemas/access.ts';

const root = join(import.meta.dirname, '..', '..');
const FOLDERS = ['domain', 'app', 'api', 'workflows'];

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const path = join(dir, d.name);
    if (d.isDirectory()) return sources(path);
    return d.name.endsWith('.ts') && !d.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** The message argument of each refusal builder, and of zod's checks: its position in the call. */
const MESSAGE_ARGUMENT: Record<string, number> = {
  violation: 2,
  Refusal: 2,
  notFound: 0,
  forbidden: 0,
  refine: 1,
  min: 1,
  max: 1,
  length: 1,
  regex: 1,
  gte: 1,
  lte: 1,
  gt: 1,
  lt: 1,
  email: 0,
  url: 0,
};

function englishOnly(file: string, text: string): string[] {
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  // Constants initialised with text, anywhere in the file (a shared message written once).
  const textConstants = new Set<string>();
  const isText = (e: ts.Expression | undefined): boolean => {
    if (!e) return false;
    if (ts.isParenthesizedExpression(e) || ts.isAsExpression(e)) return isText(e.expression);
    if (ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e) || ts.isTemplateExpression(e)) return true;
    if (ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.PlusToken)
      return isText(e.left) || isText(e.right);
    if (ts.isConditionalExpression(e)) return isText(e.whenTrue) || isText(e.whenFalse);
    if (ts.isIdentifier(e)) return textConstants.has(e.text);
    return false;
  };
  const collect = (node: ts.Node): void => {
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && isText(node.initializer))
      textConstants.add(node.name.text);
    ts.forEachChild(node, collect);
  };
  collect(sf);

  const found: string[] = [];
  const at = (node: ts.Node, what: string) => {
    const { line } = sf.getLineAndCharacterOfPosition(node.getStart(sf));
    found.push(`${relative(root, file)}:${line + 1} ${what}: ${node.getText(sf).slice(0, 90)}`);
  };
  const calleeName = (e: ts.Expression) =>
    ts.isIdentifier(e) ? e.text : ts.isPropertyAccessExpression(e) ? e.name.text : undefined;
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) || ts.isNewExpression(node)) {
      const name = calleeName(node.expression);
      const index = name !== undefined ? MESSAGE_ARGUMENT[name] : undefined;
      if (index !== undefined && isText(node.arguments?.[index])) at(node, `${name} in English only`);
    }
    if (ts.isObjectLiteralExpression(node)) {
      const names = node.properties.map((p) => (p.name && ts.isIdentifier(p.name) ? p.name.text : undefined));
      const message = node.properties.find(
        (p): p is ts.PropertyAssignment =>
          ts.isPropertyAssignment(p) && ts.isIdentifier(p.name) && p.name.text === 'message',
      );
      if (message && isText(message.initializer) && !names.includes('messageFr'))
        at(message, 'message without messageFr');
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

describe('messages a person can see', () => {
  it('are written in English and in French in domain/, app/, api/ and workflows/', () => {
    const files = FOLDERS.flatMap((f) => sources(join(root, f)));
    expect(files.length).toBeGreaterThan(50);
    const found = files.flatMap((f) => englishOnly(f, readFileSync(f, 'utf8')));
    expect(found).toEqual([]);
  });

  it('the check finds an English-only message in each form it knows', () => {
    const sample = [
      "const M = 'Shared.';",
      "violation('R-X', 'E', 'Plain.');",
      "violation('R-X', 'E', { en: 'Both.', fr: 'Les deux.' });",
      "throw new Refusal('rule', 'E', `Case ${id}.`);",
      'throw notFound(`Case ${id}`);',
      'throw notFound({ en: `Case ${id}`, fr: `Le cas ${id}` });',
      'throw forbidden(M);',
      "const n = { key: 'k', message: 'Due today.' };",
      "const m = { key: 'k', message: 'Due today.', messageFr: \"Attendu aujourd'hui.\" };",
      "z.string().refine((s) => s.length > 0, 'Enter it.');",
      "z.literal(true, { message: inputMessage({ en: 'Accept.', fr: 'Acceptez.' }) });",
      'z.string().max(80, `At most ${80} characters.`);',
      "z.email(inputMessage({ en: 'Enter an email.', fr: 'Entrez un courriel.' }));",
    ].join('\n');
    const found = englishOnly(join(root, 'sample.ts'), sample).map((f) => f.split(' ')[0]);
    expect(found).toEqual([
      'sample.ts:2',
      'sample.ts:4',
      'sample.ts:5',
      'sample.ts:7',
      'sample.ts:8',
      'sample.ts:10',
      'sample.ts:12',
    ]);
  });

  it("a request its schema refuses is answered in French too: the schema's own messages and zod's", () => {
    let refusal: Refusal | undefined;
    try {
      parseInput(signInSchema, { organisationCode: 'NSW', password: '', acceptTerms: false });
    } catch (err) {
      refusal = err as Refusal;
    }
    expect(refusal?.violations.map((v) => [v.field, v.message, v.messageFr])).toEqual([
      [
        'loginId',
        'Invalid input: expected string, received undefined',
        'Entrée invalide : attendu string, reçu undefined',
      ],
      ['password', 'Enter your password.', 'Entrez votre mot de passe.'],
      [
        'acceptTerms',
        'Accept the terms of use to sign in.',
        "Acceptez les conditions d'utilisation pour vous connecter.",
      ],
    ]);
    expect(refusal?.messageFr).toBe(
      'loginId : Entrée invalide : attendu string, reçu undefined password : Entrez votre mot de passe. ' +
        "acceptTerms : Acceptez les conditions d'utilisation pour vous connecter.",
    );
  });
});
