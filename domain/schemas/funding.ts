// Request shapes of funding requests and case documents (spec 02 §4.C).
import { z } from 'zod';
import { isoDate, text } from './fields.ts';
import { inputMessage } from '../input.ts';

// Funding requests and case documents (spec 02 §4.C).
export const documentUploadSchema = z
  .object({
    fileName: text(200),
    /** Defaults to the file name without its extension. */
    documentName: z.string().trim().min(1).max(200).optional(),
    topic: z.enum(
      [
        'Supplementary Information',
        'Application Form',
        'Financial Information',
        'Medical Information',
        'Correspondence',
        'Case Manager Statement',
      ],
      { message: inputMessage({ en: 'Choose the document topic.', fr: 'Choisissez le sujet du document.' }) },
    ),
    /** The screen section the document is attached from (R-DOC-01). */
    context: z.string().trim().min(1).max(300).default('Case Documents'),
    /** R-REF-21: the draft referral the document is attached to. */
    referralId: z.string().trim().min(1).max(64).optional(),
  })
  .meta({ id: 'DocumentUpload' });

export const documentReplaceSchema = z.object({ fileName: text(200) }).meta({ id: 'DocumentReplace' });

export const createPackageSchema = z
  .object({ programCode: z.enum(['SDIA', 'SKILLS_UP', 'TARGETED_WAGE_SUBSIDIES', 'SELF_EMPLOYMENT']) })
  .meta({ id: 'NewApplicationPackage' });

export const checklistItemSchema = z
  .object({
    /** The checklist row, e.g. RESUME (R-FUND-05: rows come from the program's template). */
    code: z
      .string()
      .trim()
      .regex(
        /^[A-Z_]{2,60}$/,
        inputMessage({
          en: 'A checklist row code such as RESUME.',
          fr: 'Un code de rangée de la liste de vérification, comme RESUME.',
        }),
      ),
    paper: z.boolean().default(false),
    documentIds: z.array(z.number().int().positive().max(2_147_483_647)).max(20).default([]),
  })
  .meta({ id: 'ChecklistItemSave' });

const yesNoAnswer = z.enum(['YES', 'NO']);
export const statementSchema = z
  .object({
    supportsPlan: yesNoAnswer,
    signedByBoth: yesNoAnswer,
    spouseConsentSigned: z.enum(['YES', 'NO', 'NOT_APPLICABLE']),
    justification: z.string().trim().max(20_000),
  })
  .meta({ id: 'CaseManagerStatement' });

export const submitPackageSchema = z
  .object({ confirmed: z.boolean().default(false) })
  .meta({ id: 'SubmitApplication' });

export const agreementStatusSchema = z
  .object({
    status: z.enum(['ASSESSMENT', 'ASSESSED', 'APPROVED', 'ACTIVE', 'CLOSED']),
    reason: z.enum(['NOT_APPROVED', 'DOCUMENTS_NOT_RECEIVED', 'WITHDRAWN', 'AGREEMENT_ENDED']).optional(),
    agreementManager: z.string().trim().min(1).max(120).optional(),
  })
  .meta({ id: 'AgreementStatusChange' });

export const requestChangesSchema = z
  .object({ message: text(2000), dueDate: isoDate.optional() })
  .meta({ id: 'RequestChanges' });
