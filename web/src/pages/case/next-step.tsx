// The one next step of the case: the open stage task with its due date, the outcomes it accepts and where each
// takes the case (R-CASE-20), what it still needs before it can be done (R-CASE-27/28/29, R-PM-09) and the button
// that completes it. A refusal shows beside the form; an outcome that closes the case asks first (R-CASE-25).
import { useId, useState } from 'react';
import {
  REASON_LABELS,
  STATUS_LABELS,
  TASK_LABELS,
  TASK_OUTCOMES,
  type StatusReason,
  type TaskType,
} from '../../../../domain/case-model.ts';
import { completeTaskSchema } from '../../../../domain/schemas/case.ts';
import { api } from '../../api/client.ts';
import { useQueryParam } from '../../app/router.tsx';
import { useSession } from '../../app/session.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { defineWords, useWords } from '../../i18n/words.ts';
import { ConfirmDialog } from '../../ui/confirm.tsx';
import { Form, RadioGroup, useForm } from '../../ui/form.tsx';
import { Badge } from '../../ui/layout.tsx';
import { labelOf } from './codes.ts';
import { openStageTask, prerequisites, type Check } from './next-step-rules.ts';
import type { CaseDetails, SectionProps } from './section.ts';
import { CASE_WORDS } from './words.ts';

const WORDS = defineWords({
  en: {
    title: 'Next step',
    closedTitle: 'Case closed',
    outcome: 'Outcome',
    movesTo: 'Moves the case to {stage}.',
    closes: 'Closes the case.',
    complete: 'Complete the task',
    before: 'Before “{outcome}”:',
    beforeAny: 'Before the task can be completed:',
    needs: 'A needs determination is completed',
    module: 'Additional Case Information “{module}” is completed',
    intervention: 'The plan has at least one intervention',
    interventionsClosed: 'Every intervention is Complete or Not Complete',
    stillOpen: '{n} still planned or in progress',
    closureOutcome: 'The RTWAP Closure employment outcome is recorded (Outcomes tab)',
    signFirst: 'Print the plan and sign it with the client before choosing “{outcome}”.',
    confirmTitle: 'Close the case with “{outcome}”?',
    confirmText: 'This outcome closes the case for good: it can never be reopened.',
    confirm: 'Complete and close the case',
    moved: '{task} done: the case is now in {stage}.',
    closed: '{task} done: the case is closed.',
    viewOnly: 'You can read this case; completing its steps needs the ECM Case Manager profile.',
    caseClosed: 'This case was closed on {date}: {reason}. It can no longer change.',
    followUp: 'Record the follow-up outcomes in the Outcomes tab when they are due:',
    toOutcomes: 'Go to Outcomes',
    nothingOpen: 'No step is open on this case.',
    received: 'This case was transferred to your organisation. Acknowledge that you have received it.',
    acknowledge: 'Acknowledge receipt',
    acknowledged: 'Receipt of case {id} acknowledged.',
    resign:
      'A funded intervention was added after the plan was signed. Print the plan, sign it with the client and keep ' +
      'the signed copy.',
    signedKept: 'The signed copy is kept',
    resigned: 'The newly signed plan of case {id} is kept.',
  },
  fr: {
    title: 'Prochaine étape',
    closedTitle: 'Cas fermé',
    outcome: 'Résultat',
    movesTo: 'Fait passer le cas à l’étape {stage}.',
    closes: 'Ferme le cas.',
    complete: 'Terminer la tâche',
    before: 'Avant « {outcome} » :',
    beforeAny: 'Avant de terminer la tâche :',
    needs: 'Une détermination des besoins est terminée',
    module: 'Les renseignements supplémentaires « {module} » sont terminés',
    intervention: 'Le plan compte au moins une intervention',
    interventionsClosed: 'Chaque intervention est terminée ou non terminée',
    stillOpen: '{n} encore prévue(s) ou en cours',
    closureOutcome: 'Le résultat d’emploi de fermeture du PARAT est enregistré (onglet Résultats)',
    signFirst: 'Imprimez le plan et faites-le signer au client avant de choisir « {outcome} ».',
    confirmTitle: 'Fermer le cas avec « {outcome} » ?',
    confirmText: 'Ce résultat ferme le cas pour de bon : il ne pourra jamais être rouvert.',
    confirm: 'Terminer et fermer le cas',
    moved: '{task} : fait. Le cas est maintenant à l’étape {stage}.',
    closed: '{task} : fait. Le cas est fermé.',
    viewOnly: 'Vous pouvez consulter ce cas; terminer ses étapes exige le profil Gestionnaire de cas.',
    caseClosed: 'Ce cas a été fermé le {date} : {reason}. Il ne peut plus changer.',
    followUp: 'Enregistrez les résultats de suivi dans l’onglet Résultats à leur échéance :',
    toOutcomes: 'Aller aux résultats',
    nothingOpen: 'Aucune étape n’est ouverte dans ce cas.',
    received: 'Ce cas a été transféré à votre organisme. Confirmez que vous l’avez reçu.',
    acknowledge: 'Confirmer la réception',
    acknowledged: 'Réception du cas {id} confirmée.',
    resign:
      'Une intervention financée a été ajoutée après la signature du plan. Imprimez le plan, signez-le avec le ' +
      'client et conservez la copie signée.',
    signedKept: 'La copie signée est conservée',
    resigned: 'Le plan signé de nouveau du cas {id} est conservé.',
  },
});

