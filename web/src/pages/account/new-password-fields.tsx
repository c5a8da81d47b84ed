// The new password typed twice, with the rules it must meet (SR-01): the same two fields on the change-of-password
// page and the page a reset link opens, each showing the server's refusal beside it.
import { MIN_PASSWORD_LENGTH } from '../../../../domain/passwords.ts';
import { useWords } from '../../i18n/words.ts';
import { TextField, type FormState } from '../../ui/form.tsx';
import { WORDS } from './account-words.ts';

export function NewPasswordFields<V extends { newPassword: string; newPasswordConfirmation: string }>({
  form,
}: {
  form: FormState<V>;
}) {
  const w = useWords(WORDS);
  return (
    <>
      <TextField
        form={form}
        name="newPassword"
        label={w('newPassword')}
        hint={w('newPasswordHint', { min: MIN_PASSWORD_LENGTH })}
        type="password"
        required
        autoComplete="new-password"
      />
      <TextField
        form={form}
        name="newPasswordConfirmation"
        label={w('newPasswordConfirmation')}
        type="password"
        required
        autoComplete="new-password"
      />
    </>
  );
}
