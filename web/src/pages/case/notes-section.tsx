// The case workspace's notes section (R-NOTE): the case's notes, newest first, with their authors; a new note; the
// author's edit within 30 days.
import { useSession } from '../../app/session.tsx';
import { useWords } from '../../i18n/words.ts';
import { Card } from '../../ui/layout.tsx';
import { ReportDownloads } from '../../ui/report-downloads.tsx';
import { NoteForm } from './notes/note-form.tsx';
import { NoteItem } from './notes/note-item.tsx';
import { noteWords } from './notes/words.ts';
import type { SectionProps } from './section.ts';

export function NotesSection({ c, replace }: SectionProps) {
  const w = useWords(noteWords);
  const { user, can } = useSession();
  const open = can('case.update') && c.status !== 'CLOSED';
  const changed = (answer: Omit<typeof c, 'workflow'>) => replace({ ...c, ...answer });
  return (
    <div className="case-section">
      {/* R-NOTE-06: the notes go into the Case Details Report. */}
      <Card
        title={w('title')}
        actions={<ReportDownloads path={`/api/cases/${c.id}/reports/case-details`} report="caseDetails" />}
      >
        {open ? (
          <NoteForm caseId={c.id} done={changed} />
        ) : (
          c.status === 'CLOSED' && <p className="notice">{w('closedCase')}</p>
        )}
        {c.notes.length ? (
          <ol className="notes" aria-label={w('title')}>
            {c.notes.map((n) => (
              <NoteItem key={n.id} caseId={c.id} note={n} userId={user?.id ?? 0} canEdit={open} changed={changed} />
            ))}
          </ol>
        ) : (
          <p className="empty">{w('empty')}</p>
        )}
      </Card>
    </div>
  );
}
