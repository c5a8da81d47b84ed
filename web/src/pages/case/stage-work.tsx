// The Plan tab: the work of the stage the case is in, first and open (R-HIST-08's order); the stages before it as
// read-only summaries, folded, with the changes their rules still allow (a new needs determination version in the
// plan stages, R-ND-11; Education & Experience until RTWAP Mgmt, R-ASM-06); the stages after it are not shown. A
// closed case shows the stage it was closed in, read only.
import { useId, useState, type ReactNode } from 'react';
import { REASON_LABELS, STATUS_LABELS, type CaseStatus } from '../../../../domain/case-model.ts';
import { useSession } from '../../app/session.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { defineWords, useWords } from '../../i18n/words.ts';
import { Facts } from '../../ui/layout.tsx';
import { ActionPlan } from './action-plan.tsx';
import { AdditionalInfoWork } from './additional-info.tsx';
import { labelOf } from './codes.ts';
import { EducationForm, EducationSummary } from './education-experience.tsx';
import { NeedsWork } from './needs-determination.tsx';
import { RegistrationSummary } from './registration-summary.tsx';
import type { CaseDetails, SectionProps } from './section.ts';
import { CASE_WORDS } from './words.ts';

const WORDS = defineWords({
  en: {
    current: 'This stage: {stage}',
    closedIn: 'Closed in {stage}',
    earlier: 'Earlier stages',
    period: '{from} – {to}',
    now: 'now',
    endedBy: 'Ended: {reason}',
    optionalNow: 'Can be entered now or during the assessment',
    education: 'Education & Experience',
    signedPlan: 'The plan developed in this stage is the one shown under {stage}.',
    planEnd: 'Action plan end date',
    week24: '24 Week outcome',
    week52: '52 Week outcome',
    window: 'from {from}, due {due}',
  },
  fr: {
    current: 'Étape en cours : {stage}',
    closedIn: 'Fermé à l’étape {stage}',
    earlier: 'Étapes précédentes',
    period: '{from} – {to}',
    now: "aujourd'hui",
    endedBy: 'Fin : {reason}',
    optionalNow: "Peuvent être saisis maintenant ou pendant l'évaluation",
    education: 'Études et expérience',
    signedPlan: 'Le plan élaboré à cette étape est celui présenté sous {stage}.',
    planEnd: "Date de fin du plan d'action",
    week24: 'Résultat après 24 semaines',
    week52: 'Résultat après 52 semaines',
    window: 'à partir du {from}, échéance le {due}',
  },
});

const STAGES: readonly CaseStatus[] = ['INTAKE', 'ASSESSMENT', 'RTWAP_DEV', 'RTWAP_MGMT', 'FOLLOW_UP'];
/** R-ND-11, R-ASM-06: where a new needs version and Education & Experience changes are still taken. */
const NEEDS_OPEN = new Set(['ASSESSMENT', 'RTWAP_DEV', 'RTWAP_MGMT']);
const EDUCATION_OPEN = new Set(['INTAKE', 'ASSESSMENT', 'RTWAP_DEV', 'RTWAP_MGMT']);

interface StageProps extends SectionProps {
  /** The case may change and the user may change it. */
  open: boolean;
}

/** The stage whose work comes first: the current one, or the one a closed case was closed in. */
const workingStage = (c: CaseDetails): CaseStatus =>
  c.status === 'CLOSED'
    ? ((c.statusHistory.find((h) => h.status !== 'CLOSED')?.status as CaseStatus) ?? 'INTAKE')
    : (c.status as CaseStatus);

export function StageWork(props: SectionProps) {
  const { c } = props;
  const w = useWords(WORDS);
  const { label } = useI18n();
  const { can } = useSession();
  const titleId = useId();
  const earlierId = useId();
  const stage = workingStage(c);
  const open = c.status !== 'CLOSED' && can('case.update');
  const stageName = label(labelOf(STATUS_LABELS, stage));
  const earlier = STAGES.slice(0, STAGES.indexOf(stage)).reverse();
  const p: StageProps = { ...props, open };
  return (
    <>
      <section className="card stage" aria-labelledby={titleId}>
        <h2 id={titleId}>
          {c.status === 'CLOSED' ? w('closedIn', { stage: stageName }) : w('current', { stage: stageName })}
        </h2>
        <StagePeriod c={c} stage={stage} />
        <CurrentWork {...p} stage={stage} />
      </section>
      {earlier.length > 0 && (
        <section className="earlier-stages" aria-labelledby={earlierId}>
          <h2 id={earlierId}>{w('earlier')}</h2>
          {earlier.map((s) => (
            <details key={s} className="card stage">
              <summary>
                <strong>{label(labelOf(STATUS_LABELS, s))}</strong> <StagePeriod c={c} stage={s} inline />
              </summary>
              <EarlierWork {...p} stage={s} />
            </details>
          ))}
        </section>
      )}
    </>
  );
}

