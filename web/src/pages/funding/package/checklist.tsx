// The application checklist (§3.9): the case elements, read from the case (R-FUND-06/21) with what each still needs
// and a way to the case's Plan tab; the forms and documents, each Attached, Sent on paper, Missing or Optional with the
// day it changed (R-FUND-07), changed one row at a time.
import { useState } from 'react';
import {
  CASE_ELEMENT_LABELS,
  CASE_ELEMENT_STATUS_LABELS,
  DOCUMENT_STATUS_LABELS,
  type CaseElementCode,
  type CaseElementStatus,
} from '../../../../../domain/funding.ts';
import { Link } from '../../../app/router.tsx';
import { useI18n } from '../../../i18n/i18n.tsx';
import { useWords } from '../../../i18n/words.ts';
import { DataTable } from '../../../ui/data-table.tsx';
import { Badge, Card } from '../../../ui/layout.tsx';
import { rowName, type ChecklistRow, type PackageView } from './package.ts';
import { RowEditor } from './row-editor.tsx';
import { packageWords } from './words.ts';

const TONES = { COMPLETE: 'success', INCOMPLETE: 'danger', INCOMPLETE_MAYBE: 'warning' } as const;
const DOC_TONES = { ATTACHED: 'success', MAILED_ON: 'success', MISSING: 'danger', OPTIONAL: 'neutral' } as const;

export function Checklist(props: {
  pkg: PackageView;
  canEdit: boolean;
  /** Server messages about rows and elements (a refused submission), by their code. */
  errors: Record<string, string>;
  changed(p: PackageView): void;
  reload(): void;
}) {
  const i18n = useI18n();
  const { label, date } = i18n;
  const w = useWords(packageWords);
  const [editing, setEditing] = useState<string | null>(null);
  const { pkg } = props;
  const row = pkg.documents.find((d) => d.code === editing);
  const needs = (code: CaseElementCode, status: CaseElementStatus) =>
    status === 'COMPLETE' ? '' : w(`need.${code}.${status}` as Parameters<typeof w>[0]);
  const error = (code: string) =>
    props.errors[code] && (
      <p className="field-error" role="alert">
        {props.errors[code]}
      </p>
    );

  return (
    <Card title={w('checklistTitle')}>
      <h3>{w('elementsTitle')}</h3>
      <DataTable
        caption={w('elementsTitle')}
        rows={pkg.caseElements}
        rowKey={(e) => e.code}
        empty=""
        columns={[
          {
            key: 'element',
            header: w('element'),
            primary: true,
            cell: (e) => label(CASE_ELEMENT_LABELS[e.code]),
          },
          {
            key: 'status',
            header: w('status'),
            // One element per cell: at phone width a cell is a grid of its label and its content.
            cell: (e) => (
              <div>
                <Badge tone={TONES[e.status]}>{label(CASE_ELEMENT_STATUS_LABELS[e.status])}</Badge>
                {error(e.code)}
              </div>
            ),
          },
          {
            key: 'needed',
            header: w('whatIsNeeded'),
            cell: (e) =>
              e.status !== 'COMPLETE' && (
                <div>
                  {needs(e.code, e.status)}{' '}
                  {pkg.case.ownOrganisation && <Link to={`/cases/${pkg.caseId}?tab=plan`}>{w('openPlan')}</Link>}
                </div>
              ),
          },
        ]}
      />
      <h3>{w('documentsTitle')}</h3>
      {row && (
        <RowEditor
          key={row.code}
          pkg={pkg}
          row={row}
          name={rowName(row, i18n)}
          saved={(p) => {
            setEditing(null);
            props.changed(p);
          }}
          uploaded={props.reload}
          cancel={() => setEditing(null)}
        />
      )}
      <DataTable
        caption={w('documentsTitle')}
        rows={pkg.documents}
        rowKey={(d) => d.code}
        empty=""
        columns={[
          { key: 'name', header: w('document'), primary: true, cell: (d) => rowName(d, i18n) },
          {
            key: 'requirement',
            header: w('requirement'),
            cell: (d) => (d.requirement === 'REQUIRED' ? w('required') : w('optional')),
          },
          {
            key: 'status',
            header: w('status'),
            cell: (d: ChecklistRow) => (
              <div>
                <Badge tone={DOC_TONES[d.status]}>{label(DOCUMENT_STATUS_LABELS[d.status])}</Badge>
                {d.date && (
                  <span className="muted small block">
                    {d.paper ? w('paperOn', { date: date(d.date) }) : w('attachedOn', { date: date(d.date) })}
                  </span>
                )}
                {error(d.code)}
              </div>
            ),
          },
          {
            key: 'attachments',
            header: w('attachments'),
            cell: (d) => (
              <ul className="plain">
                {d.attachments.map((a) => (
                  <li key={a.id}>
                    {pkg.case.ownOrganisation ? (
                      <a href={`/api/cases/${pkg.caseId}/documents/${a.id}/content`}>{a.documentName}</a>
                    ) : (
                      a.documentName
                    )}
                  </li>
                ))}
              </ul>
            ),
          },
          ...(props.canEdit
            ? [
                {
                  key: 'actions',
                  header: w('change'),
                  cell: (d: ChecklistRow) => (
                    <button
                      type="button"
                      className="secondary"
                      aria-label={w('changeLabel', { row: rowName(d, i18n) })}
                      onClick={() => setEditing(d.code)}
                    >
                      {w('change')}
                    </button>
                  ),
                },
              ]
            : []),
        ]}
      />
    </Card>
  );
}
