// R-DOC-03 on the time-skipping server with the real activities: a worker without LibreOffice leaves the conversion
// waiting on the Operations page saying LibreOffice is not installed, the document says the conversion failed and
// keeps its original; once LibreOffice is there an operator's retry makes the PDF. Its recorded history is replayed
// against every change of the workflow code (test/replay).
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { historyToJSON } from '@temporalio/common/lib/proto-utils.js';
import { openCase } from '../../app/cases/opening.ts';
import { uploadDocument } from '../../app/documents/commands.ts';
import { retryStuckStep } from '../../app/operations/stuck-step-retry.ts';
import { CaseDocument, StuckStep } from '../../db/entities.ts';
import { documentPdfStepId } from '../../domain/document-pdf.ts';
import type { PdfConverterOptions } from '../../infra/pdf-converter.ts';
import { documentPdfWorkflowId } from '../../workflows/document-pdf-api.ts';
import { createIndividual, REGISTRATION } from '../support/fixtures.ts';
import { eventually } from '../support/http.ts';
import { useTimeSkippingWorld } from '../support/temporal-worker.ts';

/** The worker's converter: not installed at first. */
const converter: PdfConverterOptions = { soffice: 'soffice-not-installed' };
const world = useTimeSkippingWorld({ pdfConverter: converter });

test(
  'R-DOC-03 R-OPS-02 without LibreOffice a conversion waits for operations saying LibreOffice is not installed; ' +
    'once it is, a retry makes the PDF',
  async () => {
    const ctx = (user = world.org.users.manager) => ({ em: world.orm.em.fork(), temporal: world.env.client, user });
    const person = await createIndividual(world.orm, world.org);
    const caseId = await openCase(ctx(), {
      individualId: person.id,
      accountabilityReporting: 'PRIVATE',
      registration: REGISTRATION,
    });
    const text = Buffer.from('Notes of the first meeting.\n');
    const meta = { fileName: 'meeting.txt', topic: 'Correspondence' as const, context: 'Case Documents' };
    const doc = await uploadDocument(ctx(), caseId, () => Promise.resolve({ meta, bytes: text }));
    expect(doc.pdf).toBe('PROCESSING');
    const stepId = documentPdfStepId(doc.id, 1);

    const stuck = await eventually(
      () => world.orm.em.fork().findOne(StuckStep, { id: stepId, status: 'STUCK' }),
      60_000,
    );
    expect(stuck.lastError).toMatch(/LibreOffice is not installed/);
    expect(stuck.problem).toMatchObject({ code: 'PDF_CONVERSION_FAILED', reason: 'CONVERTER_MISSING' });
    const failed = await eventually(async () => {
      const d = await world.orm.em.fork().findOneOrFail(CaseDocument, { id: doc.id }, { populate: ['content'] });
      return d.pdfStatus === 'FAILED' && d;
    });
    expect(Buffer.from(failed.content).equals(text)).toBe(true);

    converter.soffice = 'soffice';
    await retryStuckStep(ctx(world.org.users.operations), stepId);
    const handle = world.env.client.workflow.getHandle(documentPdfWorkflowId(doc.id, 1));
    await handle.result();
    const converted = await world.orm.em
      .fork()
      .findOneOrFail(CaseDocument, { id: doc.id }, { populate: ['pdfContent'] });
    expect(converted.pdfStatus).toBe('READY');
    expect(Buffer.from(converted.pdfContent!).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(await world.orm.em.fork().findOneOrFail(StuckStep, { id: stepId })).toMatchObject({
      status: 'RESOLVED',
      retries: 1,
    });

    // RECORD_HISTORIES=1 refreshes the recorded history that the replay test checks every change against.
    if (process.env.RECORD_HISTORIES) {
      const file = path.join(path.dirname(fileURLToPath(import.meta.url)), '../replay/histories/document-pdf.json');
      await writeFile(file, historyToJSON(await handle.fetchHistory()));
    }
  },
);
