// The return-to-work action plan as a document a person can read, print or save as PDF (R-PLAN-04): every
// intervention in the plan, the client's basic data and a signature block, in the reader's language. The page runs no
// script and carries its one style block, which the route allows by its hash (PLAN_STYLE_HASH).
import { createHash } from 'node:crypto';
import type { Label, Lang } from '../../domain/case-model.ts';
import { formatLongDate } from '../../domain/dates.ts';
import { INTERVENTION_STATUS_LABELS } from '../../domain/interventions.ts';
import {
  DELIVERY_MODELS,
  EMPLOYABILITY_DIMENSIONS,
  EMPLOYMENT_GOALS,
  INTERVENTION_TYPES,
} from '../../domain/reference.ts';
import type { caseDetails } from './queries.ts';

const esc = (s: unknown) =>
  String(s ?? '').replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

const STYLE = `body{font:14px/1.4 system-ui,sans-serif;margin:2rem;color:#111}h1{font-size:1.4rem}
table{border-collapse:collapse;width:100%}
th,td{border:1px solid #999;padding:.3rem .5rem;text-align:left;vertical-align:top}
.desc td{font-style:italic;background:#f6f6f6}
.sign{display:flex;gap:4rem;margin-top:4rem}.sign div{flex:1;border-top:1px solid #111;padding-top:.3rem}
.how{color:#444}@media print{.how{display:none}}`;

/** The Content-Security-Policy source that lets the document's style block, and nothing else, apply. */
export const PLAN_STYLE_HASH = `'sha256-${createHash('sha256').update(STYLE).digest('base64')}'`;

const WORDS = {
  en: {
    title: 'Return to Work Action Plan',
    how: "Print this page with your browser's Print command (Ctrl+P) to sign it with the client or save it as PDF.",
    case: 'Case',
    program: 'Program',
    managedBy: 'Managed by',
    client: 'Client',
    dateOfBirth: 'Date of birth',
    caseManager: 'Case manager',
    goal: 'Employment goal',
    needs: 'Identified needs',
    endDate: 'Interventions end date',
    dimension: 'Dimension',
    intervention: 'Intervention',
    delivery: 'Delivery',
    start: 'Start',
    end: 'End',
    status: 'Status',
    none: 'No interventions yet.',
    clientSigns: 'Client signature and date',
    managerSigns: 'Case manager signature and date',
  },
  fr: {
    title: "Plan d'action pour le retour au travail",
    how:
      'Imprimez cette page avec la commande Imprimer du navigateur (Ctrl+P) pour la faire signer au client ou ' +
      "l'enregistrer en PDF.",
    case: 'Cas',
    program: 'Programme',
    managedBy: 'Géré par',
    client: 'Client',
    dateOfBirth: 'Date de naissance',
    caseManager: 'Gestionnaire de cas',
    goal: "Objectif d'emploi",
    needs: 'Besoins déterminés',
    endDate: 'Date de fin des interventions',
    dimension: 'Dimension',
    intervention: 'Intervention',
    delivery: 'Prestation',
    start: 'Début',
    end: 'Fin',
    status: 'État',
    none: "Aucune intervention pour l'instant.",
    clientSigns: 'Signature du client et date',
    managerSigns: 'Signature du gestionnaire de cas et date',
  },
} satisfies Record<Lang, Record<string, string>>;

export function renderPlan(c: Awaited<ReturnType<typeof caseDetails>>, organisationName: string, lang: Lang): string {
  const w = WORDS[lang];
  const label = (table: Record<string, Label>, code: string | null) => (code ? (table[code]?.[lang] ?? code) : '—');
  const day = (d: string | null) => (d ? formatLongDate(d, lang) : '—');
  const rows = c.actionPlan.interventions
    .map((i) => {
      const by = i.deliveryModel === 'IN_HOUSE' ? organisationName : (i.deliveringOrganisation ?? '');
      const cells = [
        esc(label(EMPLOYABILITY_DIMENSIONS, i.dimension)),
        esc(label(INTERVENTION_TYPES, i.interventionType)),
        esc(label(DELIVERY_MODELS, i.deliveryModel)) + (by ? `<br>${esc(by)}` : ''),
        esc(day(i.plannedStartDate)),
        esc(day(i.plannedEndDate)),
        esc(label(INTERVENTION_STATUS_LABELS, i.status)),
      ];
      return `<tr>${cells.map((cell) => `<td>${cell}</td>`).join('')}</tr>
      <tr class="desc"><td colspan="6">${esc(i.description)}</td></tr>`;
    })
    .join('\n');
  const needs = c.actionPlan.identifiedNeeds.map((d) => label(EMPLOYABILITY_DIMENSIONS, d)).join(', ');
  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><title>ECM_RTWAP_Form_${c.id}</title>
<style>${STYLE}</style></head><body>
<p class="how">${esc(w.how)}</p>
<h1>${esc(w.title)}</h1>
<p><strong>${w.case}</strong> ${esc(c.id)} · <strong>${w.program}</strong> ${esc(c.program)}
 · <strong>${w.managedBy}</strong> ${esc(organisationName)}</p>
<p><strong>${w.client}</strong> ${esc(c.individual.name)}
 · <strong>${w.dateOfBirth}</strong> ${esc(day(c.individual.dateOfBirth))}
 · <strong>${w.caseManager}</strong> ${esc(c.caseManager.name)}</p>
<p><strong>${esc(w.goal)}</strong> ${esc(label(EMPLOYMENT_GOALS, c.employmentGoal))}
 · <strong>${esc(w.needs)}</strong> ${esc(needs || '—')}</p>
<p><strong>${esc(w.endDate)}</strong> ${esc(day(c.actionPlan.interventionsEndDate))}</p>
<table><thead><tr>
<th>${w.dimension}</th><th>${w.intervention}</th><th>${w.delivery}</th><th>${w.start}</th><th>${w.end}</th><th>${w.status}</th>
</tr></thead>
<tbody>${rows || `<tr><td colspan="6">${esc(w.none)}</td></tr>`}</tbody></table>
<div class="sign"><div>${esc(w.clientSigns)}</div><div>${esc(w.managerSigns)}</div></div>
</body></html>`;
}
