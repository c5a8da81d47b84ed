// Operations: how many steps of the workflows are stuck and wait for an operator (R-OPS-01); the Operations page
// retries them.
import type { stuckSteps } from '../../../../app/operations/queries.ts';
import { useApi } from '../../api/use-api.ts';
import { Link } from '../../app/router.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { defineWords, useWords } from '../../i18n/words.ts';
import { Card, Loaded } from '../../ui/layout.tsx';

type StuckSteps = Awaited<ReturnType<typeof stuckSteps>>;

const WORDS = defineWords({
  en: {
    title: 'Stuck steps',
    count: '{n} steps are stuck and wait for an operator.',
    one: '1 step is stuck and waits for an operator.',
    none: 'No step is stuck: every email and outside call went through.',
    open: 'Go to operations',
  },
  fr: {
    title: 'Étapes bloquées',
    count: '{n} étapes sont bloquées et attendent un opérateur.',
    one: '1 étape est bloquée et attend un opérateur.',
    none: 'Aucune étape bloquée : tous les courriels et appels externes sont passés.',
    open: "Aller à l'exploitation",
  },
});

export function StuckStepsCard() {
  const w = useWords(WORDS);
  const { number } = useI18n();
  // Only the count is needed: one row of the open ones carries the total.
  const steps = useApi<StuckSteps>('/api/operations/stuck-steps', { status: 'open', pageSize: 1 });
  return (
    <Card title={w('title')} actions={<Link to="/operations">{w('open')}</Link>}>
      <Loaded state={steps}>
        {(s) => (
          <p className={s.total ? 'big-count danger' : undefined}>
            {s.total === 0 ? w('none') : s.total === 1 ? w('one') : w('count', { n: number(s.total) })}
          </p>
        )}
      </Loaded>
    </Card>
  );
}
