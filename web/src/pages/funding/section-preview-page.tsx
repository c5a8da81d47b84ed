// /cases/:caseId/sections/:section: one section of the case workspace on a page of its own, with the case's name
// above it, so the sections can be tried, tested and reviewed apart from the workspace that hosts them in its tabs.
import type { ComponentType } from 'react';
import { useApi } from '../../api/use-api.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { useWords, type Words } from '../../i18n/words.ts';
import { Loaded, PageHeader } from '../../ui/layout.tsx';
import { NotFoundPage } from '../not-found.tsx';
import { DocumentsSection } from '../case/documents-section.tsx';
import { FundingSection } from '../case/funding-section.tsx';
import { NotesSection } from '../case/notes-section.tsx';
import { OutcomesSection } from '../case/outcomes-section.tsx';
import { ReferralsSection } from '../case/referrals-section.tsx';
import type { CaseDetails, CasePageAnswer, SectionProps } from '../case/section.ts';
import { STATUS_LABELS, type CaseStatus } from '../../../../domain/case-model.ts';

const SECTIONS: Record<string, ComponentType<SectionProps>> = {
  outcomes: OutcomesSection,
  notes: NotesSection,
  documents: DocumentsSection,
  referrals: ReferralsSection,
  funding: FundingSection,
};

const words: Words<'title' | 'subtitle' | 'referred'> = {
  en: {
    title: 'Case {id}: {client}',
    subtitle: 'Status: {status}',
    referred: 'This case belongs to {organisation}: its sections are not shown to your organisation.',
  },
  fr: {
    title: 'Cas {id} : {client}',
    subtitle: 'État : {status}',
    referred: 'Ce cas appartient à {organisation} : ses sections ne sont pas montrées à votre organisme.',
  },
};

export function SectionPreviewPage({ params }: { params: Record<string, string> }) {
  const { label } = useI18n();
  const w = useWords(words);
  const answer = useApi<CasePageAnswer>(`/api/cases/${params.caseId}`);
  const Section = SECTIONS[params.section];
  if (!Section) return <NotFoundPage />;
  return (
    <Loaded state={answer}>
      {(c) =>
        'referredAccess' in c ? (
          <p className="notice">{w('referred', { organisation: c.organisation })}</p>
        ) : (
          <>
            <PageHeader
              title={w('title', { id: c.id, client: c.individual.name })}
              subtitle={w('subtitle', { status: label(STATUS_LABELS[c.status as CaseStatus]) })}
            />
            <Section c={c} reload={answer.reload} replace={(next: CaseDetails) => answer.set(next)} />
          </>
        )
      }
    </Loaded>
  );
}
