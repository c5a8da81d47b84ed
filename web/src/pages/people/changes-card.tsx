// R-UI-04 for people: who added the person and who changed which details, and when, newest first.
import { PERSON_FIELD_LABELS } from '../../../../domain/person-changes.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { defineWords, useWords } from '../../i18n/words.ts';
import { DataTable } from '../../ui/data-table.tsx';
import { Card } from '../../ui/layout.tsx';
import type { Person } from './person.ts';

const WORDS = defineWords({
  en: {
    title: 'Changes to the details',
    when: 'When',
    who: 'Who',
    what: 'What',
    added: 'Added the person',
    changed: 'Changed the {fields}',
    userOf: 'A user of {organisation}',
    unknownUser: 'Another organisation',
    none: 'No change recorded.',
  },
  fr: {
    title: 'Modifications des détails',
    when: 'Quand',
    who: 'Qui',
    what: 'Quoi',
    added: 'A ajouté la personne',
    changed: 'A modifié : {fields}',
    userOf: 'Un utilisateur de {organisation}',
    unknownUser: 'Un autre organisme',
    none: 'Aucune modification enregistrée.',
  },
});

type Change = Person['changes'][number];

export function ChangesCard({ person }: { person: Person }) {
  const w = useWords(WORDS);
  const { label, dateTime } = useI18n();
  const who = (c: Change) =>
    c.by ?? (c.byOrganisation ? w('userOf', { organisation: c.byOrganisation }) : w('unknownUser'));
  const what = (c: Change) =>
    c.added ? w('added') : w('changed', { fields: c.fields.map((f) => label(PERSON_FIELD_LABELS[f])).join(', ') });
  return (
    <Card title={w('title')} className="person-changes">
      <DataTable
        caption={w('title')}
        rows={person.changes}
        rowKey={(c) => `${c.at}-${c.fields.join()}`}
        empty={w('none')}
        columns={[
          { key: 'when', header: w('when'), primary: true, cell: (c) => dateTime(c.at) },
          { key: 'who', header: w('who'), cell: who },
          { key: 'what', header: w('what'), cell: what },
        ]}
      />
    </Card>
  );
}
