// The Operations page (/operations): the steps that kept failing, grouped by what they do, each with its case, its
// organisation, its error (explained when Pathway understands it), its attempts, when it retries by itself and its run
// in Temporal's UI (R-OPS-01, R-OPS-03); Retry tries one now (R-OPS-02), a resolution the step offers resolves it
// otherwise, and the steps of one kind selected (or all of them) are retried at once; a row shows its step retrying
// until the list says how it went. Late referral emails (R-TMR-09) and resolved steps are listed below.
import { useEffect, useState } from 'react';
import type { stuckSteps } from '../../../../app/operations/queries.ts';
import { describeStep, STEP_GROUP_LABELS, STEP_GROUPS, stepGroup } from '../../../../domain/stuck-steps.ts';
import { ApiError, api, newIdempotencyKey } from '../../api/client.ts';
import { useApi } from '../../api/use-api.ts';
import { Link, useQueryParam } from '../../app/router.tsx';
import { useSession, useUser } from '../../app/session.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { useWords } from '../../i18n/words.ts';
import { DataTable, Pager, type Column } from '../../ui/data-table.tsx';
import { Badge, Card, Empty, Loaded, PageHeader } from '../../ui/layout.tsx';
import { useToast } from '../../ui/toast.tsx';
import { FrozenCases } from './frozen-cases.tsx';
import { LateReferrals } from './late-referrals.tsx';
import { RunLink } from './run-link.tsx';
import { WORDS } from './operations-words.ts';

type StepList = Awaited<ReturnType<typeof stuckSteps>>;
type Step = StepList['items'][number];

const PAGE_SIZE = 50;
/** While a retry runs, the lists are read again this often, until it has gone through or stuck again. */
const POLL_MS = 2_000;

export function OperationsPage() {
  const w = useWords(WORDS);
  const [openPage, setOpenPage] = useQueryParam('page');
  const [resolvedPage, setResolvedPage] = useQueryParam('resolvedPage');
  const open = useApi<StepList>('/api/operations/stuck-steps', {
    status: 'open',
    page: Number(openPage) || 1,
    pageSize: PAGE_SIZE,
  });
  const resolved = useApi<StepList>('/api/operations/stuck-steps', {
    status: 'resolved',
    page: Number(resolvedPage) || 1,
    pageSize: PAGE_SIZE,
  });
  // A retried step shows as retrying until the list says it went through (it leaves the list) or failed again (a new
  // last failure): the workflow records the retry a moment after the API accepted it.
  const [retried, setRetried] = useState<Record<string, string>>({});
  const isRetrying = (s: Step) => s.status === 'RETRYING' || retried[s.id] === s.lastFailedAt;
  const retrying = open.data?.items.some(isRetrying) ?? false;
  useEffect(() => {
    if (!retrying) return;
    const timer = setInterval(() => {
      open.reload();
      resolved.reload();
    }, POLL_MS);
    return () => clearInterval(timer);
  }, [retrying, open.reload, resolved.reload]);

  return (
    <div className="operations">
      <PageHeader title={w('title')} subtitle={w('subtitle')} />
      <FrozenCases />
      <Loaded state={open}>
        {(list) => (
          <Card title={w('waiting')}>
            {list.items.length ? (
              STEP_GROUPS.map((g) => {
                const steps = list.items.filter((s) => stepGroup(s.kind) === g);
                return steps.length ? (
                  <WaitingSteps
                    key={g}
                    group={g}
                    steps={steps}
                    isRetrying={isRetrying}
                    onRetried={(done) =>
                      setRetried((r) => ({ ...r, ...Object.fromEntries(done.map((d) => [d.id, d.lastFailedAt])) }))
                    }
                    reload={open.reload}
                  />
                ) : null;
              })
            ) : (
              <Empty>{w('nothingWaiting')}</Empty>
            )}
            <Pager
              page={list.page}
              pageSize={list.pageSize}
              total={list.total}
              onPage={(p) => setOpenPage(String(p))}
            />
          </Card>
        )}
      </Loaded>
      <LateReferrals />
      <Loaded state={resolved}>
        {(list) => (
          <Card title={w('resolved')}>
            <ResolvedSteps steps={list.items} />
            <Pager
              page={list.page}
              pageSize={list.pageSize}
              total={list.total}
              onPage={(p) => setResolvedPage(String(p))}
            />
          </Card>
        )}
      </Loaded>
    </div>
  );
}

