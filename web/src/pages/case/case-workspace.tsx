// The case workspace (/cases/:caseId): the page a case manager works in. A header that stays in view (who, which
// stage, what is due next), the one next step of the current stage with what it still needs, then the case's
// sections as tabs. A case another organisation referred to the user's shows what the referral lets them see.
import { useApi } from '../../api/use-api.ts';
import { useSession } from '../../app/session.tsx';
import { useWords, defineWords } from '../../i18n/words.ts';
import { Loaded } from '../../ui/layout.tsx';
import { Tabs } from '../../ui/tabs.tsx';
import { CaseDetailsSection } from './case-details-section.tsx';
import { CaseHeader } from './case-header.tsx';
import type { CaseManager } from './case-manager.ts';
import { DocumentsSection } from './documents-section.tsx';
import { FundingSection } from './funding-section.tsx';
import { HistoryTab } from './history-tab.tsx';
import { NextStep } from './next-step.tsx';
import { NotesSection } from './notes-section.tsx';
import { NotificationsCard } from './notifications-card.tsx';
import { OutcomesSection } from './outcomes-section.tsx';
import { ReferralsSection } from './referrals-section.tsx';
import { ReferredCase } from './referred-case.tsx';
import type { CasePageAnswer, SectionProps } from './section.ts';
import { StageWork } from './stage-work.tsx';

const WORDS = defineWords({
  en: {
    sections: 'Case sections',
    details: 'Case details',
    plan: 'Plan',
    outcomes: 'Outcomes',
    notes: 'Notes',
    documents: 'Documents',
    referrals: 'Referrals',
    funding: 'Funding',
    history: 'History',
    workflowAway:
      'The case service is not answering right now: the case is shown as last saved, and changes may be refused ' +
      'until it is back.',
  },
  fr: {
    sections: 'Sections du cas',
    details: 'Détails du cas',
    plan: 'Plan',
    outcomes: 'Résultats',
    notes: 'Notes',
    documents: 'Documents',
    referrals: 'Aiguillages',
    funding: 'Financement',
    history: 'Historique',
    workflowAway:
      'Le service des cas ne répond pas pour le moment : le cas est affiché tel que dernièrement ' +
      'enregistré, et les modifications peuvent être refusées en attendant son retour.',
  },
});

export function CaseWorkspacePage({ params }: { params: Record<string, string> }) {
  const { can } = useSession();
  const page = useApi<CasePageAnswer>(`/api/cases/${encodeURIComponent(params.caseId)}`);
  // Loaded with the case, not after it: the reassign dialog and the transfer form choose among them.
  const managers = useApi<CaseManager[]>(can('case.update') ? '/api/case-managers' : null);
  return (
    <Loaded state={page}>
      {(c) =>
        'referredAccess' in c ? (
          <ReferredCase c={c} managers={managers.data ?? []} reload={page.reload} />
        ) : (
          <Workspace c={c} managers={managers.data ?? []} reload={page.reload} replace={page.set} />
        )
      }
    </Loaded>
  );
}

function Workspace(props: SectionProps & { managers: CaseManager[] }) {
  const w = useWords(WORDS);
  const { c } = props;
  const section: SectionProps = { c, reload: props.reload, replace: props.replace };
  const count = (n: number) => (n > 0 ? n : undefined);
  return (
    <div className="case-workspace">
      <CaseHeader {...section} managers={props.managers} />
      {c.workflow?.running === null && (
        <div className="notice notice-warning" role="status">
          {w('workflowAway')}
        </div>
      )}
      <NextStep {...section} />
      <NotificationsCard {...section} />
      <Tabs
        label={w('sections')}
        tabs={[
          { id: 'plan', label: w('plan'), content: () => <StageWork {...section} /> },
          { id: 'details', label: w('details'), content: () => <CaseDetailsSection {...section} /> },
          {
            id: 'outcomes',
            label: w('outcomes'),
            badge: count(c.outcomes.length),
            content: () => <OutcomesSection {...section} />,
          },
          {
            id: 'notes',
            label: w('notes'),
            badge: count(c.notes.length),
            content: () => <NotesSection {...section} />,
          },
          { id: 'documents', label: w('documents'), content: () => <DocumentsSection {...section} /> },
          {
            id: 'referrals',
            label: w('referrals'),
            badge: count(c.referrals.length),
            content: () => <ReferralsSection {...section} />,
          },
          { id: 'funding', label: w('funding'), content: () => <FundingSection {...section} /> },
          { id: 'history', label: w('history'), content: () => <HistoryTab {...section} /> },
        ]}
      />
    </div>
  );
}
