// An emailed link that cannot be used (not valid, used, replaced, expired): why, in the server's words, and the page
// that gives a new one.
import { ApiError } from '../../api/client.ts';
import { Link } from '../../app/router.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { PageHeader } from '../../ui/layout.tsx';

export function LinkUnusable(props: { title: string; error: Error; next: { to: string; label: string } }) {
  const { t } = useI18n();
  return (
    <>
      <PageHeader title={props.title} />
      <div className="notice notice-error" role="alert">
        <p>{props.error instanceof ApiError ? props.error.body.message : t('loadFailed')}</p>
      </div>
      <Link to={props.next.to} className="button">
        {props.next.label}
      </Link>
    </>
  );
}
