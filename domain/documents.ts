// Case documents (spec 02 §3.10, R-DOC): what an upload must be, what a checklist row may attach, and when a document
// may be deleted.
import type { Label } from './case-model.ts';
import { addDays, formatLongDate, type IsoDate } from './dates.ts';
import { closedCaseViolation } from './closed-case.ts';
import { violation, type Violation } from './refusals.ts';

/** R-DOC-02: 10 MB per file. */
export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;

/** The formats a case document may have, each recognised by its first bytes so a renamed file is caught. */
export const DOCUMENT_TYPES = {
  pdf: { contentType: 'application/pdf', magic: [[0x25, 0x50, 0x44, 0x46]] },
  docx: {
    contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    magic: [[0x50, 0x4b, 0x03, 0x04]],
  },
  doc: { contentType: 'application/msword', magic: [[0xd0, 0xcf, 0x11, 0xe0]] },
  rtf: { contentType: 'application/rtf', magic: [[0x7b, 0x5c, 0x72, 0x74, 0x66]] },
  png: { contentType: 'image/png', magic: [[0x89, 0x50, 0x4e, 0x47]] },
  jpg: { contentType: 'image/jpeg', magic: [[0xff, 0xd8, 0xff]] },
  jpeg: { contentType: 'image/jpeg', magic: [[0xff, 0xd8, 0xff]] },
  txt: { contentType: 'text/plain; charset=utf-8', magic: [] },
} as const;
export type DocumentExtension = keyof typeof DOCUMENT_TYPES;

export const DOCUMENT_TOPICS = [
  'Supplementary Information',
  'Application Form',
  'Financial Information',
  'Medical Information',
  'Correspondence',
  'Case Manager Statement',
] as const;

export type DocumentTopic = (typeof DOCUMENT_TOPICS)[number];

/** The topics as the Document Topic list names them, in both languages. */
export const DOCUMENT_TOPIC_LABELS: Record<DocumentTopic, Label> = {
  'Supplementary Information': { en: 'Supplementary Information', fr: 'Renseignements supplémentaires' },
  'Application Form': { en: 'Application Form', fr: 'Formulaire de demande' },
  'Financial Information': { en: 'Financial Information', fr: 'Renseignements financiers' },
  'Medical Information': { en: 'Medical Information', fr: 'Renseignements médicaux' },
  Correspondence: { en: 'Correspondence', fr: 'Correspondance' },
  'Case Manager Statement': { en: 'Case Manager Statement', fr: 'Déclaration du gestionnaire de cas' },
};

/** What kind of file a stored content type is, in words. */
export const CONTENT_TYPE_LABELS: Record<string, Label> = {
  'application/pdf': { en: 'PDF', fr: 'PDF' },
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': {
    en: 'Word document',
    fr: 'Document Word',
  },
  'application/msword': { en: 'Word document (old format)', fr: 'Document Word (ancien format)' },
  'application/rtf': { en: 'Rich text', fr: 'Texte enrichi' },
  'image/png': { en: 'PNG image', fr: 'Image PNG' },
  'image/jpeg': { en: 'JPEG image', fr: 'Image JPEG' },
  'text/plain; charset=utf-8': { en: 'Text', fr: 'Texte' },
};

export const extensionOf = (fileName: string) => fileName.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1] ?? '';

/** R-DOC-02: what a file over 10 MB is told, whether it is stopped while it arrives or once it is read. */
export const fileTooLarge = (): Violation =>
  violation(
    'R-DOC-02',
    'ERR_FILE_TOO_LARGE',
    { en: 'The maximum allowable file size is 10 MB.', fr: "La taille maximale permise d'un fichier est de 10 Mo." },
    {
      field: 'file',
      kind: 'too-large',
    },
  );

/** R-DOC-01/02: a file of an accepted type whose content matches its name, within the size limit. A file of another
 * type is refused as an unsupported type, a file too large as too large. */
