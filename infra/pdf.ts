// A small PDF writer for letters: paragraphs of text in Helvetica on Letter-size pages, WinAnsi-encoded so
// French accents print. Pure (bytes in memory), so the API's preview and the emailed letter are the same file.

const WIN_ANSI_EXTRA: Record<string, number> = {
  '€': 0x80,
  '‚': 0x82,
  '„': 0x84,
  '…': 0x85,
  Œ: 0x8c,
  '‘': 0x91,
  '’': 0x92,
  '“': 0x93,
  '”': 0x94,
  '•': 0x95,
  '–': 0x96,
  '—': 0x97,
  œ: 0x9c,
};

/** One byte per character: Latin-1 as is, the usual typographic marks mapped, anything else as "?". */
function winAnsi(text: string): number[] {
  return [...text].map((ch) => {
    const code = ch.codePointAt(0)!;
    if (WIN_ANSI_EXTRA[ch] !== undefined) return WIN_ANSI_EXTRA[ch];
    if (code === 0x09) return 0x20;
    return code >= 0x20 && code <= 0xff && !(code >= 0x7f && code <= 0x9f) ? code : 0x3f;
  });
}

const escapeBytes = (bytes: number[]) =>
  bytes
    .map((b) => (b === 0x28 || b === 0x29 || b === 0x5c ? `\\${String.fromCharCode(b)}` : String.fromCharCode(b)))
    .join('');

/** Wraps a paragraph at `width` characters, on spaces where it can. */
export function wrap(paragraph: string, width = 88): string[] {
  const out: string[] = [];
  for (const raw of paragraph.split('\n')) {
    let line = '';
    for (const word of raw.split(/\s+/).filter(Boolean)) {
      if (!line) line = word;
      else if (line.length + 1 + word.length <= width) line += ` ${word}`;
      else {
        out.push(line);
        line = word;
      }
      while (line.length > width) {
        out.push(line.slice(0, width));
        line = line.slice(width);
      }
    }
    out.push(line);
  }
  return out;
}

const LINES_PER_PAGE = 54;

/** A PDF of the given paragraphs (a blank string is an empty line); the first one is set as a heading. */
export function textPdf(paragraphs: string[], title: string): Uint8Array {
  const lines = paragraphs.flatMap((p, i) => (i === 0 ? [p, ''] : p === '' ? [''] : wrap(p)));
  const pages: string[][] = [];
  for (let i = 0; i < lines.length; i += LINES_PER_PAGE) pages.push(lines.slice(i, i + LINES_PER_PAGE));
  if (!pages.length) pages.push(['']);

  // Objects: 1 catalog, 2 page tree, 3 font, then a page and its content stream per page, then the info dictionary.
  const objects: string[] = [];
  const pageIds = pages.map((_, i) => 4 + i * 2);
  objects[1] = '<< /Type /Catalog /Pages 2 0 R >>';
  objects[2] = `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pages.length} >>`;
  objects[3] = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>';
  pages.forEach((pageLines, i) => {
    const text = pageLines
      .map((l, n) => {
        const heading = i === 0 && n === 0;
        return `BT /F1 ${heading ? 14 : 11} Tf 72 ${740 - n * 12.5} Td (${escapeBytes(winAnsi(l))}) Tj ET`;
      })
      .join('\n');
    objects[pageIds[i]] =
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> ` +
      `/Contents ${pageIds[i] + 1} 0 R >>`;
    objects[pageIds[i] + 1] = `<< /Length ${text.length} >>\nstream\n${text}\nendstream`;
  });
  const infoId = objects.length;
  objects[infoId] = `<< /Title (${escapeBytes(winAnsi(title))}) /Producer (Pathway) >>`;

  let out = '%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n';
  const offsets: number[] = [];
  for (let id = 1; id < objects.length; id++) {
    offsets[id] = out.length;
    out += `${id} 0 obj\n${objects[id]}\nendobj\n`;
  }
  const xref = out.length;
  out += `xref\n0 ${objects.length}\n0000000000 65535 f \n`;
  for (let id = 1; id < objects.length; id++) out += `${String(offsets[id]).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length} /Root 1 0 R /Info ${infoId} 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  // Every character above is a single byte (winAnsi or ASCII), so string offsets are byte offsets.
  return Uint8Array.from(out, (c) => c.charCodeAt(0));
}

/** A document (its title and paragraphs) as a PDF file to send or attach. */
export function pdfFile(doc: { filename: string; title: string; paragraphs: string[] }): {
  filename: string;
  contentType: 'application/pdf';
  content: Uint8Array;
} {
  return { filename: doc.filename, contentType: 'application/pdf', content: textPdf(doc.paragraphs, doc.title) };
}
