// Additional Case Information (R-ASM-01..05): the organisation's modules and questions in its order, each module
// saved on its own, In Progress once answered and Completed only when marked so with its required questions
// answered; a required module must be Completed before the assessment (R-CASE-28).
// The section is the seed's Case Information screen: its modules listed with their status, one opened at a time
// (?module=, so the address says where the user is). A module's Save returns to the case home, Next opens the
// following module in the organisation's order, Submit returns to this list (R-ASM-05).
import { useId, useRef } from 'react';
import { MODULE_STATUS_LABELS, type InfoQuestion } from '../../../../domain/additional-info.ts';
import type { Answer } from '../../../../domain/case-state.ts';
import { moduleAnswersSchema } from '../../../../domain/schemas/case.ts';
import { api } from '../../api/client.ts';
import { useQueryParam } from '../../app/router.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { defineWords, useWords } from '../../i18n/words.ts';
import { Checkbox, FieldShell, Form, useForm, type FormState } from '../../ui/form.tsx';
import { Badge, Empty, Facts } from '../../ui/layout.tsx';
import { labelOf } from './codes.ts';
import type { CaseDetails, SectionProps } from './section.ts';
import { CASE_WORDS } from './words.ts';

const WORDS = defineWords({
  en: {
    title: 'Additional Case Information',
    none: 'Your organisation collects no additional case information.',
    required: 'Required',
    updated: 'Last updated {date}',
    complete: 'This module is complete',
    completeHint: 'Every required question must be answered first.',
    save: 'Save {module}',
    saved: '{module} saved: {status}.',
    next: 'Next: {module}',
    submit: 'Submit',
    buttonsHint: 'Save returns to the case home; Next saves and opens the next module; Submit saves and returns here.',
    unanswered: 'Not answered',
  },
  fr: {
    title: 'Renseignements supplémentaires sur le cas',
    none: 'Votre organisme ne recueille aucun renseignement supplémentaire sur le cas.',
    required: 'Obligatoire',
    updated: 'Mis à jour le {date}',
    complete: 'Ce module est terminé',
    completeHint: "Il faut d'abord répondre à chaque question obligatoire.",
    save: 'Enregistrer : {module}',
    saved: '{module} enregistré : {status}.',
    next: 'Suivant : {module}',
    submit: 'Soumettre',
    buttonsHint:
      "Enregistrer ramène à l'accueil du cas; Suivant enregistre et ouvre le module suivant; Soumettre enregistre " +
      'et ramène ici.',
    unanswered: 'Sans réponse',
  },
});

type Module = CaseDetails['additionalInfo'][number];
type Values = { answers: Record<string, Answer>; completed: boolean };

/** Where a module's buttons take the user (R-ASM-05). */
type Then = 'home' | 'next' | 'list';

/** Moves the focus (and the view) to where the user was sent, once the page shows it. */
function goTo(find: () => HTMLElement | null, top = false) {
  requestAnimationFrame(() => {
    const el = find();
    el?.focus();
    if (top) window.scrollTo(0, 0);
    else el?.scrollIntoView({ block: 'start' });
  });
}

export function AdditionalInfoWork(props: SectionProps & { editable: boolean }) {
  const w = useWords(WORDS);
  const { c } = props;
  const id = useId();
  const [open, setOpen] = useQueryParam('module');
  const summaryId = (code: string) => `${id}-${code}`;
  const after = (m: Module, then: Then) => {
    const i = c.additionalInfo.findIndex((x) => x.moduleCode === m.moduleCode);
    const next = c.additionalInfo[i + 1];
    if (then === 'next' && next) {
      setOpen(next.moduleCode);
      return goTo(() => document.getElementById(summaryId(next.moduleCode)));
    }
    setOpen(null);
    if (then === 'list') return goTo(() => document.getElementById(`${id}-title`));
    // The case home: the top of the case, its name in focus.
    goTo(() => document.querySelector<HTMLElement>('.case-workspace h1'), true);
  };
  return (
    <section className="stage-part" aria-label={w('title')}>
      <h3 id={`${id}-title`} tabIndex={-1}>
        {w('title')}
      </h3>
      {c.additionalInfo.length === 0 ? (
        <Empty>{w('none')}</Empty>
      ) : (
        c.additionalInfo.map((m, i) => (
          <details
            key={m.moduleCode}
            className="module"
            open={open === m.moduleCode}
            onToggle={(e) => {
              const shown = e.currentTarget.open;
              if (shown && open !== m.moduleCode) setOpen(m.moduleCode);
              if (!shown && open === m.moduleCode) setOpen(null);
            }}
          >
            <summary id={summaryId(m.moduleCode)}>
              <ModuleTitle m={m} />
            </summary>
            {props.editable ? (
              <ModuleForm
                key={String(m.lastUpdated)}
                {...props}
                m={m}
                next={c.additionalInfo[i + 1]}
                onDone={(then) => after(m, then)}
              />
            ) : (
              <ModuleAnswers m={m} />
            )}
          </details>
        ))
      )}
    </section>
  );
}

function ModuleTitle({ m }: { m: Module }) {
  const w = useWords(WORDS);
  const { label, date } = useI18n();
  return (
    <span className="module-title">
      <strong>{label(m.label)}</strong>
      {m.required && <Badge tone="info">{w('required')}</Badge>}
      <Badge tone={m.status === 'COMPLETED' ? 'success' : m.status === 'IN_PROGRESS' ? 'warning' : 'neutral'}>
        {label(labelOf(MODULE_STATUS_LABELS, m.status))}
      </Badge>
      {m.lastUpdated && <span className="muted">{w('updated', { date: date(String(m.lastUpdated)) })}</span>}
    </span>
  );
}

