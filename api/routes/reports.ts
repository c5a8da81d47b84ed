// Reports as files: each one in PDF or CSV, in the language the link asks for (the UI's) or else the
// browser's, built from the caller's organisation's records only.
import { Router, type Request, type Response } from 'express';
import type { Client } from '@temporalio/client';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Lang } from '../../domain/case-model.ts';
import { Refusal } from '../../domain/refusals.ts';
import { accountabilityReport } from '../../app/reports/accountability-report.ts';
import { PRINTABLE_FORMS, printableForm, type PrintableForm } from '../../app/reports/printable-forms.ts';
import { caseDetailsReport } from '../../app/reports/case-details-report.ts';
import { REPORT_FORMATS, reportFile, type Report, type ReportFormat } from '../../app/reports/report.ts';
import { contextFor } from '../app-context.ts';
import { idParam } from '../http.ts';

function reportLang(req: Request): Lang {
  const asked = req.query.lang;
  if (asked === undefined) return req.acceptsLanguages('en', 'fr') === 'fr' ? 'fr' : 'en';
  if (asked === 'en' || asked === 'fr') return asked;
  throw new Refusal('invalid', 'INVALID_INPUT', {
    en: `lang: choose en (English) or fr (French), got "${String(asked)}".`,
    fr: `lang : choisissez en (anglais) ou fr (français), reçu « ${String(asked)} ».`,
  });
}

function reportFormat(req: Request): ReportFormat {
  const asked = req.query.format ?? 'pdf';
  if (REPORT_FORMATS.includes(asked as ReportFormat)) return asked as ReportFormat;
  throw new Refusal('invalid', 'INVALID_INPUT', {
    en: `format: choose pdf or csv, got "${String(asked)}".`,
    fr: `format : choisissez pdf ou csv, reçu « ${String(asked)} ».`,
  });
}

/** Sends the report as a download named for what it holds. */
function send(res: Response, report: Report, format: ReportFormat): void {
  const file = reportFile(report, format);
  res
    .set('Content-Disposition', `attachment; filename="${file.filename}"`)
    .type(file.contentType)
    .send(typeof file.content === 'string' ? file.content : Buffer.from(file.content));
}

export function reportRoutes(orm: MikroORM, temporal: Client): Router {
  const r = Router();
  const ctx = contextFor(orm, temporal);

  r.get('/cases/:caseId/reports/case-details', async (req, res) => {
    const [lang, format] = [reportLang(req), reportFormat(req)];
    send(res, await caseDetailsReport(ctx(res, 'case.view'), idParam(req, 'caseId'), lang), format);
  });

  // Seed 004: the ECM consultation profile produces the organisation's case management reports.
  r.get('/organisation/reports/accountability', async (req, res) => {
    const [lang, format] = [reportLang(req), reportFormat(req)];
    send(res, await accountabilityReport(ctx(res, 'case.inspect'), lang), format);
  });

  // R-ASM-13: the organisation's administrator prints its intake and assessment forms.
  r.get('/organisation/reports/forms/:form', async (req, res) => {
    const [lang, format] = [reportLang(req), reportFormat(req)];
    const form = String(req.params.form);
    if (!PRINTABLE_FORMS.includes(form as PrintableForm))
      throw new Refusal('not-found', 'NOT_FOUND', {
        en: `No form "${form}": choose intake or assessment.`,
        fr: `Aucun formulaire « ${form} » : choisissez intake (accueil) ou assessment (évaluation).`,
      });
    send(res, await printableForm(ctx(res, 'org.admin'), form as PrintableForm, lang), format);
  });

  return r;
}
