// The return-to-work action plan (R-PLAN-01..04, spec 02 §RTWAP management): the employment goal and identified
// needs from the latest needs determination, the interventions with their dates and status, the printable plan,
// and, while the plan is developed or managed, adding and changing interventions. No global save: each change is
// saved on its own (R-PLAN-02).
import { useState } from 'react';
import { INTERVENTION_STATUS_LABELS, NON_COMPLETION_REASON_LABELS } from '../../../../domain/interventions.ts';
import {
  DELIVERY_MODELS,
  EMPLOYABILITY_DIMENSIONS,
  EMPLOYMENT_GOALS,
  FUNDING_TYPES,
  INTERVENTION_TYPES,
} from '../../../../domain/reference.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { defineWords, useWords } from '../../i18n/words.ts';
import { DataTable } from '../../ui/data-table.tsx';
import { Badge, Card, Facts } from '../../ui/layout.tsx';
import { labelOf } from './codes.ts';
import { InterventionActions } from './intervention-actions.tsx';
import { InterventionForm, INTERVENTION_WORDS } from './intervention-form.tsx';
import { useNocTitle } from './needs-determination.tsx';
import { CASE_WORDS } from './words.ts';
import type { CaseDetails, SectionProps } from './section.ts';

const WORDS = defineWords({
  en: {
    title: 'Return to Work Action Plan',
    goal: 'Employment goal',
    job: 'Job preference 1',
    needs: 'Identified needs',
    endDate: 'Interventions end date',
    print: 'Print or view the plan',
    printHint: 'opens in a new tab',
    add: 'Add an intervention',
    cancelAdd: 'Cancel the new intervention',
    interventions: 'Interventions',
    none: 'No intervention yet: add the first one.',
    noneRead: 'The plan had no intervention.',
    hideClosed: 'Hide closed interventions',
    intervention: 'Intervention',
    dates: 'Planned dates',
    status: 'Status',
    funding: 'Funding',
    actions: 'Actions',
    fundingRequested: 'Funding requested: {answer}',
    endedOn: 'ended {date}',
  },
  fr: {
    title: "Plan d'action pour le retour au travail",
    goal: "Objectif d'emploi",
    job: 'Préférence de travail 1',
    needs: 'Besoins déterminés',
    endDate: 'Date de fin des interventions',
    print: 'Imprimer ou consulter le plan',
    printHint: "s'ouvre dans un nouvel onglet",
    add: 'Ajouter une intervention',
    cancelAdd: 'Annuler la nouvelle intervention',
    interventions: 'Interventions',
    none: 'Aucune intervention pour l’instant : ajoutez la première.',
    noneRead: "Le plan n'avait aucune intervention.",
    hideClosed: 'Masquer les interventions fermées',
    intervention: 'Intervention',
    dates: 'Dates prévues',
    status: 'État',
    funding: 'Financement',
    actions: 'Actions',
    fundingRequested: 'Financement demandé : {answer}',
    endedOn: 'terminée le {date}',
  },
});

type Intervention = CaseDetails['actionPlan']['interventions'][number];

export function ActionPlan(props: SectionProps & { editable: boolean }) {
  const { c, editable } = props;
  const w = useWords(WORDS);
  const iw = useWords(INTERVENTION_WORDS);
  const cw = useWords(CASE_WORDS);
  const { label, date, lang } = useI18n();
  const noc = useNocTitle();
  const [adding, setAdding] = useState(false);
  const [hideClosed, setHideClosed] = useState(false);
  const plan = c.actionPlan;
  const closed = (i: Intervention) => i.status === 'COMPLETED' || i.status === 'NOT_COMPLETED';
  const rows = hideClosed ? plan.interventions.filter((i) => !closed(i)) : plan.interventions;
  const toneOf = (s: string) =>
    s === 'COMPLETED' ? 'success' : s === 'NOT_COMPLETED' ? 'warning' : s === 'IN_PROGRESS' ? 'info' : 'neutral';
  return (
    <section className="stage-part" aria-label={w('title')}>
      <div className="card-header">
        <h3>{w('title')}</h3>
        <div className="actions">
          <a href={`/api/cases/${c.id}/plan?lang=${lang}`} target="_blank" rel="noopener">
            {w('print')} <span className="visually-hidden">({w('printHint')})</span>
          </a>
          {editable && (
            <button type="button" className={adding ? 'secondary' : undefined} onClick={() => setAdding(!adding)}>
              {adding ? w('cancelAdd') : w('add')}
            </button>
          )}
        </div>
      </div>
      <Facts
        items={[
          [w('goal'), label(labelOf(EMPLOYMENT_GOALS, c.employmentGoal))],
          [w('job'), c.jobPreference1 ? `${c.jobPreference1.label} (${noc(c.jobPreference1.nocCode)})` : null],
          [w('needs'), plan.identifiedNeeds.map((d) => label(labelOf(EMPLOYABILITY_DIMENSIONS, d))).join(', ')],
          [w('endDate'), date(plan.interventionsEndDate)],
        ]}
      />
      {adding && (
        <Card title={iw('title')} className="nested">
          <InterventionForm {...props} onClose={() => setAdding(false)} />
        </Card>
      )}
      <div className="card-header">
        <h4>{w('interventions')}</h4>
        {plan.interventions.some(closed) && (
          <label className="inline-check">
            <input type="checkbox" checked={hideClosed} onChange={(e) => setHideClosed(e.target.checked)} />{' '}
            {w('hideClosed')}
          </label>
        )}
      </div>
      <div className="interventions">
        <DataTable
          caption={w('interventions')}
          rows={rows}
          rowKey={(i) => i.id}
          empty={editable ? w('none') : w('noneRead')}
          columns={[
            {
              key: 'intervention',
              header: w('intervention'),
              primary: true,
              cell: (i) => (
                <div>
                  <strong>{label(labelOf(INTERVENTION_TYPES, i.interventionType))}</strong>
                  <div className="muted">
                    {label(labelOf(EMPLOYABILITY_DIMENSIONS, i.dimension))} ·{' '}
                    {label(labelOf(DELIVERY_MODELS, i.deliveryModel))}
                    {i.deliveringOrganisation && ` · ${i.deliveringOrganisation}`}
                  </div>
                  <div className="description">{i.description}</div>
                </div>
              ),
            },
            {
              key: 'dates',
              header: w('dates'),
              cell: (i) => `${date(i.plannedStartDate)} – ${date(i.plannedEndDate)}`,
            },
            {
              key: 'status',
              header: w('status'),
              cell: (i) => (
                <div>
                  <Badge tone={toneOf(i.status)}>{label(labelOf(INTERVENTION_STATUS_LABELS, i.status))}</Badge>
                  {i.actualEndDate && <div className="muted">{w('endedOn', { date: date(i.actualEndDate) })}</div>}
                  {i.nonCompletionReason && (
                    <div className="muted">{label(labelOf(NON_COMPLETION_REASON_LABELS, i.nonCompletionReason))}</div>
                  )}
                </div>
              ),
            },
            {
              key: 'funding',
              header: w('funding'),
              cell: (i) => (
                <div>
                  {label(labelOf(FUNDING_TYPES, i.fundingType))}
                  <div className="muted">
                    {w('fundingRequested', { answer: i.fundingRequested ? cw('yes') : cw('no') })}
                  </div>
                </div>
              ),
            },
            ...(editable
              ? [
                  {
                    key: 'actions',
                    header: w('actions'),
                    cell: (i: Intervention) => <InterventionActions {...props} i={i} />,
                  },
                ]
              : []),
          ]}
        />
      </div>
    </section>
  );
}
