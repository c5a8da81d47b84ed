// R-SEC-17: the reminder an organisation's administrators see on every page once the quarterly access review is due.
// Operations Support is not reminded of the organisations it supports.
import { useEffect } from 'react';
import type { reviewSchedule } from '../../../../app/access-review/queries.ts';
import { useApi } from '../../api/use-api.ts';
import { Link, useLocation } from '../../app/router.tsx';
import { useSession } from '../../app/session.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { useWords } from '../../i18n/words.ts';
import { WORDS } from './access-review-words.ts';

type Schedule = Awaited<ReturnType<typeof reviewSchedule>>;

const REVIEW_PAGE = '/organisation/access-review';

export function AccessReviewReminder() {
  const { user, can } = useSession();
  const { path } = useLocation();
  const w = useWords(WORDS);
  const { date } = useI18n();
  const reminded = Boolean(user) && can('contacts.manage') && !can('org.any');
  const schedule = useApi<Schedule>(
    reminded ? `/api/organisations/${user!.organisationId}/access-review/schedule` : null,
  );
  const { data, reload } = schedule;
  // Asked again when the administrator leaves the review page, where they may have just recorded one.
  useEffect(() => {
    if (path !== REVIEW_PAGE && data?.due) reload();
  }, [path === REVIEW_PAGE]);
  if (!reminded || !data?.due || path === REVIEW_PAGE) return null;
  return (
    <div className="notice notice-warning" role="status">
      {w('reminder', { date: date(data.dueOn) })} <Link to={REVIEW_PAGE}>{w('reviewNow')}</Link>
    </div>
  );
}
