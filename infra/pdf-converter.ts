// R-DOC-03: a file converted to PDF by LibreOffice (`soffice --headless --convert-to pdf`). Each run gets a folder of
// its own with a fresh LibreOffice profile (-env:UserInstallation), so runs at the same time never share a profile
// or its lock; a run is stopped after its time limit, its whole process group with it; and only a few run at once
// in a process, since each LibreOffice takes a core and a few hundred MB.
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { PdfConversionFailure } from '../domain/document-pdf.ts';

export interface PdfConverterOptions {
  /** The LibreOffice command; `soffice` on the PATH when left out. */
  soffice?: string;
  timeoutMs?: number;
}

export const CONVERSION_TIMEOUT_MS = 90_000;
const AT_ONCE = 2;

/** A conversion that failed for a reason an operator can act on. */
export class PdfConversionError extends Error {
  readonly reason: PdfConversionFailure;
  constructor(reason: PdfConversionFailure, message: string) {
    super(message);
    this.reason = reason;
  }
}

let running = 0;
const queued: (() => void)[] = [];

async function oneOfFew<T>(work: () => Promise<T>): Promise<T> {
  if (running >= AT_ONCE) await new Promise<void>((go) => queued.push(go));
  running++;
  try {
    return await work();
  } finally {
    running--;
    queued.shift()?.();
  }
}

/** The PDF of `bytes`, a file whose name ends in `.extension`. */
export function convertToPdf(bytes: Uint8Array, extension: string, options: PdfConverterOptions = {}): Promise<Buffer> {
  return oneOfFew(async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'pathway-pdf-'));
    try {
      const input = path.join(dir, `document.${extension.replace(/[^a-z0-9]/gi, '') || 'bin'}`);
      await writeFile(input, bytes);
      const said = await runSoffice(dir, input, options);
      const pdf = await readFile(path.join(dir, 'out', 'document.pdf')).catch(() => null);
      if (!pdf || pdf.subarray(0, 4).toString('latin1') !== '%PDF')
        throw new PdfConversionError(
          'UNREADABLE',
          `LibreOffice could not convert the .${extension} file to PDF${said ? ` (it said: ${said})` : ''}.`,
        );
      return pdf;
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
}

/** Runs LibreOffice on `input`; resolves with what it said of the file (its errors), if anything. */
function runSoffice(dir: string, input: string, options: PdfConverterOptions): Promise<string> {
  const command = options.soffice ?? 'soffice';
  const args = [
    `-env:UserInstallation=${pathToFileURL(path.join(dir, 'profile')).href}`,
    '--headless',
    '--norestore',
    '--nolockcheck',
    '--convert-to',
    'pdf',
    '--outdir',
    path.join(dir, 'out'),
    input,
  ];
  return new Promise((resolve, reject) => {
    // Its own process group, so the time limit stops soffice.bin as well as the launcher.
    const child = spawn(command, args, {
      cwd: dir,
      detached: true,
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, HOME: dir },
    });
    let said = '';
    const errors = () =>
      said
        .split('\n')
        .filter((line) => /error/i.test(line))
        .join(' ')
        .trim()
        .slice(0, 300);
    child.stderr.on('data', (chunk: Buffer) => {
      if (said.length < 2000) said += chunk.toString();
    });
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        // already gone
      }
      reject(
        new PdfConversionError(
          'TIMEOUT',
          `LibreOffice did not finish within ${options.timeoutMs ?? CONVERSION_TIMEOUT_MS} ms.`,
        ),
      );
    }, options.timeoutMs ?? CONVERSION_TIMEOUT_MS);
    child.on('error', (e: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      reject(
        e.code === 'ENOENT'
          ? new PdfConversionError(
              'CONVERTER_MISSING',
              `LibreOffice is not installed: no "${command}" command was found, so documents cannot be converted to PDF.`,
            )
          : e,
      );
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      if (code === 0) resolve(errors());
      else reject(new PdfConversionError('UNREADABLE', `LibreOffice stopped with code ${code}: ${errors()}`));
    });
  });
}
