// Adding a contact (/organisation/contacts/new, §3.2-3.3): without LaMPSS access, or invited at once with the
// profiles to give; an invitation is confirmed first, naming the recipient and the expiry date (R-INV-04).
import { useState } from 'react';
import { contactSchema } from '../../../../domain/schemas/access.ts';
import { api } from '../../api/client.ts';
import { useApi } from '../../api/use-api.ts';
import { Link, navigate } from '../../app/router.tsx';
import { useUser } from '../../app/session.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { useWords } from '../../i18n/words.ts';
import { ConfirmDialog } from '../../ui/confirm.tsx';
import { Checkbox, Form, TextArea, useForm } from '../../ui/form.tsx';
import { Card, Loaded, PageHeader } from '../../ui/layout.tsx';
import { contactBody, ContactFields, contactValues, ProfilePicker } from './contact-form.tsx';
import type { ContactRow } from './contact-summary.tsx';
import { WORDS } from './contact-words.ts';
import { organisationPath, type Organisation } from './organisation-page.tsx';

export function NewContactPage() {
  const user = useUser();
  const w = useWords(WORDS);
  const org = useApi<Organisation>(organisationPath(user.organisationId));
  return (
    <>
      <PageHeader
        title={w('newTitle')}
        subtitle={user.organisationName}
        actions={
          <Link to="/organisation/contacts" className="button secondary">
            {w('back')}
          </Link>
        }
      />
      <Loaded state={org}>{(o) => <NewContactForm org={o} />}</Loaded>
    </>
  );
}

function NewContactForm({ org }: { org: Organisation }) {
  const w = useWords(WORDS);
  const { t, date, lang } = useI18n();
  const [asking, setAsking] = useState(false);
  const form = useForm({
    initial: { ...contactValues(), invite: false, profiles: [] as string[], message: '' },
    schema: contactSchema,
    toBody: (v) => ({
      ...contactBody(v),
      ...(v.invite ? { invitation: { profiles: v.profiles, message: v.message.trim() || null } } : {}),
    }),
    send: (body, key) =>
      api.post<ContactRow & { invitationSent: boolean }>(`${organisationPath(org.id)}/contacts`, {
        body,
        idempotencyKey: key,
        query: { lang },
      }),
    success: (c) => w(c.invitationSent ? 'createdInvited' : 'created', { name: c.name }),
    done: (c) => navigate(`/organisation/contacts/${c.id}`),
  });
  return (
    <Card>
      <Form
        form={{
          ...form,
          onSubmit: async (e) => {
            e?.preventDefault();
            if (form.values.invite) setAsking(true);
            else await form.onSubmit();
          },
        }}
        label={w('newForm')}
        submit={w('create')}
        secondary={
          <Link to="/organisation/contacts" className="button secondary">
            {t('cancel')}
          </Link>
        }
      >
        <ContactFields form={form} org={org} />
        {org.can.manageContacts && <Checkbox form={form} name="invite" label={w('inviteNow')} />}
        {form.values.invite && (
          <>
            <ProfilePicker form={form} org={org} />
            <TextArea form={form} name="message" label={w('message')} rows={3} />
          </>
        )}
      </Form>
      <ConfirmDialog
        open={asking}
        title={w('confirmInvite')}
        confirm={w('send')}
        onConfirm={() => {
          setAsking(false);
          void form.onSubmit();
        }}
        onCancel={() => setAsking(false)}
      >
        <p>{w('confirmInviteText', { email: form.values.email, date: date(org.invitationExpiresAt) })}</p>
      </ConfirmDialog>
    </Card>
  );
}
