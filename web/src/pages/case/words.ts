// Words several parts of the case workspace use; each part keeps its own beside it.
import { defineWords } from '../../i18n/words.ts';

export const CASE_WORDS = defineWords({
  en: {
    save: 'Save',
    edit: 'Edit',
    close: 'Close',
    yes: 'Yes',
    no: 'No',
    remove: 'Remove',
    done: 'Done',
    toDo: 'To do',
    overdue: 'Overdue',
    due: 'Due {date}',
    readOnly: 'Read only',
    nothingYet: 'Nothing recorded yet.',
    from: 'From',
    to: 'To',
    description: 'Description',
  },
  fr: {
    save: 'Enregistrer',
    edit: 'Modifier',
    close: 'Fermer',
    yes: 'Oui',
    no: 'Non',
    remove: 'Retirer',
    done: 'Fait',
    toDo: 'À faire',
    overdue: 'En retard',
    due: 'Échéance : {date}',
    readOnly: 'Lecture seule',
    nothingYet: "Rien d'enregistré pour l'instant.",
    from: 'Du',
    to: 'Au',
    description: 'Description',
  },
});
