// Lint: no line of tracked code over 130 characters. Prettier keeps code at 120 columns but never breaks a string
// or a comment; this catches those (recorded histories and package.json are data, not code).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const LIMIT = 130;
const files = execFileSync('git', ['ls-files', '*.ts', '*.tsx', '*.css', '*.cjs', '*.mjs', '*.sh', '*.yml'], {
  encoding: 'utf8',
})
  .split('\n')
  .filter(Boolean);
const long = files.flatMap((file) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .flatMap((line, i) => ([...line].length > LIMIT ? [`${file}:${i + 1}: ${[...line].length} characters`] : [])),
);
for (const l of long) console.error(l);
if (long.length) {
  console.error(`${long.length} line(s) over ${LIMIT} characters: split the string or the comment.`);
  process.exit(1);
}
