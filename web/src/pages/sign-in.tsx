// Signing in (R-UI-01): organisation, user ID, password and the terms of use, accepted every time. A link may fill in
// the organisation and user ID (?organisation=…&user=…, after a password reset); the page leads to a forgotten
// password and to a new organisation's access request.
import { signInSchema } from '../../../domain/schemas/access.ts';
import { Link, navigate, useLocation } from '../app/router.tsx';
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
    initial: {
      organisationCode: query.get('organisation') ?? '',
      loginId: query.get('user') ?? '',
      password: '',
      acceptTerms: false,
    },
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
      <Form
        form={form}
        label={t('signInTitle')}
        submit={t('signIn')}
        busy={t('signingIn')}
        refusedTitle={t('signInRefused')}
      >
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
      <ul className="sign-in-links">
        <li>
          <Link to="/forgot-password">{t('forgotPassword')}</Link>
        </li>
        <li>
          {t('requestAccessWhy')} <Link to="/request-access">{t('requestAccess')}</Link>
        </li>
      </ul>
    </div>
  );
}
