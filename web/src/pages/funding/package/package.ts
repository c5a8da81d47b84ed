// An application package as the API answers it (app/funding/queries.ts), and the program's name in the user's words.
import type { fundingPackage } from '../../../../../app/funding/queries.ts';
import { CHECKLIST_ITEM_LABELS, FUNDING_PROGRAM_TEXT } from '../../../../../domain/funding.ts';
import type { I18n } from '../../../i18n/i18n.tsx';

export type PackageView = Awaited<ReturnType<typeof fundingPackage>>;
export type ChecklistRow = PackageView['documents'][number];

export const programName = (p: Pick<PackageView, 'program'>, i18n: I18n) =>
  FUNDING_PROGRAM_TEXT[p.program.code] ? i18n.label(FUNDING_PROGRAM_TEXT[p.program.code].name) : p.program.name;

/** A checklist row's name in the user's language. */
export const rowName = (row: Pick<ChecklistRow, 'code' | 'name'>, i18n: I18n) =>
  CHECKLIST_ITEM_LABELS[row.code] ? i18n.label(CHECKLIST_ITEM_LABELS[row.code]) : row.name;
