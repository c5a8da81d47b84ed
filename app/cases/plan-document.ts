// The return-to-work action plan as a document a person can read, print or save as PDF (R-PLAN-04):
// every intervention in the plan, the client's basic data and a signature block.
import { DELIVERY_MODELS, EMPLOYABILITY_DIMENSIONS, INTERVENTION_TYPES } from '../../domain/reference.ts';
import type { caseDetails } from './queries.ts';

const esc = (s: unknown) =>
  String(s ?? '').replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

export function renderPlan(c: Awaited<ReturnType<typeof caseDetails>>, organisationName: string): string {
  const rows = c.actionPlan.interventions
    .map((i) => {
      const type = INTERVENTION_TYPES[i.interventionType as keyof typeof INTERVENTION_TYPES]?.en ?? i.interventionType;
      const dim = EMPLOYABILITY_DIMENSIONS[i.dimension as keyof typeof EMPLOYABILITY_DIMENSIONS]?.en ?? i.dimension;
      const model = DELIVERY_MODELS[i.deliveryModel as keyof typeof DELIVERY_MODELS]?.en ?? i.deliveryModel;
      const by = i.deliveryModel === 'IN_HOUSE' ? organisationName : (i.deliveringOrganisation ?? '');
      const cells = [esc(dim), esc(type), esc(model) + (by ? `<br>${esc(by)}` : ''), esc(i.plannedStartDate)];
      cells.push(esc(i.plannedEndDate), esc(i.status));
      return `<tr>${cells.map((cell) => `<td>${cell}</td>`).join('')}</tr>
      <tr class="desc"><td colspan="6">${esc(i.description)}</td></tr>`;
    })
    .join('\n');
  const needs = c.actionPlan.identifiedNeeds
    .map((d) => EMPLOYABILITY_DIMENSIONS[d as keyof typeof EMPLOYABILITY_DIMENSIONS]?.en ?? d)
    .join(', ');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>ECM_RTWAP_Form_${c.id}</title>
<style>
body{font:14px/1.4 system-ui,sans-serif;margin:2rem;color:#111}h1{font-size:1.4rem}
table{border-collapse:collapse;width:100%}
th,td{border:1px solid #999;padding:.3rem .5rem;text-align:left;vertical-align:top}
.desc td{font-style:italic;background:#f6f6f6}
.sign{display:flex;gap:4rem;margin-top:4rem}.sign div{flex:1;border-top:1px solid #111;padding-top:.3rem}
@media print{button{display:none}}
</style></head><body>
<button onclick="print()">Print / save as PDF</button>
<h1>Return to Work Action Plan</h1>
<p><strong>Case</strong> ${esc(c.id)} · <strong>Program</strong> ${esc(c.program)}
 · <strong>Managed by</strong> ${esc(organisationName)}</p>
<p><strong>Client</strong> ${esc(c.individual.name)} · <strong>Date of birth</strong> ${esc(c.individual.dateOfBirth)}
 · <strong>Case manager</strong> ${esc(c.caseManager.name)}</p>
<p><strong>Employment goal</strong> ${esc(c.employmentGoal ?? '—')}
 · <strong>Identified needs</strong> ${esc(needs || '—')}</p>
<p><strong>Interventions end date</strong> ${esc(c.actionPlan.interventionsEndDate ?? '—')}</p>
<table><thead><tr>
<th>Dimension</th><th>Intervention</th><th>Delivery</th><th>Start</th><th>End</th><th>Status</th>
</tr></thead>
<tbody>${rows || '<tr><td colspan="6">No interventions yet.</td></tr>'}</tbody></table>
<div class="sign"><div>Client signature and date</div><div>Case manager signature and date</div></div>
</body></html>`;
}
