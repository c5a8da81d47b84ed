// A contact (/organisation/contacts/:contactId): their information and LaMPSS access, and what an administrator does
// with them: edit (R-CON-18..22), invite (R-INV-01..05, confirmed first), resend or withdraw the invitation, remove
// access (§3.10, confirmed first), make them the primary contact (§3.11, by the current primary contact).
import { useState } from 'react';
import { contactChangeSchema, invitationSchema } from '../../../../domain/schemas/access.ts';
import { api } from '../../api/client.ts';
import { useApi } from '../../api/use-api.ts';
import { Link } from '../../app/router.tsx';
import { useSession, useUser } from '../../app/session.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { useWords } from '../../i18n/words.ts';
import { ConfirmDialog } from '../../ui/confirm.tsx';
import { Checkbox, Form, TextArea, useForm } from '../../ui/form.tsx';
import { EditableCard } from '../../ui/editable-card.tsx';
import { Card, Facts, Loaded, PageHeader } from '../../ui/layout.tsx';
import { useToast } from '../../ui/toast.tsx';
import { contactBody, ContactFields, contactValues, ProfilePicker } from './contact-form.tsx';
import { positionName } from './contact-labels.ts';
import { ContactBadges, ContactDetails, ContactProfiles, ContactStatus, type ContactRow } from './contact-summary.tsx';
import { WORDS } from './contact-words.ts';
import { organisationPath, type Organisation } from './organisation-page.tsx';
import { useAction } from './use-action.ts';

type Saved = ContactRow & { warning?: string | null };

export function ContactPage({ params }: { params: Record<string, string> }) {
  const user = useUser();
  const { lang } = useI18n();
  const base = organisationPath(user.organisationId);
  // Both in parallel: the organisation gives the form its offices and the profiles this user may give.
  const org = useApi<Organisation>(base);
  const contact = useApi<ContactRow>(`${base}/contacts/${params.contactId}`, { lang });
  return (
    <Loaded state={org}>
      {(o) => (
        <Loaded state={contact}>
          {(c) => (
            <Contact
              org={o}
              contact={c}
              update={(next) => {
                contact.set(next);
                org.reload();
              }}
              reload={contact.reload}
            />
          )}
        </Loaded>
      )}
    </Loaded>
  );
}

interface Props {
  org: Organisation;
  contact: ContactRow;
  update(c: ContactRow): void;
  reload(): void;
}

function Contact(props: Props) {
  const { org, contact } = props;
  const w = useWords(WORDS);
  return (
    <>
      <PageHeader
        title={
          <>
            {contact.name} <ContactBadges contact={contact} />
          </>
        }
        subtitle={w('contactSubtitle', { organisation: org.name })}
        actions={
          <Link to="/organisation/contacts" className="button secondary">
            {w('back')}
          </Link>
        }
      />
      <Information {...props} />
      <Access {...props} />
    </>
  );
}

function Information({ org, contact, update }: Props) {
  const w = useWords(WORDS);
  const { label, date, number } = useI18n();
  const office = org.officeLocations.find((o) => o.id === contact.officeLocationId);
  return (
    <EditableCard
      title={w('information')}
      editLabel={w('edit')}
      canEdit={org.can.manageContacts}
      form={(close) => (
        <EditForm
          org={org}
          contact={contact}
          close={close}
          done={(c) => {
            close();
            update(c);
          }}
        />
      )}
    >
      <>
        <div className="contact-facts">
          <ContactDetails contact={contact} />
        </div>
        <Facts
          items={[
            [w('officeLocation'), office?.name],
            [w('positionType'), label(positionName(contact.positionType))],
            [w('fte'), contact.fte == null ? null : number(contact.fte)],
            [w('startDate'), contact.startDate && date(contact.startDate)],
            [w('endDate'), contact.endDate && date(contact.endDate)],
            [w('status'), contact.active ? w('active') : w('inactive')],
          ]}
        />
      </>
    </EditableCard>
  );
}

function EditForm({
  org,
  contact,
  close,
  done,
}: {
  org: Organisation;
  contact: ContactRow;
  close(): void;
  done(c: ContactRow): void;
}) {
  const w = useWords(WORDS);
  const { t, lang } = useI18n();
  const toast = useToast();
  const form = useForm({
    initial: { ...contactValues(contact), active: contact.active },
    schema: contactChangeSchema,
    toBody: (v) => ({ ...contactBody(v), active: v.active, version: contact.version }),
    send: (body, key) =>
      api.patch<Saved>(`${organisationPath(org.id)}/contacts/${contact.id}`, {
        body,
        idempotencyKey: key,
        query: { lang },
      }),
    success: (c) => w('saved', { name: c.name }),
    done: (c) => {
      if (c.warning) toast(c.warning, 'error');
      done(c);
    },
  });
  return (
    <Form
      form={form}
      label={w('editForm')}
      submit={w('save')}
      secondary={
        <button type="button" className="secondary" onClick={close}>
          {t('cancel')}
        </button>
      }
    >
      <ContactFields form={form} org={org} />
      {!contact.isPrimary && <Checkbox form={form} name="active" label={w('active')} />}
    </Form>
  );
}

type Asking = 'withdraw' | 'remove' | 'primary' | null;

