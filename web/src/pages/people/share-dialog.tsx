// Sharing a person with the government (R-PER-18..21, Q-05), in a dialog: the client's written consent first; then,
// if the provincial registry holds people who may be this client, the question the API asks: which one is (and, per
// group of details, which record's values both keep), or none of them, which makes a new provincial record.
import { useState } from 'react';
import type { describeMatch, mergeReview } from '../../../../domain/government-sharing.ts';
import { api } from '../../api/client.ts';
import { defineWords, useWords } from '../../i18n/words.ts';
import { Dialog } from '../../ui/dialog.tsx';
import { Checkbox, Form, RadioGroup, useForm } from '../../ui/form.tsx';
import type { Person } from './person.ts';
import { listedName } from '../../../../domain/person-name.ts';

type ProvincialMatch = ReturnType<typeof describeMatch>;
type MergeReview = ReturnType<typeof mergeReview>;
type RegistryValues = MergeReview['provincial'];

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
    possibleMatch: 'Possible match {n}: same {what}',
    confirmSame: 'I confirm this person is my client (their details are shown only then)',
    confirmNeeded: 'Confirm that the person you chose is your client, or choose “none of these”.',
    continue: 'Continue',
    createAndShare: 'Create the provincial record and share',
    noMatch:
      'Nobody in the Nova Scotia Government records matches this client: sharing creates their provincial record.',
    keptProvincial: 'kept: the province keeps these values',
    SIN: 'social insurance number',
    LAST_NAME: 'last name',
    FIRST_NAME: 'first name',
    DATE_OF_BIRTH: 'date of birth',
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
    possibleMatch: 'Correspondance possible {n} : même {what}',
    confirmSame: 'Je confirme que cette personne est mon client (ses renseignements ne sont montrés qu’ensuite)',
    confirmNeeded: 'Confirmez que la personne choisie est votre client, ou choisissez « aucune de ces personnes ».',
    continue: 'Continuer',
    createAndShare: 'Créer le dossier provincial et communiquer',
    noMatch:
      'Personne dans les dossiers du gouvernement de la Nouvelle-Écosse ne correspond à ce client : la communication ' +
      'crée son dossier provincial.',
    keptProvincial: 'conservé : la province garde ces valeurs',
    SIN: "numéro d'assurance sociale",
    LAST_NAME: 'nom de famille',
    FIRST_NAME: 'prénom',
    DATE_OF_BIRTH: 'date de naissance',
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
const MATCHED_ON = ['SIN', 'LAST_NAME', 'FIRST_NAME', 'DATE_OF_BIRTH'] as const;

type ShareValues = {
  writtenConsentObtained: boolean;
  selectedMatch: string;
  confirmSamePerson: boolean;
  'mergeSelections.names': string;
  'mergeSelections.address': string;
  'mergeSelections.phone': string;
  'mergeSelections.email': string;
};

/** Where the dialog stands: the registry is asked step by step, and shows a person's details only once confirmed. */
type Step =
  | { kind: 'consent' }
  | { kind: 'matches'; matches: ProvincialMatch[] }
  | { kind: 'new-record' }
  | { kind: 'review'; review: MergeReview };

export function ShareDialog(props: { person: Person; open: boolean; onClose(): void; onShared(p: Person): void }) {
  const w = useWords(WORDS);
  return (
    <Dialog open={props.open} title={w('title')} onClose={props.onClose} wide>
      <ShareForm {...props} />
    </Dialog>
  );
}

const namesOf = (r: RegistryValues) => listedName({ lastName: r.lastName ?? '', firstName: r.firstName ?? '' });
const addressOf = (r: RegistryValues) => [r.addressLine1, r.city, r.province].filter(Boolean).join(', ');