/** The step's case: its timeline for those who may inspect the organisation's cases, else its number. */
function CaseCell({ step }: { step: Step }) {
  const w = useWords(WORDS);
  const { can } = useSession();
  const user = useUser();
  if (step.caseId == null) return <>—</>;
  const text = w('caseNumber', { id: step.caseId });
  return can('case.inspect') && step.organisationId === user.organisationId ? (
    <Link to={`/cases/${step.caseId}/timeline`}>{text}</Link>
  ) : (
    <>{text}</>
  );
}

/** The step's run in Temporal's Web UI, where its attempts and errors are in the workflow's history. */
function TemporalCell({ step }: { step: Step }) {
  const { label } = useI18n();
  return <RunLink className="temporal-link" url={step.temporalUiUrl} of={label(describeStep(step))} />;
}

function useStepColumns(): Column<Step>[] {
  const w = useWords(WORDS);
  const { label } = useI18n();
  return [
    // What the step does, with its run in Temporal below it; the case with its organisation below it: two columns
    // fewer, so the table fits a 1280 px screen.
    {
      key: 'step',
      header: w('step'),
      cell: (s) => (
        <span className="stacked">
          <span>{label(describeStep(s))}</span>
          <TemporalCell step={s} />
        </span>
      ),
      primary: true,
      className: 'col-step',
    },
    {
      key: 'case',
      header: w('caseAndOrganisation'),
      cell: (s) => (
        <span className="stacked">
          <CaseCell step={s} />
          <span className="muted">{s.organisation ?? '—'}</span>
        </span>
      ),
    },
  ];
}

/** The error in plain words in the reader's language; what the library or outside system said, for engineering,
 * behind a disclosure. */
function ErrorCell({ step }: { step: Step }) {
  const { label } = useI18n();
  const w = useWords(WORDS);
  if (!step.lastError) return <>—</>;
  const explained = step.problem ?? step.failure;
  return (
    <>
      {explained && <p className="step-problem">{label(explained)}</p>}
      <details className="step-details">
        <summary>{w('details')}</summary>
        <span className="step-error" lang="en">
          {step.lastError}
        </span>
      </details>
    </>
  );
}