/** When the case was in a stage, and what ended it (R-HIST-06: the history is newest first). */
function StagePeriod({ c, stage, inline }: { c: CaseDetails; stage: CaseStatus; inline?: boolean }) {
  const w = useWords(WORDS);
  const { label, date } = useI18n();
  const i = c.statusHistory.findIndex((h) => h.status === stage);
  if (i < 0) return null;
  const row = c.statusHistory[i];
  const next = c.statusHistory[i - 1];
  const text = [
    w('period', { from: date(row.startDate), to: row.endDate ? date(row.endDate) : w('now') }),
    next && w('endedBy', { reason: label(labelOf(REASON_LABELS, next.reason)) }),
  ]
    .filter(Boolean)
    .join(' · ');
  return inline ? <span className="muted">{text}</span> : <p className="muted">{text}</p>;
}

function CurrentWork(p: StageProps & { stage: CaseStatus }) {
  const w = useWords(WORDS);
  switch (p.stage) {
    case 'INTAKE':
      return (
        <>
          <RegistrationSummary c={p.c} />
          {p.open && (
            <details className="optional-now">
              <summary>{w('optionalNow')}</summary>
              <EducationPart {...p} editing />
              <AdditionalInfoWork {...p} editable />
            </details>
          )}
        </>
      );
    case 'ASSESSMENT':
      return (
        <>
          <NeedsWork {...p} editable={p.open} />
          <EducationPart {...p} editing={p.open} />
          <AdditionalInfoWork {...p} editable={p.open} />
        </>
      );
    case 'RTWAP_DEV':
    case 'RTWAP_MGMT':
      return <ActionPlan {...p} editable={p.open} />;
    default:
      return <FollowUpWork c={p.c} />;
  }
}

function EarlierWork(p: StageProps & { stage: CaseStatus }) {
  const w = useWords(WORDS);
  const { label } = useI18n();
  switch (p.stage) {
    case 'INTAKE':
      return <RegistrationSummary c={p.c} />;
    case 'ASSESSMENT':
      return (
        <>
          <NeedsWork {...p} editable={p.open && NEEDS_OPEN.has(p.c.status)} />
          <EducationPart {...p} open={p.open && EDUCATION_OPEN.has(p.c.status)} editing={false} />
          <AdditionalInfoWork {...p} editable={false} />
        </>
      );
    case 'RTWAP_DEV':
      return <p>{w('signedPlan', { stage: label(STATUS_LABELS.RTWAP_MGMT) })}</p>;
    default:
      return <ActionPlan {...p} editable={false} />;
  }
}

/** Education & Experience: the form where it is the stage's work, else what is recorded with an Edit button. */
function EducationPart(p: StageProps & { editing: boolean }) {
  const w = useWords(WORDS);
  const cw = useWords(CASE_WORDS);
  const [editing, setEditing] = useState(p.editing);
  let body: ReactNode;
  if (p.open && editing) body = <EducationForm {...p} onDone={() => setEditing(p.editing)} />;
  else
    body = (
      <>
        <EducationSummary c={p.c} />
        {p.open && (
          <button type="button" className="secondary" onClick={() => setEditing(true)}>
            {cw('edit')}
          </button>
        )}
      </>
    );
  return (
    <section className="stage-part" aria-label={w('education')}>
      <h3>{w('education')}</h3>
      {body}
    </section>
  );
}

/** Follow-up (spec 03 §5.1): when each outcome can be recorded and when it is due (the next step points to Outcomes). */
function FollowUpWork({ c }: { c: CaseDetails }) {
  const w = useWords(WORDS);
  const { date } = useI18n();
  const f = c.followUp;
  if (!f) return null;
  return (
    <Facts
      items={[
        [w('planEnd'), date(f.planEndDate)],
        [w('week24'), w('window', { from: date(f.earliest24), due: date(f.due24) })],
        [w('week52'), w('window', { from: date(f.earliest52), due: date(f.due52) })],
      ]}
    />
  );
}
