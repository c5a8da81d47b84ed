// Changing one's own password (/account/password, R-UI-07), open to every signed-in user from the header: the current
// password, then the new one twice. The server ends the user's other sessions and keeps this one, and says so.
import type { changePassword } from '../../../../app/session/password-change.ts';
import { passwordChangeSchema } from '../../../../domain/schemas/access.ts';
import { api } from '../../api/client.ts';
import { navigate } from '../../app/router.tsx';
import { useWords } from '../../i18n/words.ts';
import { Form, TextField, useForm } from '../../ui/form.tsx';
import { Card, PageHeader } from '../../ui/layout.tsx';
import { WORDS } from './account-words.ts';
import { NewPasswordFields } from './new-password-fields.tsx';

type Changed = Awaited<ReturnType<typeof changePassword>>;

export function ChangePasswordPage() {
  const w = useWords(WORDS);
  const form = useForm({
    initial: { currentPassword: '', newPassword: '', newPasswordConfirmation: '' },
    schema: passwordChangeSchema,
    send: (body, key) => api.post<Changed>('/api/account/password', { body, idempotencyKey: key }),
    success: w('changed'),
    done: () => navigate('/'),
  });
  return (
    <div className="narrow">
      <PageHeader title={w('changeTitle')} />
      <Card className="account-card">
        <p>{w('changeIntro')}</p>
        <Form form={form} label={w('changeForm')} submit={w('change')}>
          <TextField
            form={form}
            name="currentPassword"
            label={w('currentPassword')}
            type="password"
            required
            autoComplete="current-password"
          />
          <NewPasswordFields form={form} />
        </Form>
      </Card>
    </div>
  );
}