function WaitingSteps(props: {
  group: (typeof STEP_GROUPS)[number];
  steps: Step[];
  isRetrying(step: Step): boolean;
  onRetried(steps: Step[]): void;
  reload(): void;
}) {
  const w = useWords(WORDS);
  const { label, dateTime, number } = useI18n();
  const { can } = useSession();
  const toast = useToast();
  const [sending, setSending] = useState<string | null>(null);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const retryable = props.steps.filter((s) => !props.isRetrying(s));
  const chosen = retryable.filter((s) => selected.has(s.id));
  const toggle = (id: string, on: boolean) =>
    setSelected((was) => {
      const next = new Set(was);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  const retry = async (s: Step, resolution?: string) => {
    setSending(s.id);
    try {
      await api.post(`/api/operations/stuck-steps/${encodeURIComponent(s.id)}/retry`, {
        body: resolution ? { resolution } : {},
        idempotencyKey: newIdempotencyKey(),
      });
      toast(w('retried', { step: label(describeStep(s)) }));
      props.onRetried([s]);
    } catch (e) {
      toast(e instanceof ApiError ? e.body.message : String(e), 'error');
      props.reload();
    } finally {
      setSending(null);
    }
  };
  /** The selected steps, or every one of this kind: one request, each step retried as a single retry would be. */
  const retryMany = async (steps: Step[]) => {
    setSending('batch');
    try {
      const done = await api.post<{ message: string; messageFr: string; results: { id: string; outcome: string }[] }>(
        '/api/operations/stuck-steps/retry',
        { body: { group: props.group, stepIds: steps.map((s) => s.id) }, idempotencyKey: newIdempotencyKey() },
      );
      toast(label({ en: done.message, fr: done.messageFr }));
      props.onRetried(steps.filter((s) => done.results.some((r) => r.id === s.id && r.outcome === 'RETRIED')));
      setSelected(new Set());
      props.reload();
    } catch (e) {
      toast(e instanceof ApiError ? e.body.message : String(e), 'error');
      props.reload();
    } finally {
      setSending(null);
    }
  };
  const columns: Column<Step>[] = [
    ...(can('ops.retry')
      ? [
          {
            key: 'select',
            header: w('select'),
            cell: (s: Step) =>
              props.isRetrying(s) ? null : (
                <input
                  type="checkbox"
                  checked={selected.has(s.id)}
                  onChange={(e) => toggle(s.id, e.target.checked)}
                  aria-label={w('selectStep', { step: label(describeStep(s)), id: s.caseId ?? s.id })}
                />
              ),
          },
        ]
      : []),
    ...useStepColumns(),
    { key: 'error', header: w('error'), cell: (s) => <ErrorCell step={s} />, className: 'col-error' },
    { key: 'attempts', header: w('attempts'), cell: (s) => number(s.attempts) },
    {
      key: 'failures',
      header: w('failures'),
      className: 'col-failures',
      cell: (s) => (
        <span className="failures">
          <span>{w('first', { at: dateTime(s.firstFailedAt) })}</span>
          <span>{w('last', { at: dateTime(s.lastFailedAt) })}</span>
        </span>
      ),
    },
    {
      key: 'next',
      header: w('nextRetry'),
      cell: (s) =>
        props.isRetrying(s) ? '—' : s.nextAutomaticRetryAt ? dateTime(s.nextAutomaticRetryAt) : w('noAutomaticRetry'),
    },
    {
      key: 'status',
      header: w('status'),
      cell: (s) =>
        props.isRetrying(s) ? <Badge tone="info">{w('retrying')}</Badge> : <Badge tone="warning">{w('stuck')}</Badge>,
    },
    ...(can('ops.retry')
      ? [
          {
            key: 'actions',
            header: w('actions'),
            className: 'col-actions',
            cell: (s: Step) =>
              props.isRetrying(s) ? (
                '—'
              ) : (
                <span className="step-actions">
                  <button type="button" onClick={() => void retry(s)} disabled={sending !== null}>
                    {w('retry')}
                    <span className="visually-hidden"> – {label(describeStep(s))}</span>
                  </button>
                  {s.resolutions.map((r) => (
                    <button
                      key={r.code}
                      type="button"
                      className="secondary"
                      onClick={() => void retry(s, r.code)}
                      disabled={sending !== null}
                    >
                      {label(r.label)}
                      <span className="visually-hidden"> – {label(describeStep(s))}</span>
                    </button>
                  ))}
                </span>
              ),
          },
        ]
      : []),
  ];
  const title = `${label(STEP_GROUP_LABELS[props.group])} (${number(props.steps.length)})`;
  return (
    <section aria-labelledby={`group-${props.group}`} className="step-group">
      <h3 id={`group-${props.group}`}>{title}</h3>
      {can('ops.retry') && retryable.length > 1 && (
        <div className="actions">
          <button type="button" disabled={sending !== null || !chosen.length} onClick={() => void retryMany(chosen)}>
            {w('retrySelected', { n: number(chosen.length) })}
          </button>
          <button
            type="button"
            className="secondary"
            disabled={sending !== null}
            onClick={() => void retryMany(retryable)}
          >
            {w('retryAll', { n: number(retryable.length) })}
          </button>
        </div>
      )}
      <DataTable caption={title} columns={columns} rows={props.steps} rowKey={(s) => s.id} empty="" />
    </section>
  );
}

function ResolvedSteps({ steps }: { steps: Step[] }) {
  const w = useWords(WORDS);
  const { dateTime, number } = useI18n();
  const columns: Column<Step>[] = [
    ...useStepColumns(),
    { key: 'attempts', header: w('attempts'), cell: (s) => number(s.attempts) },
    { key: 'retries', header: w('retries'), cell: (s) => number(s.retries) },
    { key: 'by', header: w('lastRetriedBy'), cell: (s) => s.lastRetriedBy ?? '—' },
    { key: 'first', header: w('firstFailure'), cell: (s) => dateTime(s.firstFailedAt) },
    { key: 'resolved', header: w('resolvedAt'), cell: (s) => dateTime(s.resolvedAt) },
  ];
  return (
    <DataTable caption={w('resolved')} columns={columns} rows={steps} rowKey={(s) => s.id} empty={w('noneResolved')} />
  );
}
