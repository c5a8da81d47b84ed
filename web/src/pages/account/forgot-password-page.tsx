// A forgotten password (/forgot-password, R-UI-07), from the sign-in page's link: the account's email address, then
// the server's answer, which is the same whether or not an account uses the address.
import { Fragment, useState } from 'react';
import { passwordResetRequestSchema } from '../../../../domain/schemas/access.ts';
import { api } from '../../api/client.ts';
import { Link } from '../../app/router.tsx';
import { useWords } from '../../i18n/words.ts';
import { Form, TextField, useForm } from '../../ui/form.tsx';
import { Card, PageHeader } from '../../ui/layout.tsx';
import { WORDS } from './account-words.ts';

export function ForgotPasswordPage() {
  const w = useWords(WORDS);
  const [answer, setAnswer] = useState<string | null>(null);
  const form = useForm({
    initial: { email: '' },
    schema: passwordResetRequestSchema,
    toBody: (v) => ({ email: v.email.trim() }),
    send: (body, key) => api.post<{ message: string }>('/api/password-resets', { body, idempotencyKey: key }),
    done: (result) => setAnswer(result.message),
  });
  return (
    <div className="narrow">
      {/* Keyed: the new heading mounts, and takes the focus. */}
      {answer ? (
        <Fragment key="sent">
          <PageHeader title={w('sentTitle')} />
          <Card className="account-card">
            <p role="status">{answer}</p>
            <Link to="/sign-in">{w('backToSignIn')}</Link>
          </Card>
        </Fragment>
      ) : (
        <Fragment key="form">
          <PageHeader title={w('forgotTitle')} />
          <Card className="account-card">
            <p>{w('forgotIntro')}</p>
            <Form
              form={form}
              label={w('forgotForm')}
              submit={w('send')}
              secondary={<Link to="/sign-in">{w('backToSignIn')}</Link>}
            >
              <TextField form={form} name="email" label={w('email')} type="email" required autoComplete="email" />
            </Form>
          </Card>
        </Fragment>
      )}
    </div>
  );
}
