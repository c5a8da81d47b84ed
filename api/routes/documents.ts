// Case documents (spec 02 §3.10, R-DOC), stored directly: checked for type and size first, kept with a SHA-256
// checksum. The file is the raw request body; its metadata are query parameters.
import express, { Router, type NextFunction, type Request, type Response } from 'express';
import { createHash } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/postgresql';
import { CaseDocument, type ICase } from '../../db/entities.ts';
import { businessDate } from '../../domain/dates.ts';
import {
  DOCUMENT_TYPES,
  ERR_FILE_TOO_LARGE,
  MAX_DOCUMENT_BYTES,
  validateDocumentDelete,
  validateUpload,
} from '../../domain/documents.ts';
import { requirePermission } from '../auth.ts';
import { loadCase } from '../../app/cases/queries.ts';
import { idParam, parse } from '../http.ts';
import { assertNoViolations, notFound, Refusal } from '../../domain/refusals.ts';
import { documentReplaceSchema, documentUploadSchema } from '../../domain/schemas/funding.ts';

export function documentRoutes(orm: MikroORM): Router {
  const r = Router();
  const em = () => orm.em;

  async function caseFor(res: Response, req: Request, action: 'case.view' | 'case.update') {
    const user = requirePermission(res, action);
    const c = await loadCase(em(), user, idParam(req, 'caseId'));
    return { user, c };
  }

  const rawFile = express.raw({ type: () => true, limit: MAX_DOCUMENT_BYTES });
  function fileBody(req: Request, res: Response, next: NextFunction) {
    rawFile(req, res, (err?: unknown) => {
      // R-DOC-02: a file over 10 MB is refused with the screen's message, before it is read in full.
      if ((err as { type?: string })?.type === 'entity.too.large') {
        return next(
          new Refusal('too-large', 'ERR_FILE_TOO_LARGE', ERR_FILE_TOO_LARGE, {
            details: {
              violations: [{ rule: 'R-DOC-02', code: 'ERR_FILE_TOO_LARGE', message: ERR_FILE_TOO_LARGE }],
            },
          }),
        );
      }
      next(err);
    });
  }
  const bytesOf = (req: Request): Buffer => {
    if (!Buffer.isBuffer(req.body))
      throw new Refusal(
        'unsupported-type',
        'ERR_FILE_TYPE',
        "Send the file's bytes as the request body (for example Content-Type: application/octet-stream), " +
          'with fileName and topic in the query.',
      );
    return req.body;
  };
  const checked = (fileName: string, bytes: Buffer) => {
    const { violations, extension } = validateUpload({ fileName, bytes });
    if (violations.length) {
      const v = violations[0];
      throw new Refusal(v.code === 'ERR_FILE_TOO_LARGE' ? 'too-large' : 'unsupported-type', v.code, v.message, {
        violations,
      });
    }
    return DOCUMENT_TYPES[extension!].contentType;
  };
  const documentView = (d: {
    id: number;
    caseId: number;
    context: string;
    fileName: string;
    documentName: string;
    topic: string;
    contentType: string;
    sizeBytes: number;
    sha256: string;
    createdOn: string;
    changedOn: string;
  }) => ({
    id: d.id,
    caseId: d.caseId,
    context: d.context,
    fileName: d.fileName,
    documentName: d.documentName,
    topic: d.topic,
    contentType: d.contentType,
    sizeBytes: d.sizeBytes,
    sha256: d.sha256,
    createdOn: d.createdOn,
    changedOn: d.changedOn,
    // R-DOC-03: the original is kept; a PDF rendition is produced only where the original is a PDF already.
    pdfAvailable: d.contentType === 'application/pdf',
  });

  r.post('/cases/:caseId/documents', async (req, res, next) => {
    const { c } = await caseFor(res, req, 'case.update');
    if (c.status === 'CLOSED')
      throw new Refusal('conflict', 'E-CLOSE-01', 'This case is closed and cannot be reopened or changed.');
    fileBody(req, res, (err?: unknown) => {
      if (err) return next(err);
      void (async () => {
        const meta = parse(documentUploadSchema, req.query);
        const bytes = bytesOf(req);
        const contentType = checked(meta.fileName, bytes);
        const today = businessDate(new Date());
        const [row] = await em().execute<{ id: number }[]>(
          `insert into case_document (case_id, context, file_name, document_name, topic, content_type, size_bytes,
            sha256, content, created_by, created_on, changed_on)
           values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id`,
          [
            c.id,
            meta.context,
            meta.fileName,
            meta.documentName ?? meta.fileName.replace(/\.[^.]*$/, ''),
            meta.topic,
            contentType,
            bytes.length,
            createHash('sha256').update(bytes).digest('hex'),
            bytes,
            res.locals.user.id,
            today,
            today,
          ],
        );
        const d = await em().findOneOrFail(CaseDocument, { id: row.id });
        res.status(201).json(documentView(d));
      })().catch(next);
    });
  });

  r.get('/cases/:caseId/documents', async (req, res) => {
    const { c } = await caseFor(res, req, 'case.view');
    const docs = await em().find(CaseDocument, { caseId: c.id, deletedAt: null }, { orderBy: { id: 'asc' } });
    res.json({ items: docs.map(documentView) });
  });

  async function loadDocument(c: ICase, req: Request) {
    const d = await em().findOne(CaseDocument, { id: idParam(req, 'documentId'), caseId: c.id, deletedAt: null });
    if (!d) throw notFound(`Document ${req.params.documentId}`);
    return d;
  }

  r.get('/cases/:caseId/documents/:documentId/content', async (req, res) => {
    const { c } = await caseFor(res, req, 'case.view');
    const d = await loadDocument(c, req);
    const [row] = await em().execute<{ content: Buffer }[]>('select content from case_document where id = ?', [d.id]);
    res.set({
      'Content-Type': d.contentType,
      'Content-Disposition': `attachment; filename="${d.fileName.replace(/[^\w. -]/g, '_')}"`,
      ETag: `"${d.sha256}"`,
    });
    res.send(row.content);
  });

  // R-DOC-05: replace keeps name, topic and context and swaps the file.
  r.put('/cases/:caseId/documents/:documentId/content', async (req, res, next) => {
    const { c } = await caseFor(res, req, 'case.update');
    const d = await loadDocument(c, req);
    fileBody(req, res, (err?: unknown) => {
      if (err) return next(err);
      void (async () => {
        const meta = parse(documentReplaceSchema, req.query);
        const bytes = bytesOf(req);
        const contentType = checked(meta.fileName, bytes);
        await em().execute(
          'update case_document set file_name = ?, content_type = ?, size_bytes = ?, sha256 = ?, content = ' +
            '?, changed_on = ? where id = ?',
          [
            meta.fileName,
            contentType,
            bytes.length,
            createHash('sha256').update(bytes).digest('hex'),
            bytes,
            businessDate(new Date()),
            d.id,
          ],
        );
        res.json(documentView(await em().findOneOrFail(CaseDocument, { id: d.id }, { refresh: true })));
      })().catch(next);
    });
  });

  r.delete('/cases/:caseId/documents/:documentId', async (req, res) => {
    const { c } = await caseFor(res, req, 'case.update');
    const d = await loadDocument(c, req);
    const [inSubmitted] = await em().execute<{ n: number }[]>(
      `select count(*)::int as n from funding_package p, jsonb_array_elements(p.snapshot->'checklist') item
        where p.case_id = ? and p.state in ('SUBMITTING', 'SUBMITTED', 'RESUBMITTING') and item->'documentIds' @>
          to_jsonb(?::int)`,
      [c.id, d.id],
    );
    const v = validateDocumentDelete(d.createdOn, businessDate(new Date()), inSubmitted.n > 0);
    if (v.length) assertNoViolations(v);
    await em().nativeUpdate(CaseDocument, { id: d.id }, { deletedAt: new Date() });
    res.status(204).end();
  });

  return r;
}
