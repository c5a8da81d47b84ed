// The needs determination (R-ND-01..13): the version in progress as a form (employment goal, up to three job
// preferences with their NOC codes, barriers by dimension and type), saved as a draft or completed, which locks it
// after a confirmation; completed versions as read-only summaries, the latest first.
import { useRef, useState } from 'react';
import {
  BARRIER_TYPES,
  EMPLOYABILITY_DIMENSIONS,
  EMPLOYMENT_GOALS,
  NOC_CODES,
  NOC_TITLES_FR,
} from '../../../../domain/reference.ts';
import { needsDeterminationSchema } from '../../../../domain/schemas/case.ts';
import { api } from '../../api/client.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { defineWords, useWords } from '../../i18n/words.ts';
import { ConfirmDialog } from '../../ui/confirm.tsx';
import { Form, SelectField, useForm } from '../../ui/form.tsx';
import { Badge, Empty, Facts } from '../../ui/layout.tsx';
import { labelOf, optionsOf } from './codes.ts';
import { RowCheck, RowFields, Rows, rowError } from './rows.tsx';
import type { CaseDetails, SectionProps } from './section.ts';

const WORDS = defineWords({
  en: {
    title: 'Needs determination',
    version: 'Version {n}',
    inProgress: 'In progress',
    completedOn: 'Completed on {date}',
    newVersion: 'Start a new version',
    prefilled: 'Pre-filled from version {n}: its employment goal, first job preference and barriers.',
    goal: 'Employment goal',
    maxCapacity: 'Maximum Capacity Employment is meant for a person with a disability.',
    jobs: 'Job preferences',
    jobsHint: 'Up to three, each with its NOC code.',
    jobLabel: 'Job preference {n}',
    noc: 'NOC code',
    addJob: 'Add a job preference',
    removeJob: 'Remove job preference {n}',
    barriers: 'Employment barriers',
    barrier: 'Barrier {n}',
    dimension: 'Employability dimension',
    barrierType: 'Barrier type',
    barrierDescription: 'Client-specific details',
    relevant: 'Relevant to the employment goal',
    addBarrier: 'Add a barrier',
    removeBarrier: 'Remove barrier {n}',
    saveDraft: 'Save draft',
    complete: 'Complete this version…',
    confirmTitle: 'Complete version {n}?',
    confirmText:
      'Completing locks this version: it can never be changed again. Later changes go in a new version, which ' +
      'starts from this one.',
    confirm: 'Complete and lock',
    drafted: 'Draft of needs determination version {n} saved.',
    completed: 'Needs determination version {n} completed and locked.',
    none: 'No needs determination is completed yet.',
    relevantMark: 'relevant to the goal',
  },
  fr: {
    title: 'Détermination des besoins',
    version: 'Version {n}',
    inProgress: 'En cours',
    completedOn: 'Terminée le {date}',
    newVersion: 'Commencer une nouvelle version',
    prefilled: "Préremplie d'après la version {n} : objectif d'emploi, première préférence de travail et obstacles.",
    goal: "Objectif d'emploi",
    maxCapacity: "L'emploi à capacité maximale est destiné aux personnes handicapées.",
    jobs: 'Préférences de travail',
    jobsHint: 'Jusqu’à trois, chacune avec son code CNP.',
    jobLabel: 'Préférence de travail {n}',
    noc: 'Code CNP',
    addJob: 'Ajouter une préférence de travail',
    removeJob: 'Retirer la préférence de travail {n}',
    barriers: "Obstacles à l'emploi",
    barrier: 'Obstacle {n}',
    dimension: "Dimension de l'employabilité",
    barrierType: "Type d'obstacle",
    barrierDescription: 'Précisions propres au client',
    relevant: "Lié à l'objectif d'emploi",
    addBarrier: 'Ajouter un obstacle',
    removeBarrier: "Retirer l'obstacle {n}",
    saveDraft: 'Enregistrer le brouillon',
    complete: 'Terminer cette version…',
    confirmTitle: 'Terminer la version {n} ?',
    confirmText:
      'Terminer verrouille cette version : elle ne pourra plus jamais être modifiée. Les changements ultérieurs ' +
      'se font dans une nouvelle version, qui part de celle-ci.',
    confirm: 'Terminer et verrouiller',
    drafted: 'Brouillon de la détermination des besoins, version {n}, enregistré.',
    completed: 'Détermination des besoins, version {n}, terminée et verrouillée.',
    none: "Aucune détermination des besoins n'est encore terminée.",
    relevantMark: "liée à l'objectif",
  },
});

