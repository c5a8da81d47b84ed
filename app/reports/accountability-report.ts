// R-CASE-04: the accountability report: the organisation's cases by the EAS agreement they report to (seed 001: the
// Accountability Reporting screen ties a case to an EAS agreement "pour le rapport d'activités"; Private cases "ne
// figureront pas aux activités de SAE"), each with its EDMT-funded interventions, since choosing EDMT is what makes a
// case count (seed 001, Add Intervention; R-INT-05). Private cases are only counted, never listed.
import type { Lang } from '../../domain/case-model.ts';
import { STATUS_LABELS } from '../../domain/case-model.ts';
import { businessDate, formatLongDate } from '../../domain/dates.ts';
import type { AppContext } from '../context.ts';
import { accountabilityCases, privateCaseCount } from './queries.ts';
import { labelIn, type Report, type ReportSection } from './report.ts';

const WORDS = {
  en: {
    title: 'Accountability Report',
    file: 'accountability-report',
    summary: 'Summary',
    organisation: 'Organisation',
    produced: 'Produced on',
    agreements: 'EAS agreements',
    linked: 'Cases reported to an EAS agreement',
    counted: 'Cases that count (at least one EDMT-funded intervention)',
    private: 'Private cases, left out of this report',
    agreement: 'EAS agreement {id}',
    noAgreement: 'No case of the organisation reports to an EAS agreement.',
    case: 'Case',
    client: 'Client',
    caseManager: 'Case manager',
    stage: 'Stage',
    opened: 'Opened',
    edmt: 'EDMT-funded interventions',
    counts: 'Counts',
    yes: 'Yes',
    no: 'No (no EDMT-funded intervention yet)',
    none: 'No cases.',
  },
  fr: {
    title: 'Rapport de responsabilisation',
    file: 'rapport-de-responsabilisation',
    summary: 'Sommaire',
    organisation: 'Organisme',
    produced: 'Produit le',
    agreements: 'Ententes de SAE',
    linked: 'Cas associés à une entente de SAE',
    counted: 'Cas comptés (au moins une intervention financée par l’EDMT)',
    private: 'Cas privés, exclus de ce rapport',
    agreement: 'Entente de SAE {id}',
    noAgreement: "Aucun cas de l'organisme n'est associé à une entente de SAE.",
    case: 'Cas',
    client: 'Client',
    caseManager: 'Gestionnaire de cas',
    stage: 'Étape',
    opened: 'Ouvert le',
    edmt: 'Interventions financées par l’EDMT',
    counts: 'Compté',
    yes: 'Oui',
    no: 'Non (aucune intervention financée par l’EDMT pour l’instant)',
    none: 'Aucun cas.',
  },
} satisfies Record<Lang, Record<string, string>>;

export async function accountabilityReport(ctx: AppContext, lang: Lang): Promise<Report> {
  const w = WORDS[lang];
  const label = labelIn(lang);
  const [cases, privateCases] = await Promise.all([
    accountabilityCases(ctx.em, ctx.user.organisationId),
    privateCaseCount(ctx.em, ctx.user.organisationId),
  ]);
  const agreements = [...new Set(cases.map((c) => c.agreement))];
  const today = businessDate(new Date());
  const bySection: ReportSection[] = agreements.map((id) => ({
    heading: w.agreement.replace('{id}', id),
    columns: [w.case, w.client, w.caseManager, w.stage, w.opened, w.edmt, w.counts],
    rows: cases
      .filter((c) => c.agreement === id)
      .map((c) => [
        String(c.caseId),
        c.client,
        c.caseManager,
        label(STATUS_LABELS, c.status),
        formatLongDate(c.openedOn, lang),
        String(c.edmtInterventions),
        c.edmtInterventions > 0 ? w.yes : w.no,
      ]),
    empty: w.none,
  }));
  return {
    lang,
    title: w.title,
    fileStem: `${w.file}-${today}`,
    sections: [
      {
        heading: w.summary,
        facts: [
          [w.organisation, ctx.user.organisationName],
          [w.produced, formatLongDate(today, lang)],
          [w.agreements, agreements.length ? agreements.join(', ') : w.noAgreement],
          [w.linked, String(cases.length)],
          [w.counted, String(cases.filter((c) => c.edmtInterventions > 0).length)],
          [w.private, String(privateCases)],
        ],
      },
      ...bySection,
    ],
  };
}
