// Accepting an invitation (/invitations/:token, §3.6), the page the invitation email links to: the invitee sees only
// the organisation and who invited them (SR-08), chooses a user ID and password, and is told how to sign in. A link
// that cannot be used says why (expired, withdrawn, already used: R-INV-08..11).
import { useState } from 'react';
import type { acceptInvitation, invitationLanding } from '../../../../app/access/invitation-acceptance.ts';
import { acceptInvitationSchema } from '../../../../domain/schemas/access.ts';
import { api, ApiError } from '../../api/client.ts';
import { useApi } from '../../api/use-api.ts';
import { Link } from '../../app/router.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { useWords } from '../../i18n/words.ts';
import { Form, TextField, useForm } from '../../ui/form.tsx';
import { Card, Loaded, PageHeader } from '../../ui/layout.tsx';
import { WORDS } from './access-words.ts';
import { profileName } from './contact-labels.ts';

type Landing = Awaited<ReturnType<typeof invitationLanding>>;
type Accepted = Awaited<ReturnType<typeof acceptInvitation>>;

export function InvitationPage({ params }: { params: Record<string, string> }) {
  const w = useWords(WORDS);
  const state = useApi<Landing>(`/api/invitations/${encodeURIComponent(params.token)}`);
  const [accepted, setAccepted] = useState<Accepted | null>(null);
  if (state.error instanceof ApiError)
    return (
      <div className="narrow">
        <PageHeader title={w('invitationUnusable')} />
        <div className="notice notice-error" role="alert">
          <p>{state.error.body.message}</p>
          <p>{w('askAdministrator')}</p>
        </div>
      </div>
    );
  return (
    <div className="narrow">
      <Loaded state={state}>
        {(landing) =>
          accepted ? (
            <Welcome accepted={accepted} />
          ) : (
            <AcceptForm token={params.token} landing={landing} done={setAccepted} />
          )
        }
      </Loaded>
    </div>
  );
}

function AcceptForm({ token, landing, done }: { token: string; landing: Landing; done(a: Accepted): void }) {
  const w = useWords(WORDS);
  const { date } = useI18n();
  const form = useForm({
    initial: { loginId: '', password: '', accountEmail: '' },
    schema: acceptInvitationSchema,
    toBody: (v) => ({
      token,
      loginId: v.loginId.trim(),
      password: v.password,
      accountEmail: v.accountEmail.trim() || null,
    }),
    send: (body, key) => api.post<Accepted>('/api/invitations/accept', { body, idempotencyKey: key }),
    success: w('accepted'),
    done,
  });
  return (
    <>
      <PageHeader title={w('invitationTitle', { organisation: landing.organisationName })} />
      <Card>
        <p>
          {w('invitationIntro', {
            inviter: landing.inviterName,
            organisation: landing.organisationName,
            date: date(landing.expiresAt),
          })}
        </p>
        <p>{w('invitationHow', { code: landing.organisationCode })}</p>
        <Form form={form} label={w('acceptForm')} submit={w('accept')}>
          <TextField
            form={form}
            name="loginId"
            label={w('loginId')}
            hint={w('loginIdHint')}
            required
            autoComplete="username"
          />
          <TextField
            form={form}
            name="password"
            label={w('password')}
            type="password"
            required
            autoComplete="new-password"
          />
          <TextField
            form={form}
            name="accountEmail"
            label={w('accountEmail')}
            hint={w('accountEmailHint')}
            type="email"
            autoComplete="email"
          />
        </Form>
      </Card>
    </>
  );
}

function Welcome({ accepted }: { accepted: Accepted }) {
  const w = useWords(WORDS);
  const { label } = useI18n();
  return (
    <>
      <PageHeader title={w('acceptedTitle', { organisation: accepted.organisationName })} />
      <Card>
        <p>{w('acceptedText', { code: accepted.organisationCode, loginId: accepted.loginId ?? '' })}</p>
        {accepted.profiles.length > 0 && (
          <>
            <p>{w('profilesGiven')}</p>
            <ul>
              {accepted.profiles.map((p) => (
                <li key={p}>{label(profileName(p))}</li>
              ))}
            </ul>
          </>
        )}
        {accepted.skippedProfiles.length > 0 && (
          <>
            <p>{w('profilesSkipped')}</p>
            <ul>
              {accepted.skippedProfiles.map((p) => (
                <li key={p}>{label(profileName(p))}</li>
              ))}
            </ul>
          </>
        )}
        <Link to="/sign-in" className="button">
          {w('goSignIn')}
        </Link>
      </Card>
    </>
  );
}
