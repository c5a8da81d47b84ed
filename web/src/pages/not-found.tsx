import { Link } from '../app/router.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { PageHeader } from '../ui/layout.tsx';

export function NotFoundPage() {
  const { t } = useI18n();
  return (
    <>
      <PageHeader title={t('notFoundTitle')} />
      <p>{t('notFoundText')}</p>
      <Link to="/">{t('backHome')}</Link>
    </>
  );
}
