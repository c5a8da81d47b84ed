// R-SEC-17: the periodic access review (/organisation/access-review): every user with LaMPSS access, their profiles,
// last sign-in and who invited them, dormant accounts flagged; the administrator records the review, and the next
// one is due a quarter later.
import type { accessReview } from '../../../../app/access-review/queries.ts';
import { accessReviewSchema } from '../../../../domain/schemas/support.ts';
import { api } from '../../api/client.ts';
import { useApi } from '../../api/use-api.ts';
import { Link } from '../../app/router.tsx';
import { useUser } from '../../app/session.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { useWords } from '../../i18n/words.ts';
import { DataTable } from '../../ui/data-table.tsx';
import { Checkbox, Form, TextArea, useForm } from '../../ui/form.tsx';
import { Badge, Card, Loaded, PageHeader } from '../../ui/layout.tsx';
import { WORDS } from './access-review-words.ts';
import { profileName } from './contact-labels.ts';
import { organisationPath } from './organisation-page.tsx';

export type Review = Awaited<ReturnType<typeof accessReview>>;

export const accessReviewPath = (organisationId: number) => `${organisationPath(organisationId)}/access-review`;

export function AccessReviewPage() {
  const user = useUser();
  const w = useWords(WORDS);
  const { date, number } = useI18n();
  const state = useApi<Review>(accessReviewPath(user.organisationId));
  return (
    <>
      <PageHeader
        title={w('title')}
        subtitle={w('subtitle')}
        actions={
          <Link to="/organisation/contacts" className="button secondary">
            {w('contacts')}
          </Link>
        }
      />
      <Loaded state={state}>
        {(review) => {
          const dormant = review.users.filter((u) => u.dormant).length;
          return (
            <>
              <div className={`notice ${review.due ? 'notice-warning' : ''}`} role="status">
                {review.due ? w('due', { date: date(review.dueOn) }) : w('notDue', { date: date(review.dueOn) })}
              </div>
              <Card title={w('usersTitle')}>
                {dormant > 0 && <p>{w('dormantCount', { n: number(dormant), total: number(review.users.length) })}</p>}
                <UsersTable users={review.users} />
              </Card>
              <Card title={w('recordTitle')}>
                <RecordForm organisationId={user.organisationId} done={state.set} />
              </Card>
              <Card title={w('historyTitle')}>
                <ReviewsTable reviews={review.reviews} />
              </Card>
            </>
          );
        }}
      </Loaded>
    </>
  );
}

function UsersTable({ users }: { users: Review['users'] }) {
  const w = useWords(WORDS);
  const { dateTime, label } = useI18n();
  return (
    <DataTable
      caption={w('usersTitle')}
      rowKey={(u) => u.id}
      rows={users}
      empty={w('none')}
      columns={[
        {
          key: 'name',
          header: w('name'),
          primary: true,
          cell: (u) => <Link to={`/organisation/contacts/${u.id}`}>{u.name}</Link>,
        },
        { key: 'userId', header: w('userId'), cell: (u) => u.loginId },
        {
          key: 'profiles',
          header: w('profiles'),
          cell: (u) => u.profiles.map((p) => label(profileName(p))).join(', '),
        },
        {
          key: 'lastSignIn',
          header: w('lastSignIn'),
          cell: (u) => (u.lastSignInAt ? dateTime(u.lastSignInAt) : w('never')),
        },
        { key: 'invitedBy', header: w('invitedBy'), cell: (u) => u.invitedBy ?? w('unknownInviter') },
        {
          key: 'flag',
          header: w('flag'),
          cell: (u) => (u.dormant ? <Badge tone="warning">{w('dormant')}</Badge> : ''),
        },
      ]}
    />
  );
}

function RecordForm({ organisationId, done }: { organisationId: number; done: (r: Review) => void }) {
  const w = useWords(WORDS);
  const form = useForm({
    initial: { confirmed: false, note: '' },
    schema: accessReviewSchema,
    check: (v): Record<string, string> => (v.confirmed ? {} : { confirmed: w('confirmed') }),
    send: (body) => api.post<Review>(accessReviewPath(organisationId), { body }),
    success: w('recorded'),
    done: (review) => {
      done(review);
      form.reset({ confirmed: false, note: '' });
    },
  });
  return (
    <Form form={form} label={w('recordForm')} submit={w('record')}>
      <Checkbox form={form} name="confirmed" label={w('confirmed')} />
      <TextArea form={form} name="note" label={w('note')} rows={3} />
    </Form>
  );
}

function ReviewsTable({ reviews }: { reviews: Review['reviews'] }) {
  const w = useWords(WORDS);
  const { dateTime, number } = useI18n();
  return (
    <DataTable
      caption={w('historyTitle')}
      rowKey={(r) => r.id}
      rows={reviews}
      empty={w('noReviews')}
      columns={[
        { key: 'at', header: w('reviewedAt'), primary: true, cell: (r) => dateTime(r.reviewedAt) },
        { key: 'by', header: w('reviewedBy'), cell: (r) => r.reviewedBy },
        { key: 'users', header: w('usersReviewed'), cell: (r) => number(r.usersReviewed) },
        { key: 'dormant', header: w('dormantUsers'), cell: (r) => number(r.dormantUsers) },
        { key: 'note', header: w('note'), cell: (r) => r.note ?? '—' },
      ]}
    />
  );
}