function ModuleAnswers({ m }: { m: Module }) {
  const cw = useWords(CASE_WORDS);
  const show = (a: unknown) =>
    typeof a === 'boolean' ? (a ? cw('yes') : cw('no')) : Array.isArray(a) ? a.join(', ') : (a as string | undefined);
  return <Facts items={m.questions.map((q) => [q.text, show(m.answers[String(q.id)])])} />;
}

function ModuleForm(props: SectionProps & { m: Module; next?: Module; onDone(then: Then): void }) {
  const { c, m } = props;
  const w = useWords(WORDS);
  const { label } = useI18n();
  const moduleName = label(m.label);
  // Which button sent the form: the one clicked, or Save when Enter sent it (the browser clicks the first button).
  const then = useRef<Then>('home');
  const form = useForm({
    initial: { answers: m.answers as Record<string, Answer>, completed: m.status === 'COMPLETED' } as Values,
    schema: moduleAnswersSchema,
    send: (body, key) =>
      api.put<CaseDetails>(`/api/cases/${c.id}/additional-info/${m.moduleCode}`, { body, idempotencyKey: key }),
    success: (r) => {
      const status = r.additionalInfo.find((x) => x.moduleCode === m.moduleCode)?.status;
      return w('saved', { module: moduleName, status: label(labelOf(MODULE_STATUS_LABELS, status)) });
    },
    done: (r) => {
      props.replace(r);
      props.onDone(then.current);
    },
  });
  const hintId = useId();
  return (
    <div
      onClickCapture={(e) => {
        const button = (e.target as HTMLElement).closest<HTMLButtonElement>('button[type="submit"]');
        if (button) then.current = (button.dataset.then as Then | undefined) ?? 'home';
      }}
    >
      <Form
        form={form}
        label={moduleName}
        submit={w('save', { module: moduleName })}
        secondary={
          <>
            {props.next && (
              <button type="submit" className="secondary" data-then="next" aria-describedby={hintId}>
                {w('next', { module: label(props.next.label) })}
              </button>
            )}
            <button type="submit" className="secondary" data-then="list" aria-describedby={hintId}>
              {w('submit')}
            </button>
          </>
        }
      >
        {m.questions.map((q) => (
          <Question key={q.id} q={q} form={form} />
        ))}
        <Checkbox form={form} name="completed" label={w('complete')} hint={w('completeHint')} />
        <p className="hint" id={hintId}>
          {w('buttonsHint')}
        </p>
      </Form>
    </div>
  );
}

/** One question, answered the way its type asks (R-ASM-01): a list, several boxes, a yes or no, or text. */
function Question({ q, form }: { q: InfoQuestion; form: FormState<Values> }) {
  const { t } = useI18n();
  const w = useWords(WORDS);
  const cw = useWords(CASE_WORDS);
  const id = useId();
  const key = String(q.id);
  const value = form.values.answers[key];
  const error = form.errors[`answers.${key}`];
  const set = (a: Answer) => form.set('answers', { ...form.values.answers, [key]: a });
  // A yes or no is a choice of its own: no ticking and unticking to say no; an optional question may stay unanswered.
  if (q.answerType === 'CHECKBOX') {
    const unset = () => {
      const { [key]: _dropped, ...rest } = form.values.answers;
      form.set('answers', rest);
    };
    const choices: [string, boolean | undefined][] = [
      [cw('yes'), true],
      [cw('no'), false],
      ...(q.required ? [] : ([[w('unanswered'), undefined]] as [string, undefined][])),
    ];
    return (
      <fieldset className={`field radio-group yes-no ${error ? 'field-invalid' : ''}`}>
        <QuestionLegend q={q} />
        {choices.map(([text, answer]) => (
          <label key={text} className="radio">
            <input
              type="radio"
              name={id}
              checked={typeof value === 'boolean' ? value === answer : answer === undefined}
              onChange={() => (answer === undefined ? unset() : set(answer))}
            />
            <span>{text}</span>
          </label>
        ))}
        {error && <p className="field-error">{error}</p>}
      </fieldset>
    );
  }
  if (q.answerType === 'PICKLIST_MULTI') {
    const chosen = Array.isArray(value) ? value : [];
    return (
      <fieldset className={`field radio-group ${error ? 'field-invalid' : ''}`}>
        <QuestionLegend q={q} />
        {q.options.map((o) => (
          <label key={o} className="radio">
            <input
              type="checkbox"
              checked={chosen.includes(o)}
              onChange={(e) => set(e.target.checked ? [...chosen, o] : chosen.filter((x) => x !== o))}
            />
            <span>{o}</span>
          </label>
        ))}
        {error && <p className="field-error">{error}</p>}
      </fieldset>
    );
  }
  return (
    <FieldShell label={q.text} required={q.required} error={error}>
      {(a) =>
        q.answerType === 'DROPDOWN' ? (
          <select
            id={a.id}
            aria-describedby={a.describedBy}
            aria-invalid={a.invalid || undefined}
            value={typeof value === 'string' ? value : ''}
            onChange={(e) => set(e.target.value)}
          >
            <option value="">{t('choose')}</option>
            {q.options.map((o) => (
              <option key={o}>{o}</option>
            ))}
          </select>
        ) : (
          <textarea
            id={a.id}
            rows={2}
            aria-describedby={a.describedBy}
            aria-invalid={a.invalid || undefined}
            value={typeof value === 'string' ? value : ''}
            onChange={(e) => set(e.target.value)}
          />
        )
      }
    </FieldShell>
  );
}

/** A question asked with several choices: its text, marked when it must be answered. */
function QuestionLegend({ q }: { q: InfoQuestion }) {
  return (
    <legend>
      {q.text}
      {q.required && (
        <span className="required" aria-hidden="true">
          {' '}
          *
        </span>
      )}
    </legend>
  );
}
