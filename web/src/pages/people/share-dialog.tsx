// Sharing a person with the government (R-PER-18..21, Q-05), in a dialog: the client's written consent first; then,
// if the provincial registry holds people who may be this client, the question the API asks: which one is (and, per
// group of details, which record's values both keep), or none of them, which makes a new provincial record.
import { useState } from 'react';
import type { describeMatch } from '../../../../domain/government-sharing.ts';
import { GENDER_LABELS, type Gender } from '../../../../domain/people.ts';
import { api } from '../../api/client.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { defineWords, useWords } from '../../i18n/words.ts';
import { Dialog } from '../../ui/dialog.tsx';
import { Checkbox, Form, RadioGroup, useForm } from '../../ui/form.tsx';
import type { Person } from './person.ts';

type ProvincialMatch = ReturnType<typeof describeMatch>;

const WORDS = defineWords({
  en: {
    title: 'Share with the Nova Scotia Government',
    intro:
      'Every client of your EAS programs is to be shared. Sharing cannot be undone: the person stops being a private ' +
      'client of your organisation.',
    consent: 'The client’s written consent to share their information with the Nova Scotia Government was obtained',
    consentNeeded: 'Confirm that the client’s written consent was obtained: sharing needs it.',
    share: 'Share',
    cancel: 'Cancel',
    matchesIntro:
      'One or more persons already exist in the Nova Scotia Government records who match this client. Select the ' +
      'one who is this client, or say that none of them is.',
    whichOne: 'Who is this client?',
    none: 'None of these is this client: create a new provincial record',
    pickOne: 'Select the person who is this client, or “none of these”.',
    born: 'born {date}',
    keep: 'Which values both records keep',
    keepHint: 'For each group, keep your record’s values or the provincial record’s.',
    names: 'Names, gender and date of birth',
    address: 'Address',
    phone: 'Phone',
    email: 'Email',
    yours: 'Your record: {value}',
    provincial: 'Provincial record',
    provincialValue: 'Provincial record: {value}',
    shareMerged: 'Share with the Nova Scotia Government',
    shared: '{name} is now shared with the Nova Scotia Government.',
  },
  fr: {
    title: 'Communiquer au gouvernement de la Nouvelle-Écosse',
    intro:
      'Tous les clients de vos programmes de SAE doivent être communiqués. La communication est définitive : ' +
      "l'individu cesse d'être un client privé de votre organisme.",
    consent:
      'Le consentement écrit du client à la communication de ses renseignements au gouvernement de la ' +
      'Nouvelle-Écosse a été obtenu',
    consentNeeded: 'Confirmez que le consentement écrit du client a été obtenu : la communication l’exige.',
    share: 'Communiquer',
    cancel: 'Annuler',
    matchesIntro:
      'Une ou plusieurs personnes des dossiers du gouvernement de la Nouvelle-Écosse correspondent à ce client. ' +
      "Choisissez celle qui est ce client, ou indiquez qu'aucune ne l'est.",
    whichOne: 'Qui est ce client?',
    none: "Aucune de ces personnes n'est ce client : créer un nouveau dossier provincial",
    pickOne: 'Choisissez la personne qui est ce client, ou « aucune de ces personnes ».',
    born: 'né(e) le {date}',
    keep: 'Valeurs conservées par les deux dossiers',
    keepHint: 'Pour chaque groupe, conservez les valeurs de votre dossier ou celles du dossier provincial.',
    names: 'Noms, sexe et date de naissance',
    address: 'Adresse',
    phone: 'Téléphone',
    email: 'Courriel',
    yours: 'Votre dossier : {value}',
    provincial: 'Dossier provincial',
    provincialValue: 'Dossier provincial : {value}',
    shareMerged: 'Communiquer au gouvernement de la Nouvelle-Écosse',
    shared: '{name} est maintenant communiqué(e) au gouvernement de la Nouvelle-Écosse.',
  },
});

const GROUPS = ['names', 'address', 'phone', 'email'] as const;

type ShareValues = {
  writtenConsentObtained: boolean;
  selectedMatch: string;
  'mergeSelections.names': string;
  'mergeSelections.address': string;
  'mergeSelections.phone': string;
  'mergeSelections.email': string;
};

