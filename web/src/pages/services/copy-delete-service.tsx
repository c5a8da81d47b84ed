// "Copy to New" and "Delete" on a service's page (seed 001, line 1797): a copy asks for its dates and opens the new
// service; a delete asks first, and the server's refusal (a service with entries, R-ES-11) shows in the dialog.
import { useState } from 'react';
import { serviceCopySchema } from '../../../../domain/schemas/services.ts';
import { api } from '../../api/client.ts';
import { navigate } from '../../app/router.tsx';
import { defineWords, useWords } from '../../i18n/words.ts';
import { FormDialog } from '../../ui/form-dialog.tsx';
import { TextField, useForm } from '../../ui/form.tsx';
import type { ServiceData } from './service-types.ts';

const WORDS = defineWords({
  en: {
    copy: 'Copy to new',
    copyTitle: 'Copy “{name}” to a new service',
    copyHint: 'The new service has the same details, starts as Scheduled and has no participants.',
    startDate: 'Start date',
    endDate: 'End date',
    copyConfirm: 'Create the copy',
    copied: 'Service {id} is created as a copy.',
    delete: 'Delete',
    deleteTitle: 'Delete service {id}?',
    deleteWarning: 'The service is deleted for good. A service with participants cannot be deleted: cancel it instead.',
    deleteConfirm: 'Delete the service',
    deleted: 'Service {id} is deleted.',
  },
  fr: {
    copy: 'Copier vers un nouveau',
    copyTitle: 'Copier « {name} » vers un nouveau service',
    copyHint: 'Le nouveau service a les mêmes détails, commence au statut Prévu et n’a aucun participant.',
    startDate: 'Date de début',
    endDate: 'Date de fin',
    copyConfirm: 'Créer la copie',
    copied: 'Le service {id} est créé par copie.',
    delete: 'Supprimer',
    deleteTitle: 'Supprimer le service {id}?',
    deleteWarning:
      'Le service est supprimé définitivement. Un service qui a des participants ne peut pas être supprimé : ' +
      'annulez-le plutôt.',
    deleteConfirm: 'Supprimer le service',
    deleted: 'Le service {id} est supprimé.',
  },
});

export function CopyDeleteService({ service }: { service: ServiceData['service'] }) {
  const w = useWords(WORDS);
  const [dialog, setDialog] = useState<'copy' | 'delete' | null>(null);
  const copy = useForm({
    initial: { startDate: service.startDate, endDate: service.endDate },
    schema: serviceCopySchema,
    send: (body) => api.post<ServiceData>(`/api/services/${service.id}/copy`, { body }),
    success: (r) => w('copied', { id: r.service.id }),
    done: (r) => {
      setDialog(null);
      navigate(`/services/${r.service.id}`);
    },
  });
  const remove = useForm({
    initial: {},
    send: () => api.delete<{ deleted: number }>(`/api/services/${service.id}`),
    success: w('deleted', { id: service.id }),
    done: () => navigate('/services'),
  });
  return (
    <>
      <button type="button" className="secondary" onClick={() => setDialog('copy')}>
        {w('copy')}
      </button>
      <button type="button" className="secondary danger-outline" onClick={() => setDialog('delete')}>
        {w('delete')}
      </button>
      <FormDialog
        open={dialog === 'copy'}
        title={w('copyTitle', { name: service.name })}
        form={copy}
        submit={w('copyConfirm')}
        onClose={() => setDialog(null)}
      >
        <p>{w('copyHint')}</p>
        <div className="form-row">
          <TextField form={copy} name="startDate" label={w('startDate')} type="date" required />
          <TextField form={copy} name="endDate" label={w('endDate')} type="date" required />
        </div>
      </FormDialog>
      <FormDialog
        open={dialog === 'delete'}
        title={w('deleteTitle', { id: service.id })}
        form={remove}
        submit={w('deleteConfirm')}
        onClose={() => setDialog(null)}
      >
        <div className="notice notice-warning">{w('deleteWarning')}</div>
      </FormDialog>
    </>
  );
}