export function validateUpload(input: { fileName: string; bytes: Uint8Array }): {
  violations: Violation[];
  extension?: DocumentExtension;
} {
  const ext = extensionOf(input.fileName);
  const allowed = Object.keys(DOCUMENT_TYPES).join(', ');
  if (!(ext in DOCUMENT_TYPES)) {
    return {
      violations: [
        violation(
          'R-DOC-02',
          'ERR_FILE_TYPE',
          {
            en: `Files of type "${ext || 'none'}" cannot be attached. Accepted types: ${allowed}.`,
            fr: `Les fichiers de type « ${ext || 'aucun'} » ne peuvent pas être joints. Types acceptés : ${allowed}.`,
          },
          { field: 'fileName', kind: 'unsupported-type' },
        ),
      ],
    };
  }
  if (input.bytes.length === 0)
    return {
      violations: [
        violation(
          'R-DOC-02',
          'ERR_FILE_EMPTY',
          { en: 'The file is empty.', fr: 'Le fichier est vide.' },
          { field: 'file', kind: 'unsupported-type' },
        ),
      ],
    };
  if (input.bytes.length > MAX_DOCUMENT_BYTES) return { violations: [fileTooLarge()] };
  const type = DOCUMENT_TYPES[ext as DocumentExtension];
  const matches =
    type.magic.length === 0 ? isText(input.bytes) : type.magic.some((m) => m.every((b, i) => input.bytes[i] === b));
  if (!matches) {
    return {
      violations: [
        violation(
          'R-DOC-02',
          'ERR_FILE_TYPE',
          {
            en:
              `The file's content is not a ${ext.toUpperCase()} file, although its name ends in .${ext}. ` +
              `Attach the real document or save it in an accepted type (${allowed}).`,
            fr:
              `Le contenu du fichier n'est pas celui d'un fichier ${ext.toUpperCase()}, bien que son nom se termine ` +
              `par .${ext}. Joignez le vrai document ou enregistrez-le dans un type accepté (${allowed}).`,
          },
          { field: 'file', kind: 'unsupported-type' },
        ),
      ],
    };
  }
  return { violations: [], extension: ext as DocumentExtension };
}

function isText(bytes: Uint8Array): boolean {
  if (bytes.includes(0)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** R-DOC-04: deletable through day 30 after creation; R-DOC-06: not while part of a submitted package. */
/** R-DOC-05/06: a document is replaced (its earlier file kept as a version) unless the case is closed or a funding
 * application under review holds it: ENS must read the file the case manager submitted. */
export function validateDocumentReplace(caseStatus: string, inSubmittedPackage: boolean): Violation[] {
  const closed = closedCaseViolation({ status: caseStatus });
  if (closed.length) return closed;
  return inSubmittedPackage
    ? [
        violation(
          'R-DOC-06',
          'ERR_DOC_IN_SUBMITTED_PACKAGE',
          {
            en:
              'This document is part of a submitted funding application that ENS is reviewing; it cannot be replaced ' +
              'now. Add the new file as a new document instead.',
            fr:
              "Ce document fait partie d'une demande de financement envoyée qu'ENE est en train d'examiner; il ne " +
              'peut pas être remplacé pour le moment. Ajoutez plutôt le nouveau fichier comme nouveau document.',
          },
          { kind: 'conflict' },
        ),
      ]
    : [];
}

export function validateDocumentDelete(createdOn: IsoDate, today: IsoDate, inSubmittedPackage: boolean): Violation[] {
  if (inSubmittedPackage) {
    return [
      violation('R-DOC-06', 'ERR_DOC_IN_SUBMITTED_PACKAGE', {
        en: 'This document is part of a submitted funding application that ENS is reviewing; it cannot be deleted now.',
        fr:
          "Ce document fait partie d'une demande de financement envoyée qu'ENE est en train d'examiner; il ne peut " +
          'pas être supprimé pour le moment.',
      }),
    ];
  }
  if (today > addDays(createdOn, 30)) {
    return [
      violation('R-DOC-04', 'ERR_DOC_DELETE_TOO_OLD', {
        en: `This document was added on ${createdOn}, more than 30 days ago: it can be replaced but no longer deleted.`,
        fr:
          `Ce document a été ajouté le ${formatLongDate(createdOn, 'fr')}, il y a plus de 30 jours : il peut être ` +
          'remplacé, mais ne peut plus être supprimé.',
      }),
    ];
  }
  return [];
}

/** R-DOC-01: a checklist row attaches documents of its own case, uploaded there first. `ofCase`: those of `requested`
 * the case holds. */
export function validateAttachments(requested: number[], ofCase: number[]): Violation[] {
  return requested.every((id) => ofCase.includes(id))
    ? []
    : [
        violation(
          'R-DOC-01',
          'ERR_DOCUMENT_NOT_IN_CASE',
          {
            en: 'Attach documents of this case only (upload them to the case first).',
            fr: "Joignez seulement des documents de ce cas (téléversez-les d'abord dans le cas).",
          },
          { field: 'documentIds' },
        ),
      ];
}
