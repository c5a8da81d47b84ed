// The page a password reset link opens (/password-reset/:token, R-UI-07): the account it resets (organisation and
// user ID), the new password twice, then how to sign in with it. A link that cannot be used says why (not valid,
// already used, replaced by a newer one, expired) and leads to a new request.
import { useState } from 'react';
import type { passwordResetLanding, resetPassword } from '../../../../app/session/password-reset.ts';
import { passwordResetSchema } from '../../../../domain/schemas/access.ts';
import { api, ApiError } from '../../api/client.ts';
import { useApi } from '../../api/use-api.ts';
import { Link } from '../../app/router.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { useWords } from '../../i18n/words.ts';
import { Form, useForm } from '../../ui/form.tsx';
import { Card, Facts, Loaded, PageHeader } from '../../ui/layout.tsx';
import { WORDS } from './account-words.ts';
import { LinkUnusable } from './link-unusable.tsx';
import { NewPasswordFields } from './new-password-fields.tsx';

type Landing = Awaited<ReturnType<typeof passwordResetLanding>>;
type Reset = Awaited<ReturnType<typeof resetPassword>>;

export function PasswordResetPage({ params }: { params: Record<string, string> }) {
  const w = useWords(WORDS);
  const state = useApi<Landing>(`/api/password-resets/${encodeURIComponent(params.token)}`);
  const [reset, setReset] = useState<Reset | null>(null);
  return (
    <div className="narrow">
      {state.error instanceof ApiError ? (
        <LinkUnusable
          title={w('resetUnusable')}
          error={state.error}
          next={{ to: '/forgot-password', label: w('askAgain') }}
        />
      ) : (
        <Loaded state={state}>
          {(landing) =>
            reset ? <Done reset={reset} /> : <ResetForm token={params.token} landing={landing} done={setReset} />
          }
        </Loaded>
      )}
    </div>
  );
}

function ResetForm({ token, landing, done }: { token: string; landing: Landing; done(r: Reset): void }) {
  const w = useWords(WORDS);
  const { dateTime } = useI18n();
  const form = useForm({
    initial: { newPassword: '', newPasswordConfirmation: '' },
    schema: passwordResetSchema,
    toBody: (v) => ({ token, ...v }),
    send: (body, key) => api.post<Reset>('/api/password-resets/complete', { body, idempotencyKey: key }),
    success: w('resetDone'),
    done,
  });
  return (
    <>
      <PageHeader title={w('resetTitle')} />
      <Card className="account-card">
        <p>{w('resetIntro')}</p>
        <Facts
          items={[
            [w('organisation'), landing.organisationName],
            [w('organisationCode'), landing.organisationCode],
            [w('userId'), landing.loginId],
            [w('validUntil'), dateTime(landing.expiresAt)],
          ]}
        />
        <Form form={form} label={w('resetForm')} submit={w('reset')}>
          {/* The account's user ID, for password managers to file the new password under. */}
          <input type="text" name="username" autoComplete="username" value={landing.loginId ?? ''} readOnly hidden />
          <NewPasswordFields form={form} />
        </Form>
      </Card>
    </>
  );
}

function Done({ reset }: { reset: Reset }) {
  const w = useWords(WORDS);
  const signIn = `/sign-in?${new URLSearchParams({ organisation: reset.organisationCode, user: reset.loginId })}`;
  return (
    <>
      <PageHeader title={w('resetDoneTitle')} />
      <Card className="account-card">
        <p>{w('resetDoneText', { code: reset.organisationCode, loginId: reset.loginId })}</p>
        <Link to={signIn} className="button">
          {w('signIn')}
        </Link>
      </Card>
    </>
  );
}
