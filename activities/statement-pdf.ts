// A plain one-page PDF of text lines (Helvetica, Latin-1), enough for the printable statement ENS receives.
// Long lines wrap; what does not fit on the page is cut with a note, since the statement itself stays in the case.

const LINE_CHARS = 90;
const MAX_LINES = 60;

function wrap(line: string): string[] {
  if (line.length <= LINE_CHARS) return [line];
  const out: string[] = [];
  let rest = line;
  while (rest.length > LINE_CHARS) {
    const cut = rest.lastIndexOf(' ', LINE_CHARS) > 20 ? rest.lastIndexOf(' ', LINE_CHARS) : LINE_CHARS;
    out.push(rest.slice(0, cut));
    rest = rest.slice(cut).trimStart();
  }
  return [...out, rest];
}

// PDF strings escape \, ( and ); characters outside Latin-1 become "?".
const escape = (s: string) => s.replace(/[^\x20-\xff]/g, '?').replace(/[\\()]/g, (c) => `\\${c}`);

export function statementPdf(lines: string[]): Buffer {
  let all = lines.flatMap(wrap);
  if (all.length > MAX_LINES)
    all = [...all.slice(0, MAX_LINES - 1), '[continued in the case: the full statement is in the application package]'];
  const text = ['BT', '/F1 10 Tf', '12 TL', '50 800 Td', ...all.map((l) => `(${escape(l)}) '`), 'ET'].join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    `<< /Length ${Buffer.byteLength(text, 'latin1')} >>\nstream\n${text}\nendstream`,
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(Buffer.byteLength(body, 'latin1'));
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body, 'latin1');
  body +=
    `xref\n0 ${objects.length + 1}\n0000000000 65535 f ` +
    `\n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}