type Version = CaseDetails['needsDeterminations'][number];
interface Job {
  label: string;
  nocCode: string;
}
interface Barrier {
  dimension: string;
  barrierType: string;
  description: string;
  relevantToGoal: boolean;
}

/** The NOC codes the lookup offers, "1243 – Medical administrative assistants", in the reader's language. */
export function useNocTitle() {
  const { lang } = useI18n();
  return (code: string) => `${code} – ${(lang === 'fr' ? NOC_TITLES_FR[code] : NOC_CODES[code]) ?? ''}`;
}

/** The needs determination as the current stage's work: the version in progress, then the completed ones. */
export function NeedsWork(props: SectionProps & { editable: boolean }) {
  const { c } = props;
  const w = useWords(WORDS);
  const [starting, setStarting] = useState(false);
  const completed = c.needsDeterminations.filter((n) => n.completed);
  const inProgress = c.needsDeterminations.some((n) => !n.completed);
  const showForm = props.editable && (inProgress || completed.length === 0 || starting);
  return (
    <section className="stage-part" aria-label={w('title')}>
      <h3>{w('title')}</h3>
      {showForm ? (
        <NeedsForm
          key={`${c.needsDraft.version}-${completed.length}`}
          {...props}
          onDone={(r) => {
            if (r.needsDeterminations.every((n) => n.completed)) setStarting(false);
          }}
        />
      ) : (
        props.editable && (
          <button type="button" className="secondary" onClick={() => setStarting(true)}>
            {w('newVersion')}
          </button>
        )
      )}
      {(completed.length > 0 || !showForm) && <NeedsVersions versions={completed} />}
    </section>
  );
}

/** The completed versions, newest first: the latest open, the older ones folded. */
export function NeedsVersions({ versions }: { versions: Version[] }) {
  const w = useWords(WORDS);
  const { date } = useI18n();
  if (!versions.length) return <Empty>{w('none')}</Empty>;
  return (
    <>
      {versions.map((v, i) => (
        <details key={v.version} className="version" open={i === 0}>
          <summary>
            {w('version', { n: v.version })} · {w('completedOn', { date: date(v.savedOn) })}
          </summary>
          <NeedsSummary v={v} />
        </details>
      ))}
    </>
  );
}

function NeedsSummary({ v }: { v: Version }) {
  const w = useWords(WORDS);
  const { label } = useI18n();
  const noc = useNocTitle();
  const barriers = v.barriers as Barrier[];
  return (
    <Facts
      items={[
        [w('goal'), label(labelOf(EMPLOYMENT_GOALS, v.employmentGoal))],
        [
          w('jobs'),
          v.jobPreferences.length ? (
            <ul className="plain">
              {v.jobPreferences.map((j, i) => (
                <li key={i}>
                  {j.label} ({noc(j.nocCode)})
                </li>
              ))}
            </ul>
          ) : null,
        ],
        [
          w('barriers'),
          barriers.length ? (
            <ul className="plain">
              {barriers.map((b, i) => (
                <li key={i}>
                  {label(labelOf(EMPLOYABILITY_DIMENSIONS, b.dimension))} –{' '}
                  {label(labelOf(BARRIER_TYPES, b.barrierType))}
                  {b.relevantToGoal && <span className="muted"> ({w('relevantMark')})</span>}
                  {b.description && <span className="muted"> · {b.description}</span>}
                </li>
              ))}
            </ul>
          ) : null,
        ],
      ]}
    />
  );
}

