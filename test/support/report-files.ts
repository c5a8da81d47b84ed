// Reads the report files the API sends as a person's software would: the text lines a PDF shows (every string a
// content stream draws, WinAnsi-decoded) and the rows of a CSV file (RFC 4180 quoting, byte-order mark dropped).

const WIN_ANSI_HIGH: Record<number, string> = {
  0x80: '€',
  0x82: '‚',
  0x84: '„',
  0x85: '…',
  0x8c: 'Œ',
  0x91: '‘',
  0x92: '’',
  0x93: '“',
  0x94: '”',
  0x95: '•',
  0x96: '–',
  0x97: '—',
  0x9c: 'œ',
};

/** A PDF literal string's bytes, its backslash escapes (\\( \\) \\\\ \\n \\ddd) undone. */
function literal(raw: string): string {
  const bytes = raw.replace(/\\([0-7]{1,3}|.)/gs, (_, e: string) =>
    /^[0-7]+$/.test(e) ? String.fromCharCode(parseInt(e, 8)) : ({ n: '\n', r: '\r', t: '\t' }[e] ?? e),
  );
  return [...bytes].map((ch) => WIN_ANSI_HIGH[ch.charCodeAt(0)] ?? ch).join('');
}

/** The lines of text a PDF shows, page after page, in the order its content streams draw them. */
export function pdfLines(file: Buffer): string[] {
  const pdf = file.toString('latin1');
  if (!pdf.startsWith('%PDF-')) throw new Error(`not a PDF: ${pdf.slice(0, 20)}`);
  const streams = [...pdf.matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/g)].map((m) => m[1]);
  return streams.flatMap((s) => [...s.matchAll(/\(((?:\\.|[^\\)])*)\)\s*Tj/gs)].map((m) => literal(m[1])));
}

/** The rows of a CSV file, each a list of cells. */
export function csvRows(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const s = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (quoted && ch === '"' && s[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (ch === '"') {
      quoted = !quoted;
    } else if (quoted || (ch !== ',' && ch !== '\r')) {
      cell += ch;
    } else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (s[i + 1] === '\n') {
      rows.push([...row, cell]);
      row = [];
      cell = '';
      i++;
    } else {
      cell += ch;
    }
  }
  if (cell || row.length) rows.push([...row, cell]);
  return rows;
}
