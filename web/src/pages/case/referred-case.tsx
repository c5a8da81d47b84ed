// A case another organisation referred to the user's: what the referral lets them see, read only (R-REF-15), and
// for a pending Case Transfer, completing it by naming one of their case managers and where the service is
// delivered, after a confirmation (R-REF-16..20, C-TR-01). Once transferred, the case opens as their own.
import { useState } from 'react';
import { STATUS_LABELS } from '../../../../domain/case-model.ts';
import { transferSchema } from '../../../../domain/schemas/case.ts';
import { api } from '../../api/client.ts';
import { Link } from '../../app/router.tsx';
import { useSession } from '../../app/session.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { defineWords, useWords } from '../../i18n/words.ts';
import { ConfirmDialog } from '../../ui/confirm.tsx';
import { Form, SelectField, TextField, useForm } from '../../ui/form.tsx';
import { Badge, Card, Facts, PageHeader } from '../../ui/layout.tsx';
import type { CaseManager } from './case-manager.ts';
import { labelOf } from './codes.ts';
import { AttachmentList } from './referrals/referral-attachments.tsx';
import type { CaseDetails, CasePageAnswer } from './section.ts';

const WORDS = defineWords({
  en: {
    title: 'Case {id}',
    subtitle: 'Referred to your organisation by {organisation}. You can read what the referral shares.',
    shared: 'What the referral shares',
    client: 'Client',
    dateOfBirth: 'Date of birth',
    city: 'City',
    stage: 'Stage',
    since: '{stage} since {date}',
    organisation: 'Managing organisation',
    caseManager: 'Case manager',
    program: 'Program',
    referrals: 'Referrals to your organisation',
    sentOn: 'Sent on {date} by {contact}',
    pending: 'Transfer pending',
    transfer: 'Complete the transfer',
    transferIntro:
      'The case becomes your organisation’s, managed by the case manager you choose; {organisation} can no ' +
      'longer see it.',
    blocked: 'A case in {stage} can no longer be transferred.',
    newManager: 'Case manager',
    location: 'Service delivery location',
    confirmTitle: 'Transfer case {id} to {name}?',
    confirmText: 'The case moves to your organisation for good; its former organisation loses access.',
    confirm: 'Transfer the case',
    done: 'Case {id} is now your organisation’s, managed by {name}.',
  },
  fr: {
    title: 'Cas {id}',
    subtitle: 'Aiguillé vers votre organisme par {organisation}. Vous pouvez consulter ce que l’aiguillage partage.',
    shared: 'Ce que l’aiguillage partage',
    client: 'Client',
    dateOfBirth: 'Date de naissance',
    city: 'Ville',
    stage: 'Étape',
    since: '{stage} depuis le {date}',
    organisation: 'Organisme gestionnaire',
    caseManager: 'Gestionnaire de cas',
    program: 'Programme',
    referrals: 'Aiguillages vers votre organisme',
    sentOn: 'Envoyé le {date} par {contact}',
    pending: 'Transfert en attente',
    transfer: 'Terminer le transfert',
    transferIntro:
      'Le cas devient celui de votre organisme, géré par le gestionnaire de cas choisi; {organisation} ne ' +
      'peut plus le consulter.',
    blocked: 'Un cas à l’étape {stage} ne peut plus être transféré.',
    newManager: 'Gestionnaire de cas',
    location: 'Lieu de prestation des services',
    confirmTitle: 'Transférer le cas {id} à {name} ?',
    confirm: 'Transférer le cas',
    confirmText: 'Le cas passe à votre organisme pour de bon; son ancien organisme n’y a plus accès.',
    done: 'Le cas {id} appartient maintenant à votre organisme, géré par {name}.',
  },
});

type Referred = Extract<CasePageAnswer, { referredAccess: true }>;

