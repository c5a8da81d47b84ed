// The notes section's words. Plain data with a type-only import, so the UI tests can read them too.
import type { Words } from '../../../i18n/words.ts';

const en = {
  title: 'Case notes',
  add: 'Add a note',
  note: 'Note',
  noteHint: 'Your name, the date and time and this screen are added for you. You can edit your note for 30 days.',
  save: 'Save the note',
  saved: 'Note added.',
  empty: 'No note has been written yet.',
  system: 'Pathway (automatic)',
  writtenIn: 'Written in {where}',
  edited: 'edited {when}',
  edit: 'Edit',
  editLabel: 'Edit the note of {when}',
  editedNote: 'Your note',
  saveEdit: 'Save the change',
  updated: 'Note changed.',
  editableUntil: 'You can edit this note until {date}.',
  locked: 'Locked since {date}: a note can be edited for 30 days after it is written. Add a new note instead.',
  notAuthor: 'Only its author can edit this note.',
  sentWithReferral: 'Sent with a referral: it can no longer change. Add a new note instead.',
  closedCase: 'This case is closed: notes can no longer be added or edited.',
};

export const noteWords: Words<keyof typeof en> = {
  en,
  fr: {
    title: 'Notes du cas',
    add: 'Ajouter une note',
    note: 'Note',
    noteHint:
      "Votre nom, la date et l'heure ainsi que cet écran sont ajoutés pour vous. Vous pouvez modifier votre note " +
      'pendant 30 jours.',
    save: 'Enregistrer la note',
    saved: 'Note ajoutée.',
    empty: "Aucune note n'a encore été rédigée.",
    system: 'Pathway (automatique)',
    writtenIn: 'Rédigée dans {where}',
    edited: 'modifiée le {when}',
    edit: 'Modifier',
    editLabel: 'Modifier la note du {when}',
    editedNote: 'Votre note',
    saveEdit: 'Enregistrer la modification',
    updated: 'Note modifiée.',
    editableUntil: "Vous pouvez modifier cette note jusqu'au {date}.",
    locked:
      'Verrouillée depuis le {date} : une note peut être modifiée pendant 30 jours après sa rédaction. Ajoutez ' +
      'plutôt une nouvelle note.',
    notAuthor: 'Seul son auteur peut modifier cette note.',
    sentWithReferral: 'Envoyée avec un renvoi : elle ne peut plus changer. Ajoutez plutôt une nouvelle note.',
    closedCase: 'Ce cas est fermé : les notes ne peuvent plus être ajoutées ni modifiées.',
  },
};
