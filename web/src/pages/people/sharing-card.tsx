// Privacy and sharing (R-PER-18..23): whether the person is a private client of the organisation or shared with the
// government, and the way to share them (a case needs it, R-PER-22).
import { useSession } from '../../app/session.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { defineWords, useWords } from '../../i18n/words.ts';
import { Card } from '../../ui/layout.tsx';
import type { Person } from './person.ts';

const WORDS = defineWords({
  en: {
    title: 'Privacy and sharing',
    privateText:
      'Only your organisation sees this person. A case needs them shared with the Nova Scotia Government, with their ' +
      'written consent.',
    sharedText: 'Shared with the Nova Scotia Government since {date}, with the client’s written consent.',
    share: 'Share with government…',
    locked:
      'This person has an active agreement with Employment Nova Scotia: their details are read-only here; send ' +
      'change requests to ENS.',
  },
  fr: {
    title: 'Confidentialité et communication',
    privateText:
      'Seul votre organisme voit cet individu. Un cas exige qu’il soit communiqué au gouvernement de la ' +
      'Nouvelle-Écosse, avec son consentement écrit.',
    sharedText:
      'Communiqué au gouvernement de la Nouvelle-Écosse depuis le {date}, avec le consentement écrit du client.',
    share: 'Communiquer au gouvernement…',
    locked:
      'Cet individu a une entente en vigueur avec Emploi Nouvelle-Écosse : ses renseignements sont en lecture ' +
      'seule ici; envoyez les demandes de modification à ENE.',
  },
});

export function SharingCard(props: { person: Person; onShare(): void }) {
  const w = useWords(WORDS);
  const { can } = useSession();
  const { date } = useI18n();
  const { person } = props;
  return (
    <Card
      title={w('title')}
      actions={
        !person.sharedWithGovernment &&
        can('individual.update') && (
          <button type="button" className="secondary" onClick={props.onShare}>
            {w('share')}
          </button>
        )
      }
    >
      <p>
        {person.sharedWithGovernment ? w('sharedText', { date: date(person.consentRecordedAt) }) : w('privateText')}
      </p>
      {person.lockedByEns && <div className="notice notice-warning">{w('locked')}</div>}
    </Card>
  );
}
