// The home page: what needs the user's attention today.
import { useUser } from '../app/session.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { PageHeader } from '../ui/layout.tsx';

export function HomePage() {
  const { t } = useI18n();
  const user = useUser();
  return <PageHeader title={t('home')} subtitle={t('welcome', { name: user.name })} />;
}