function ShareForm(props: { person: Person; onClose(): void; onShared(p: Person): void }) {
  const w = useWords(WORDS);
  const [step, setStep] = useState<Step>({ kind: 'consent' });
  const form = useForm<ShareValues, unknown, Person>({
    initial: {
      writtenConsentObtained: false,
      selectedMatch: '',
      confirmSamePerson: false,
      // The schema's defaults: the province's names, your contact details.
      'mergeSelections.names': 'PROVINCIAL',
      'mergeSelections.address': 'YOURS',
      'mergeSelections.phone': 'YOURS',
      'mergeSelections.email': 'YOURS',
    },
    check: (v): Record<string, string> => {
      if (!v.writtenConsentObtained) return { writtenConsentObtained: w('consentNeeded') };
      if (step.kind !== 'matches') return {};
      if (!v.selectedMatch) return { selectedMatch: w('pickOne') };
      return v.selectedMatch !== 'NONE' && !v.confirmSamePerson ? { confirmSamePerson: w('confirmNeeded') } : {};
    },
    toBody: (v) => {
      const base = { writtenConsentObtained: true };
      if (step.kind === 'new-record') return { ...base, confirmNewProvincialRecord: true };
      if (step.kind === 'matches')
        return v.selectedMatch === 'NONE'
          ? { ...base, selectedMatch: 'NONE', confirmNewProvincialRecord: true }
          : { ...base, selectedMatch: Number(v.selectedMatch), confirmSamePerson: true };
      if (step.kind === 'review') {
        const kept = step.review.keepsProvincial;
        return {
          ...base,
          selectedMatch: step.review.id,
          confirmSamePerson: true,
          mergeSelections: Object.fromEntries(
            GROUPS.map((g) => [g, kept.includes(g) ? 'PROVINCIAL' : v[`mergeSelections.${g}`]]),
          ),
        };
      }
      return base;
    },
    send: (body, key) => api.post<Person>(`/api/individuals/${props.person.id}/share`, { body, idempotencyKey: key }),
    success: (p) => w('shared', { name: `${p.firstName} ${p.lastName}` }),
    done: props.onShared,
    // The registry's questions move the dialog on to the next step.
    refused: (err) => {
      const details = err.body.details as { matches?: ProvincialMatch[]; match?: MergeReview } | undefined;
      if (err.body.error === 'PROVINCIAL_MATCHES') setStep({ kind: 'matches', matches: details?.matches ?? [] });
      else if (err.body.error === 'NO_PROVINCIAL_MATCH') setStep({ kind: 'new-record' });
      else if (err.body.error === 'MERGE_REVIEW' && details?.match) setStep({ kind: 'review', review: details.match });
      else return false;
      return true;
    },
  });
  const p = props.person;
  const mine = {
    names: listedName(p),
    address: `${p.address.line1}, ${p.address.city}, ${p.address.province}`,
    phone: p.phone ?? '—',
    email: p.email ?? '—',
  };
  const SUBMIT = {
    consent: w('share'),
    matches: w('continue'),
    'new-record': w('createAndShare'),
    review: w('shareMerged'),
  };
  const matchedOn = (m: ProvincialMatch) =>
    MATCHED_ON.filter((k) => m.matchedOn.includes(k))
      .map((k) => w(k))
      .join(', ');
  return (
    <Form
      form={form}
      label={w('title')}
      submit={SUBMIT[step.kind]}
      secondary={
        <button type="button" className="secondary" onClick={props.onClose}>
          {w('cancel')}
        </button>
      }
    >
      <p>{w('intro')}</p>
      <Checkbox form={form} name="writtenConsentObtained" label={w('consent')} />
      {step.kind === 'new-record' && (
        <div className="notice" role="status">
          {w('noMatch')}
        </div>
      )}
      {step.kind === 'matches' && (
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
              ...step.matches.map((m, i) => ({
                value: String(m.id),
                label: w('possibleMatch', { n: String(i + 1), what: matchedOn(m) }),
              })),
              { value: 'NONE', label: w('none') },
            ]}
          />
          {form.values.selectedMatch && form.values.selectedMatch !== 'NONE' && (
            <Checkbox form={form} name="confirmSamePerson" label={w('confirmSame')} />
          )}
        </>
      )}
      {step.kind === 'review' && (
        <fieldset className="fieldset">
          <legend>{w('keep')}</legend>
          <p className="hint">{w('keepHint')}</p>
          {GROUPS.map((g) => {
            const provincial = {
              names: namesOf,
              address: addressOf,
              phone: (r: RegistryValues) => r.phone ?? '—',
              email: (r: RegistryValues) => r.email ?? '—',
            }[g](step.review.provincial);
            return step.review.keepsProvincial.includes(g) ? (
              <p key={g}>
                <strong>{w(g)}</strong> · {w('provincialValue', { value: provincial })} · {w('keptProvincial')}
              </p>
            ) : (
              <RadioGroup
                key={g}
                form={form}
                name={`mergeSelections.${g}`}
                label={w(g)}
                inline
                options={[
                  { value: 'YOURS', label: w('yours', { value: mine[g] }) },
                  { value: 'PROVINCIAL', label: w('provincialValue', { value: provincial }) },
                ]}
              />
            );
          })}
        </fieldset>
      )}
    </Form>
  );
}