export function ShareDialog(props: { person: Person; open: boolean; onClose(): void; onShared(p: Person): void }) {
  const w = useWords(WORDS);
  return (
    <Dialog open={props.open} title={w('title')} onClose={props.onClose} wide>
      <ShareForm {...props} />
    </Dialog>
  );
}

function ShareForm(props: { person: Person; onClose(): void; onShared(p: Person): void }) {
  const w = useWords(WORDS);
  const { label, date } = useI18n();
  const [matches, setMatches] = useState<ProvincialMatch[] | null>(null);
  const form = useForm<ShareValues, unknown, Person>({
    initial: {
      writtenConsentObtained: false,
      selectedMatch: '',
      // The schema's defaults: the province's names, your contact details.
      'mergeSelections.names': 'PROVINCIAL',
      'mergeSelections.address': 'YOURS',
      'mergeSelections.phone': 'YOURS',
      'mergeSelections.email': 'YOURS',
    },
    check: (v): Record<string, string> =>
      !v.writtenConsentObtained
        ? { writtenConsentObtained: w('consentNeeded') }
        : matches && !v.selectedMatch
          ? { selectedMatch: w('pickOne') }
          : {},
    toBody: (v) => ({
      writtenConsentObtained: true,
      ...(matches && {
        selectedMatch: v.selectedMatch === 'NONE' ? 'NONE' : Number(v.selectedMatch),
        confirmNewProvincialRecord: v.selectedMatch === 'NONE',
        mergeSelections: Object.fromEntries(GROUPS.map((g) => [g, v[`mergeSelections.${g}`]])),
      }),
    }),
    send: (body, key) => api.post<Person>(`/api/individuals/${props.person.id}/share`, { body, idempotencyKey: key }),
    success: (p) => w('shared', { name: `${p.firstName} ${p.lastName}` }),
    done: props.onShared,
    refused: (err) => {
      if (err.body.error !== 'PROVINCIAL_MATCHES') return false;
      setMatches((err.body.details as { matches: ProvincialMatch[] }).matches);
      return true;
    },
  });
  const chosen = matches?.find((m) => String(m.id) === form.values.selectedMatch);
  const p = props.person;
  const mine = {
    names: `${p.lastName}, ${p.firstName}`,
    address: `${p.address.line1}, ${p.address.city}, ${p.address.province}`,
    phone: p.phone ?? '—',
    email: p.email ?? '—',
  };
  const theirs = chosen && { names: chosen.name, address: chosen.defaultAddress, phone: '', email: '' };
  return (
    <Form
      form={form}
      label={w('title')}
      submit={matches ? w('shareMerged') : w('share')}
      secondary={
        <button type="button" className="secondary" onClick={props.onClose}>
          {w('cancel')}
        </button>
      }
    >
      <p>{w('intro')}</p>
      <Checkbox form={form} name="writtenConsentObtained" label={w('consent')} />
      {matches && (
        <>
          <div className="notice notice-warning" role="status">
            {w('matchesIntro')}
          </div>
          <RadioGroup
            form={form}
            name="selectedMatch"
            label={w('whichOne')}
            required
            options={[
              ...matches.map((m) => ({
                value: String(m.id),
                label: (
                  <>
                    <strong>{m.name}</strong> · {label(GENDER_LABELS[m.gender as Gender])} ·{' '}
                    {w('born', { date: date(m.dateOfBirth) })} · {m.defaultAddress}
                  </>
                ),
              })),
              { value: 'NONE', label: w('none') },
            ]}
          />
          {theirs && (
            <fieldset className="fieldset">
              <legend>{w('keep')}</legend>
              <p className="hint">{w('keepHint')}</p>
              {GROUPS.map((g) => (
                <RadioGroup
                  key={g}
                  form={form}
                  name={`mergeSelections.${g}`}
                  label={w(g)}
                  inline
                  options={[
                    { value: 'YOURS', label: w('yours', { value: mine[g] }) },
                    {
                      value: 'PROVINCIAL',
                      label: theirs[g] ? w('provincialValue', { value: theirs[g] }) : w('provincial'),
                    },
                  ]}
                />
              ))}
            </fieldset>
          )}
        </>
      )}
    </Form>
  );
}