type Task = CaseDetails['tasks'][number];

export function NextStep(props: SectionProps) {
  const { c } = props;
  const w = useWords(WORDS);
  const { label, date } = useI18n();
  const { can } = useSession();
  const titleId = useId();
  const received = c.tasks.find((t) => t.state === 'OPEN' && t.type === 'CASE_RECEIVED');
  const resign = c.tasks.find((t) => t.state === 'OPEN' && t.type === 'REQUEST_DOCUMENTATION');
  const task = openStageTask(c);
  const followUps = c.tasks.filter((t) => t.state === 'OPEN' && t.type.startsWith('WEEK_'));
  let body;
  if (c.status === 'CLOSED') {
    body = (
      <p>{w('caseClosed', { date: date(c.statusSince), reason: label(labelOf(REASON_LABELS, c.closedReason)) })}</p>
    );
  } else if (task) {
    // A new task, or a change in what it needs, starts the form afresh: an earlier refusal no longer applies.
    const needs = prerequisites(c, task.type).checks.map((x) => x.done);
    body = <StageTask key={`${task.id}-${needs.join()}`} {...props} task={task} />;
  } else if (followUps.length) {
    body = <FollowUpTasks tasks={followUps} />;
  } else {
    body = <p className="muted">{w('nothingOpen')}</p>;
  }
  return (
    <section className="card next-step" aria-labelledby={titleId}>
      <h2 id={titleId}>{c.status === 'CLOSED' ? w('closedTitle') : w('title')}</h2>
      {received && can('case.update') && (
        <Acknowledge {...props} task={received} text={w('received')} submit={w('acknowledge')} done="acknowledged" />
      )}
      {resign && can('case.update') && (
        <Acknowledge {...props} task={resign} text={w('resign')} submit={w('signedKept')} done="resigned" />
      )}
      {body}
    </section>
  );
}

function TaskLine({ task }: { task: Task }) {
  const { label, date } = useI18n();
  const cw = useWords(CASE_WORDS);
  return (
    <p className="task-line">
      <strong>{label(labelOf(TASK_LABELS, task.type))}</strong>
      {task.dueDate && <span> · {cw('due', { date: date(task.dueDate) })}</span>}
      {task.overdue && (
        <>
          {' '}
          <Badge tone="danger">{cw('overdue')}</Badge>
        </>
      )}
    </p>
  );
}