export function ReferredCase(props: { c: Referred; managers: CaseManager[]; reload(): void }) {
  const { c } = props;
  const w = useWords(WORDS);
  const { label, date } = useI18n();
  const { can } = useSession();
  const stage = label(labelOf(STATUS_LABELS, c.status));
  const transferable = c.status !== 'FOLLOW_UP' && c.status !== 'CLOSED';
  return (
    <>
      <PageHeader
        title={`${w('title', { id: c.id })} · ${c.individual.name}`}
        subtitle={w('subtitle', { organisation: c.organisation })}
      />
      <Card title={w('shared')}>
        <Facts
          items={[
            [w('client'), <Link to={`/people/${c.individual.id}`}>{c.individual.name}</Link>],
            [w('dateOfBirth'), date(c.individual.dateOfBirth)],
            [w('city'), c.individual.city],
            [w('stage'), w('since', { stage, date: date(c.statusSince) })],
            [w('organisation'), c.organisation],
            [w('caseManager'), c.caseManager],
            [w('program'), c.program],
          ]}
        />
      </Card>
      <Card title={w('referrals')}>
        <ul className="plain referral-list">
          {c.referrals.map((r) => (
            <li key={r.id}>
              <strong>{label(r.typeLabel)}</strong>{' '}
              {r.type === 'CASE_TRANSFER' && r.transferOutcome === 'PENDING' && (
                <Badge tone="warning">{w('pending')}</Badge>
              )}
              <div className="muted">{w('sentOn', { date: date(r.submittedOn), contact: r.contactPerson })}</div>
              <div>{r.subject}</div>
              <AttachmentList referral={r} />
            </li>
          ))}
        </ul>
      </Card>
      {c.pendingTransfer && can('case.update') && (
        <Card title={w('transfer')}>
          {transferable ? (
            <TransferForm {...props} />
          ) : (
            <div className="notice notice-warning">{w('blocked', { stage })}</div>
          )}
        </Card>
      )}
    </>
  );
}

function TransferForm(props: { c: Referred; managers: CaseManager[]; reload(): void }) {
  const { c } = props;
  const w = useWords(WORDS);
  const [asking, setAsking] = useState(false);
  const nameOf = (id: string) => props.managers.find((m) => String(m.id) === id)?.name ?? '';
  const toBody = (v: { caseManagerId: string; serviceDeliveryLocation: string }) => ({
    caseManagerId: Number(v.caseManagerId) || undefined,
    serviceDeliveryLocation: v.serviceDeliveryLocation.trim() || undefined,
    confirmed: true,
  });
  const form = useForm({
    initial: { caseManagerId: '', serviceDeliveryLocation: '' },
    schema: transferSchema,
    toBody,
    send: (body, key) => api.post<{ case: CaseDetails }>(`/api/cases/${c.id}/transfer`, { body, idempotencyKey: key }),
    success: (r) => w('done', { id: c.id, name: r.case.caseManager.name }),
    done: props.reload,
  });
  // C-TR-01: a complete form is confirmed in a dialog before anything is sent; an incomplete one says what is missing.
  const ask = {
    ...form,
    onSubmit: async (e?: { preventDefault(): void }) => {
      e?.preventDefault();
      if (transferSchema.safeParse(toBody(form.values)).success) setAsking(true);
      else await form.onSubmit();
    },
  };
  return (
    <>
      <p>{w('transferIntro', { organisation: c.organisation })}</p>
      <Form form={ask} label={w('transfer')} submit={w('transfer')}>
        <SelectField
          form={form}
          name="caseManagerId"
          label={w('newManager')}
          required
          options={props.managers.map((m) => ({ value: String(m.id), label: m.name }))}
        />
        <TextField form={form} name="serviceDeliveryLocation" label={w('location')} />
      </Form>
      <ConfirmDialog
        open={asking}
        title={w('confirmTitle', { id: c.id, name: nameOf(form.values.caseManagerId) })}
        confirm={w('confirm')}
        onCancel={() => setAsking(false)}
        onConfirm={() => {
          setAsking(false);
          void form.onSubmit();
        }}
      >
        <p>{w('confirmText')}</p>
      </ConfirmDialog>
    </>
  );
}
