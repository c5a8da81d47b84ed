// Signing in (R-UI-01): organisation, user ID, password and the terms of use, accepted every time.
import { signInSchema } from '../../../domain/schemas/access.ts';
import { navigate, useLocation } from '../app/router.tsx';
import { useSession } from '../app/session.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { Checkbox, Form, TextField, useForm } from '../ui/form.tsx';
import { PageHeader } from '../ui/layout.tsx';

export function SignInPage() {
  const { t } = useI18n();
  const { signIn, notice } = useSession();
  const { query } = useLocation();
  const next = query.get('next');
  const form = useForm({
    initial: { organisationCode: '', loginId: '', password: '', acceptTerms: false },
    schema: signInSchema,
    send: (body) => signIn(body),
    done: () => navigate(next && next.startsWith('/') && !next.startsWith('//') ? next : '/', { replace: true }),
  });
  return (
    <div className="narrow">
      <PageHeader title={t('signInTitle')} subtitle={t('signInIntro')} />
      {notice && (
        <div className="notice" role="status">
          {notice}
        </div>
      )}
      <Form form={form} label={t('signInTitle')} submit={t('signIn')}>
        <TextField
          form={form}
          name="organisationCode"
          label={t('organisationCode')}
          required
          autoComplete="organization"
        />
        <TextField form={form} name="loginId" label={t('userId')} required autoComplete="username" />
        <TextField
          form={form}
          name="password"
          label={t('password')}
          type="password"
          required
          autoComplete="current-password"
        />
        <Checkbox form={form} name="acceptTerms" label={t('acceptTerms')} hint={t('termsSummary')} />
      </Form>
    </div>
  );
}
