// Alerts of my cases (R-NOTIF-08): overdue interventions, follow-ups due, transfers waiting; up to the end of next
// month and every overdue one, each linked to its case.
import type { homeAlerts } from '../../../../app/cases/queries.ts';
import { useApi } from '../../api/use-api.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { defineWords, useWords } from '../../i18n/words.ts';
import { Badge, Card, Loaded } from '../../ui/layout.tsx';
import { WorkList } from './work-list.tsx';

type Alerts = Awaited<ReturnType<typeof homeAlerts>>;

const WORDS = defineWords({
  en: {
    title: 'Alerts',
    none: 'No alerts due by the end of next month.',
    overdue: '{n} overdue',
  },
  fr: {
    title: 'Alertes',
    none: "Aucune alerte à échéance d'ici la fin du mois prochain.",
    overdue: '{n} en retard',
  },
});

export function AlertsCard() {
  const w = useWords(WORDS);
  const { lang } = useI18n();
  const alerts = useApi<Alerts>('/api/alerts');
  const late = alerts.data?.filter((a) => a.overdue).length ?? 0;
  return (
    <Card title={w('title')} actions={late > 0 && <Badge tone="danger">{w('overdue', { n: late })}</Badge>}>
      <Loaded state={alerts}>
        {(list) => (
          <WorkList
            label={w('title')}
            empty={w('none')}
            items={list.map((a) => ({
              key: `${a.caseId}:${a.key}`,
              what: lang === 'fr' ? a.messageFr : a.message,
              caseId: a.caseId,
              client: a.client,
              dueDate: a.dueDate,
              overdue: a.overdue,
            }))}
          />
        )}
      </Loaded>
    </Card>
  );
}
