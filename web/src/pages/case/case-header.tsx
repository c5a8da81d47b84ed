// The case's header (R-CASE-13), in view while the page scrolls: case number and client, the stage and since when,
// the next item due, who manages the case from which office and how it is reported; reassigning and closing for those who may.
import { useEffect, useRef } from 'react';
import { STATUS_LABELS, TASK_LABELS } from '../../../../domain/case-model.ts';
import { REPORTING_LABELS } from '../../../../domain/case-opening.ts';
import { ALERT_LABELS } from '../../../../domain/case-timers.ts';
import { Link } from '../../app/router.tsx';
import { useSession } from '../../app/session.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { defineWords, useWords } from '../../i18n/words.ts';
import { Badge, Facts } from '../../ui/layout.tsx';
import type { CaseManager } from './case-manager.ts';
import { CloseCaseButton } from './close-case-dialog.tsx';
import { labelOf } from './codes.ts';
import { nextDueItem } from './due-item.ts';
import { ReassignButton } from './reassign-dialog.tsx';
import type { SectionProps } from './section.ts';
import { CASE_WORDS } from './words.ts';

const WORDS = defineWords({
  en: {
    caseNumber: 'Case {id}',
    client: 'Client',
    stage: 'Stage:',
    since: 'since {date}',
    nextDue: 'Next due:',
    nothingDue: 'Nothing due',
    caseManager: 'Case manager',
    office: 'Office',
    reporting: 'Accountability reporting',
    program: 'Program',
    sin: 'SIN',
    caseFacts: 'About this case',
    timeline: 'Timeline',
  },
  fr: {
    caseNumber: 'Cas {id}',
    client: 'Client',
    stage: 'Étape :',
    since: 'depuis le {date}',
    nextDue: 'Prochaine échéance :',
    nothingDue: 'Aucune échéance',
    caseManager: 'Gestionnaire de cas',
    office: 'Bureau',
    reporting: 'Rapport de responsabilisation',
    program: 'Programme',
    sin: 'NAS',
    caseFacts: 'À propos de ce cas',
    timeline: 'Chronologie',
  },
});

/** Keeps --shell-height equal to the shell's sticky header, so the case header sticks right under it. */
function useShellHeight() {
  useEffect(() => {
    const shell = document.querySelector<HTMLElement>('header.top');
    if (!shell) return;
    const set = () => document.documentElement.style.setProperty('--shell-height', `${shell.offsetHeight}px`);
    set();
    const watch = new ResizeObserver(set);
    watch.observe(shell);
    return () => watch.disconnect();
  }, []);
}

export function CaseHeader(props: SectionProps & { managers: CaseManager[] }) {
  const { c } = props;
  const w = useWords(WORDS);
  const cw = useWords(CASE_WORDS);
  const { label, date } = useI18n();
  const { can } = useSession();
  const h1 = useRef<HTMLHeadingElement>(null);
  useShellHeight();
  // A new case puts the keyboard and the screen reader at its heading, and names the browser's tab.
  useEffect(() => h1.current?.focus(), [c.id]);
  useEffect(() => {
    document.title = `${h1.current?.textContent ?? ''} – Pathway`;
  });
  const due = nextDueItem(c);
  const open = c.status !== 'CLOSED' && can('case.update');
  // On a phone only the title and status lines stay in view: the actions and facts follow, unstuck.
  const actions = (className: string) =>
    open && (
      <div className={`actions ${className}`}>
        <ReassignButton {...props} />
        <CloseCaseButton {...props} />
      </div>
    );
  const facts = (className: string) => (
    <div className={className}>
      <Facts
        items={[
          [w('caseManager'), c.caseManager.name],
          [w('office'), c.caseManager.office],
          [w('reporting'), label(REPORTING_LABELS[c.accountabilityReporting]) || c.accountabilityReporting],
          [w('program'), c.program],
          [w('sin'), c.individual.sin],
        ]}
      />
    </div>
  );
  return (
    <>
      <section className="case-header" aria-label={w('caseFacts')}>
        <div className="case-title">
          <h1 ref={h1} tabIndex={-1}>
            <span className="case-number">{w('caseNumber', { id: c.id })}</span>{' '}
            <Link to={`/people/${c.individual.id}`}>{c.individual.name}</Link>
          </h1>
          {actions('wide-only')}
        </div>
        <div className="case-status-line">
          <span>
            <span className="visually-hidden">{w('stage')} </span>
            <Badge tone={c.status === 'CLOSED' ? 'neutral' : 'info'}>
              {label(labelOf(STATUS_LABELS, c.status))}
            </Badge>{' '}
            {w('since', { date: date(c.statusSince) })}
          </span>
          {c.status !== 'CLOSED' && (
            <span>
              <span className="muted">{w('nextDue')} </span>
              {due ? (
                <>
                  {label(labelOf(due.kind === 'task' ? TASK_LABELS : ALERT_LABELS, due.code))} — {date(due.dueDate)}
                  {due.overdue && (
                    <>
                      {' '}
                      <Badge tone="danger">{cw('overdue')}</Badge>
                    </>
                  )}
                </>
              ) : (
                w('nothingDue')
              )}
            </span>
          )}
          {/* What happened to the case, step by step, from its workflow's history: for those who inspect cases. */}
          {can('case.inspect') && <Link to={`/cases/${c.id}/timeline`}>{w('timeline')}</Link>}
        </div>
        {facts('case-facts wide-only')}
      </section>
      <div className="narrow-only case-more">
        {actions('')}
        {facts('case-facts')}
      </div>
    </>
  );
}