function StageTask(props: SectionProps & { task: Task }) {
  const { c, task } = props;
  const w = useWords(WORDS);
  const { label } = useI18n();
  const { can } = useSession();
  const [asking, setAsking] = useState(false);
  const rules = TASK_OUTCOMES[task.type as TaskType] ?? {};
  const codes = Object.keys(rules);
  const forward = codes.find((o) => rules[o].to !== 'CLOSED') ?? '';
  const pre = prerequisites(c, task.type);
  const taskName = label(labelOf(TASK_LABELS, task.type));
  const form = useForm({
    initial: { outcome: forward },
    schema: completeTaskSchema,
    send: (body, key) =>
      api.post<CaseDetails>(`/api/cases/${c.id}/tasks/${task.id}/complete`, { body, idempotencyKey: key }),
    success: (r) =>
      r.status === 'CLOSED'
        ? w('closed', { task: taskName })
        : w('moved', { task: taskName, stage: label(labelOf(STATUS_LABELS, r.status)) }),
    done: props.replace,
  });
  const chosen = rules[form.values.outcome];
  const outcomeName = (o: string) => label(rules[o]?.label);
  // An outcome that closes the case is asked about first; the others go straight to the server.
  const submit = {
    ...form,
    onSubmit: async (e?: { preventDefault(): void }) => {
      e?.preventDefault();
      if (chosen?.to === 'CLOSED') setAsking(true);
      else await form.onSubmit();
    },
  };
  return (
    <>
      <TaskLine task={task} />
      {pre.checks.length > 0 && (
        <div className="checklist-block">
          <p>
            {pre.gated.length === codes.length
              ? w('beforeAny')
              : w('before', { outcome: pre.gated.map(outcomeName).join(', ') })}
          </p>
          <ul className="checklist">
            {pre.checks.map((check, i) => (
              <CheckItem key={i} check={check} />
            ))}
          </ul>
        </div>
      )}
      {task.type === 'DEVELOP_ACTION_PLAN' && (
        <p className="hint">{w('signFirst', { outcome: outcomeName(forward) })}</p>
      )}
      {can('case.update') ? (
        <Form form={submit} label={taskName} submit={w('complete')} className="next-step-form">
          <RadioGroup
            form={form}
            name="outcome"
            label={w('outcome')}
            required
            options={codes.map((o) => ({
              value: o,
              label: outcomeName(o),
              hint:
                rules[o].to === 'CLOSED'
                  ? w('closes')
                  : w('movesTo', { stage: label(labelOf(STATUS_LABELS, rules[o].to)) }),
            }))}
          />
        </Form>
      ) : (
        <p className="muted">{w('viewOnly')}</p>
      )}
      <ConfirmDialog
        open={asking}
        title={w('confirmTitle', { outcome: outcomeName(form.values.outcome) })}
        confirm={w('confirm')}
        danger
        onCancel={() => setAsking(false)}
        onConfirm={() => {
          setAsking(false);
          void form.onSubmit();
        }}
      >
        <p>{w('confirmText')}</p>
        <p className="muted">{label(REASON_LABELS[chosen?.reason as StatusReason])}</p>
      </ConfirmDialog>
    </>
  );
}

function CheckItem({ check }: { check: Check }) {
  const w = useWords(WORDS);
  const cw = useWords(CASE_WORDS);
  const { label } = useI18n();
  const [, choose] = useQueryParam('tab');
  const text =
    check.id === 'module'
      ? w('module', { module: label(check.module) })
      : check.id === 'interventionsClosed' && !check.done
        ? `${w('interventionsClosed')} (${w('stillOpen', { n: check.open })})`
        : w(check.id);
  return (
    <li className={check.done ? 'check-done' : 'check-todo'}>
      <span className="check-mark" aria-hidden="true">
        {check.done ? '✓' : '○'}
      </span>
      <span>
        {text} <Badge tone={check.done ? 'success' : 'warning'}>{check.done ? cw('done') : cw('toDo')}</Badge>
        {!check.done && check.id === 'closureOutcome' && (
          <>
            {' '}
            <button type="button" className="link" onClick={() => choose('outcomes')}>
              {w('toOutcomes')}
            </button>
          </>
        )}
      </span>
    </li>
  );
}

function FollowUpTasks({ tasks }: { tasks: Task[] }) {
  const w = useWords(WORDS);
  const [, choose] = useQueryParam('tab');
  return (
    <>
      <p>{w('followUp')}</p>
      {tasks.map((t) => (
        <TaskLine key={t.id} task={t} />
      ))}
      <button type="button" className="secondary" onClick={() => choose('outcomes')}>
        {w('toOutcomes')}
      </button>
    </>
  );
}

/**
 * A side task the case manager closes by acknowledging it: a transferred case received (R-REF-19), a newly signed
 * plan kept after a funded intervention was added (R-PLAN-08, R-PM-08).
 */
function Acknowledge(
  props: SectionProps & { task: Task; text: string; submit: string; done: 'acknowledged' | 'resigned' },
) {
  const w = useWords(WORDS);
  const form = useForm({
    initial: { outcome: 'ACKNOWLEDGED' },
    send: (body, key) =>
      api.post<CaseDetails>(`/api/cases/${props.c.id}/tasks/${props.task.id}/complete`, { body, idempotencyKey: key }),
    success: (r) => w(props.done, { id: r.id }),
    done: props.replace,
  });
  return (
    <div className="notice">
      <TaskLine task={props.task} />
      <p>{props.text}</p>
      <Form form={form} label={props.submit} submit={props.submit}>
        {null}
      </Form>
    </div>
  );
}
