// Case documents (spec 02 §3.10, R-DOC). The file is the raw request body, read only once the use case asks for it;
// its metadata are query parameters.
import express, { Router, type Request, type Response } from 'express';
import type { Client } from '@temporalio/client';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { z, ZodType } from 'zod';
import { deleteDocument, replaceDocument, uploadDocument, type FileOf } from '../../app/documents/commands.ts';
import {
  caseDocuments,
  documentFile,
  documentPdf,
  documentVersionFile,
  documentVersions,
} from '../../app/documents/queries.ts';
import { referralDocumentFile } from '../../app/referrals/drafts.ts';
import { fileTooLarge, MAX_DOCUMENT_BYTES } from '../../domain/documents.ts';
import { Refusal, RuleViolationError } from '../../domain/refusals.ts';
import { documentReplaceSchema, documentUploadSchema } from '../../domain/schemas/funding.ts';
import { contextFor } from '../app-context.ts';
import { idParam, parse } from '../http.ts';

const rawFile = express.raw({ type: () => true, limit: MAX_DOCUMENT_BYTES });

/** The request's file and its metadata (parsed with `schema`), read when the use case asks for them. */
function fileOf<T extends ZodType>(req: Request, res: Response, schema: T): FileOf<z.infer<T>> {
  return () =>
    new Promise((resolve, reject) =>
      rawFile(req, res, (err?: unknown) => {
        // R-DOC-02: a file over 10 MB is refused with the screen's message, before it is read in full.
        if ((err as { type?: string })?.type === 'entity.too.large')
          return reject(new RuleViolationError([fileTooLarge()]));
        if (err) return reject(err as Error);
        try {
          resolve({ meta: parse(schema, req.query), bytes: bytesOf(req) });
        } catch (e) {
          reject(e as Error);
        }
      }),
    );
}

function bytesOf(req: Request): Buffer {
  if (!Buffer.isBuffer(req.body))
    throw new Refusal('unsupported-type', 'ERR_FILE_TYPE', {
      en:
        "Send the file's bytes as the request body (for example Content-Type: application/octet-stream), " +
        'with fileName and topic in the query.',
      fr:
        'Envoyez les octets du fichier comme corps de la requête (par exemple Content-Type: ' +
        'application/octet-stream), avec fileName et topic dans les paramètres de la requête.',
    });
  return req.body;
}

/** A stored file as a download (or, `inline`, opened in the browser), named safely and checkable by its checksum. */
function sendFile(
  res: Response,
  file: { contentType: string; fileName: string; sha256: string; content: Uint8Array },
  disposition: 'attachment' | 'inline' = 'attachment',
) {
  res.set({
    'Content-Type': file.contentType,
    'Content-Disposition': `${disposition}; filename="${file.fileName.replace(/[^\w. -]/g, '_')}"`,
    ETag: `"${file.sha256}"`,
  });
  res.send(Buffer.isBuffer(file.content) ? file.content : Buffer.from(file.content));
}

export function documentRoutes({ orm, temporal }: { orm: MikroORM; temporal: Client }): Router {
  const r = Router();
  const context = contextFor(orm, temporal);

  r.post('/cases/:caseId/documents', async (req, res) => {
    const ctx = context(res, 'case.update');
    res.status(201).json(await uploadDocument(ctx, idParam(req, 'caseId'), fileOf(req, res, documentUploadSchema)));
  });

  r.get('/cases/:caseId/documents', async (req, res) => {
    res.json(await caseDocuments(context(res, 'case.view'), idParam(req, 'caseId')));
  });

  r.get('/cases/:caseId/documents/:documentId/content', async (req, res) => {
    const ctx = context(res, 'case.view');
    sendFile(res, await documentFile(ctx, idParam(req, 'caseId'), idParam(req, 'documentId')));
  });

  // R-DOC-03: the PDF beside the original, for the same readers.
  r.get('/cases/:caseId/documents/:documentId/pdf', async (req, res) => {
    const ctx = context(res, 'case.view');
    sendFile(res, await documentPdf(ctx, idParam(req, 'caseId'), idParam(req, 'documentId')), 'inline');
  });

  r.get('/cases/:caseId/documents/:documentId/versions', async (req, res) => {
    const ctx = context(res, 'case.view');
    res.json(await documentVersions(ctx, idParam(req, 'caseId'), idParam(req, 'documentId')));
  });

  r.get('/cases/:caseId/documents/:documentId/versions/:version/content', async (req, res) => {
    const ctx = context(res, 'case.view');
    const [caseId, documentId, version] = [idParam(req, 'caseId'), idParam(req, 'documentId'), idParam(req, 'version')];
    sendFile(res, await documentVersionFile(ctx, caseId, documentId, version));
  });

  // R-REF-21: a referral's document, for the organisation that sent it and the one it was sent to.
  r.get('/referrals/:referralId/documents/:documentId/content', async (req, res) => {
    const ctx = context(res, 'case.view');
    sendFile(res, await referralDocumentFile(ctx, String(req.params.referralId), idParam(req, 'documentId')));
  });

  r.put('/cases/:caseId/documents/:documentId/content', async (req, res) => {
    const ctx = context(res, 'case.update');
    const [caseId, documentId] = [idParam(req, 'caseId'), idParam(req, 'documentId')];
    res.json(await replaceDocument(ctx, caseId, documentId, fileOf(req, res, documentReplaceSchema)));
  });

  r.delete('/cases/:caseId/documents/:documentId', async (req, res) => {
    await deleteDocument(context(res, 'case.update'), idParam(req, 'caseId'), idParam(req, 'documentId'));
    res.status(204).end();
  });

  return r;
}
