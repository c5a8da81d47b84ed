// The administrator's organisation in short: its contacts, those with access, invitations waiting for an answer or
// expired; the Organisation page manages them.
import type { contactSummary } from '../../../../app/cases/queries.ts';
import { useApi } from '../../api/use-api.ts';
import { Link } from '../../app/router.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { defineWords, useWords } from '../../i18n/words.ts';
import { Card, Facts, Loaded } from '../../ui/layout.tsx';

type Summary = Awaited<ReturnType<typeof contactSummary>>;

const WORDS = defineWords({
  en: {
    title: 'My organisation',
    contacts: 'Active contacts',
    withAccess: 'With access to Pathway',
    pending: 'Invitations pending',
    expired: 'Invitations expired',
    open: 'Manage the organisation',
  },
  fr: {
    title: 'Mon organisme',
    contacts: 'Contacts actifs',
    withAccess: 'Ayant accès à Pathway',
    pending: 'Invitations en attente',
    expired: 'Invitations expirées',
    open: "Gérer l'organisme",
  },
});

export function OrganisationCard() {
  const w = useWords(WORDS);
  const { number } = useI18n();
  const summary = useApi<Summary>('/api/organisation/contact-summary');
  return (
    <Card title={w('title')} actions={<Link to="/organisation">{w('open')}</Link>}>
      <Loaded state={summary}>
        {(s) => (
          <Facts
            items={[
              [w('contacts'), number(s.contacts)],
              [w('withAccess'), number(s.withAccess)],
              [w('pending'), number(s.pendingInvitations)],
              [w('expired'), number(s.expiredInvitations)],
            ]}
          />
        )}
      </Loaded>
    </Card>
  );
}