function Access({ org, contact, update, reload }: Props) {
  const w = useWords(WORDS);
  const { lang, dateTime } = useI18n();
  const { user } = useSession();
  const action = useAction();
  const [asking, setAsking] = useState<Asking>(null);
  const base = `${organisationPath(org.id)}`;
  const inv = contact.invitation;
  const ask = (a: Asking) => () => setAsking(a);
  const act = (a: Exclude<Asking, null>) => {
    setAsking(null);
    if (a === 'withdraw' && inv)
      void action.run(
        (key) => api.post(`${base}/invitations/${inv.id}/withdraw`, { idempotencyKey: key }),
        () => w('withdrawn', { name: contact.name }),
        reload,
      );
    if (a === 'remove')
      void action.run(
        (key) =>
          api.post<ContactRow>(`${base}/contacts/${contact.id}/remove-access`, {
            idempotencyKey: key,
            query: { lang },
          }),
        (c) => w('removed', { name: c.name }),
        update,
      );
    if (a === 'primary')
      void action.run(
        (key) =>
          api.put<ContactRow>(`${base}/primary-contact`, {
            body: { contactId: contact.id },
            idempotencyKey: key,
            query: { lang },
          }),
        (c) => w('primaryDone', { name: c.name }),
        update,
      );
  };
  const resend = () =>
    inv &&
    void action.run(
      (key) => api.post(`${base}/invitations/${inv.id}/resend`, { idempotencyKey: key }),
      () => w('resent', { email: contact.email }),
      reload,
    );
  // R-CON-07: only the current primary contact (or Operations Support) hands the role on, to an active user.
  const mayMakePrimary =
    org.can.manageContacts &&
    contact.active &&
    contact.hasAccess &&
    !contact.isPrimary &&
    (org.primaryContact?.id === user?.id || Boolean(user?.permissions.includes('org.any')));
  const has = (a: string) => contact.actions.includes(a);
  return (
    <Card title={w('access')}>
      <ContactStatus contact={contact} />
      {contact.profiles && (
        <div className="contact-profiles">
          <h3>{w('securityProfiles')}</h3>
          <ContactProfiles contact={contact} />
        </div>
      )}
      {contact.userId !== undefined && contact.hasAccess && (
        <Facts
          items={[
            [w('userId'), contact.userId],
            [w('lastSignIn'), contact.lastSignInAt ? dateTime(contact.lastSignInAt) : w('never')],
          ]}
        />
      )}
      <div className="actions">
        {has('resendInvitation') && (
          <button type="button" className="secondary" onClick={resend} disabled={action.busy}>
            {w('resend')}
          </button>
        )}
        {has('withdrawInvitation') && (
          <button type="button" className="secondary" onClick={ask('withdraw')} disabled={action.busy}>
            {w('withdraw')}
          </button>
        )}
        {mayMakePrimary && (
          <button type="button" className="secondary" onClick={ask('primary')} disabled={action.busy}>
            {w('makePrimary')}
          </button>
        )}
        {has('removeAccess') && (
          <button type="button" className="danger" onClick={ask('remove')} disabled={action.busy}>
            {w('removeAccess')}
          </button>
        )}
      </div>
      {has('invite') && <InviteForm org={org} contact={contact} done={reload} />}
      <ConfirmDialog
        open={asking === 'withdraw'}
        title={w('confirmWithdraw')}
        confirm={w('withdraw')}
        danger
        onConfirm={() => act('withdraw')}
        onCancel={() => setAsking(null)}
      >
        <p>{w('confirmWithdrawText', { email: contact.email })}</p>
      </ConfirmDialog>
      <ConfirmDialog
        open={asking === 'remove'}
        title={w('confirmRemove')}
        confirm={w('removeAccess')}
        danger
        onConfirm={() => act('remove')}
        onCancel={() => setAsking(null)}
      >
        <p>{w('confirmRemoveText', { name: contact.name })}</p>
      </ConfirmDialog>
      <ConfirmDialog
        open={asking === 'primary'}
        title={w('confirmPrimary', { name: contact.name })}
        confirm={w('makePrimary')}
        onConfirm={() => act('primary')}
        onCancel={() => setAsking(null)}
      >
        <p>{w('confirmPrimaryText', { name: contact.name, current: org.primaryContact?.name ?? '—' })}</p>
      </ConfirmDialog>
    </Card>
  );
}

/** R-INV-04: the invitation is confirmed (recipient and expiry date named) before anything is sent. */
function InviteForm({ org, contact, done }: { org: Organisation; contact: ContactRow; done(): void }) {
  const w = useWords(WORDS);
  const { date } = useI18n();
  const [asking, setAsking] = useState(false);
  const form = useForm({
    initial: { profiles: [] as string[], message: '' },
    schema: invitationSchema,
    toBody: (v) => ({ profiles: v.profiles, message: v.message.trim() || null }),
    send: (body, key) =>
      api.post(`${organisationPath(org.id)}/contacts/${contact.id}/invitations`, { body, idempotencyKey: key }),
    success: w('invited', { email: contact.email }),
    done,
  });
  return (
    <>
      <Form
        form={{
          ...form,
          onSubmit: async (e) => {
            e?.preventDefault();
            setAsking(true);
          },
        }}
        label={w('inviteForm')}
        submit={w('sendInvitation')}
        className="invite-form"
      >
        <h3>{w('invite')}</h3>
        <ProfilePicker form={form} org={org} />
        <TextArea form={form} name="message" label={w('message')} rows={3} />
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
        <p>{w('confirmInviteText', { email: contact.email, date: date(org.invitationExpiresAt) })}</p>
      </ConfirmDialog>
    </>
  );
}