function NeedsForm(props: SectionProps & { onDone(r: CaseDetails): void }) {
  const { c } = props;
  const w = useWords(WORDS);
  const { label } = useI18n();
  const noc = useNocTitle();
  const [asking, setAsking] = useState(false);
  // Set while the confirmed "complete" is being sent: the same form saves a draft or completes.
  const completing = useRef(false);
  const draft = c.needsDraft;
  const version = draft.version;
  const previous = c.needsDeterminations.find((n) => n.completed);
  const inProgress = c.needsDeterminations.some((n) => !n.completed);
  const form = useForm({
    initial: {
      employmentGoal: draft.employmentGoal ?? '',
      jobPreferences: draft.jobPreferences.map((j) => ({ label: j.label, nocCode: j.nocCode })) as Job[],
      barriers: draft.barriers.map((b) => ({
        dimension: b.dimension,
        barrierType: b.barrierType,
        description: b.description ?? '',
        relevantToGoal: b.relevantToGoal,
      })) as Barrier[],
    },
    schema: needsDeterminationSchema,
    toBody: (v) => ({
      employmentGoal: v.employmentGoal || undefined,
      jobPreferences: v.jobPreferences,
      barriers: v.barriers.map((b) => ({ ...b, description: b.description.trim() || undefined })),
      completed: completing.current,
      confirmed: completing.current,
    }),
    send: (body, key) =>
      api.post<CaseDetails>(`/api/cases/${c.id}/needs-determinations`, { body, idempotencyKey: key }),
    success: (r) =>
      r.needsDeterminations.some((n) => n.version === version && n.completed)
        ? w('completed', { n: version })
        : w('drafted', { n: version }),
    done: (r) => {
      props.replace(r);
      props.onDone(r);
    },
  });
  const { values, errors } = form;
  const dimensions = optionsOf(EMPLOYABILITY_DIMENSIONS, label);
  const nocOptions = Object.keys(NOC_CODES).map((code) => ({ value: code, label: noc(code) }));
  return (
    <>
      <p>
        <strong>{w('version', { n: version })}</strong> {inProgress && <Badge tone="warning">{w('inProgress')}</Badge>}
      </p>
      {!inProgress && previous && <p className="hint">{w('prefilled', { n: previous.version })}</p>}
      <Form
        form={form}
        label={w('title')}
        submit={w('saveDraft')}
        secondary={
          <button type="button" className="secondary" onClick={() => setAsking(true)} disabled={form.submitting}>
            {w('complete')}
          </button>
        }
      >
        <SelectField
          form={form}
          name="employmentGoal"
          label={w('goal')}
          hint={values.employmentGoal === 'MAXIMUM_CAPACITY_EMPLOYMENT' ? w('maxCapacity') : undefined}
          options={optionsOf(EMPLOYMENT_GOALS, label)}
        />
        <Rows
          legend={w('jobs')}
          hint={w('jobsHint')}
          rows={values.jobPreferences}
          onChange={(rows) => form.set('jobPreferences', rows)}
          blank={() => ({ label: '', nocCode: '' })}
          add={w('addJob')}
          remove={(i) => w('removeJob', { n: i + 1 })}
          max={3}
          error={errors.jobPreferences}
        >
          {(row, i, set) => (
            <RowFields
              row={row}
              set={set}
              error={(f) => rowError(errors, 'jobPreferences', i, f)}
              fields={[
                { name: 'label', label: w('jobLabel', { n: i + 1 }), required: true },
                { name: 'nocCode', label: w('noc'), kind: 'select', options: nocOptions, required: true },
              ]}
            />
          )}
        </Rows>
        <Rows
          legend={w('barriers')}
          rows={values.barriers}
          onChange={(rows) => form.set('barriers', rows)}
          blank={() => ({ dimension: '', barrierType: '', description: '', relevantToGoal: false })}
          add={w('addBarrier')}
          remove={(i) => w('removeBarrier', { n: i + 1 })}
          error={errors.barriers}
        >
          {(row, i, set) => (
            <>
              <RowFields
                row={row}
                set={set}
                error={(f) => rowError(errors, 'barriers', i, f)}
                fields={[
                  { name: 'dimension', label: w('dimension'), kind: 'select', options: dimensions, required: true },
                  {
                    name: 'barrierType',
                    label: w('barrierType'),
                    kind: 'select',
                    options: optionsOf(BARRIER_TYPES, label),
                    required: true,
                  },
                  { name: 'description', label: w('barrierDescription'), kind: 'textarea' },
                ]}
              />
              <RowCheck
                label={w('relevant')}
                checked={row.relevantToGoal}
                onChange={(v) => set({ relevantToGoal: v })}
              />
            </>
          )}
        </Rows>
      </Form>
      <ConfirmDialog
        open={asking}
        title={w('confirmTitle', { n: version })}
        confirm={w('confirm')}
        onCancel={() => setAsking(false)}
        onConfirm={() => {
          setAsking(false);
          completing.current = true;
          void form.onSubmit().finally(() => {
            completing.current = false;
          });
        }}
      >
        <p>{w('confirmText')}</p>
      </ConfirmDialog>
    </>
  );
}
