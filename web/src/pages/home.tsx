// The home page: what needs the user's attention today, and only what their profiles let them see (each part asks
// the API only for what it may read, all at once): a case manager's tasks, alerts and caseload; a supervisor's team;
// operations' stuck steps; an administrator's organisation; for all who work with people and cases, a quick way to
// find one and what they opened last.
import { useSession, useUser } from '../app/session.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { PageHeader } from '../ui/layout.tsx';
import { AlertsCard } from './home/alerts-card.tsx';
import { CaseloadCard } from './home/caseload-card.tsx';
import { OrganisationCard } from './home/organisation-card.tsx';
import { QuickFind } from './home/quick-find.tsx';
import { RecentCards } from './home/recent-cards.tsx';
import { StuckStepsCard } from './home/stuck-steps-card.tsx';
import { TasksCard } from './home/tasks-card.tsx';
import { TeamCard } from './home/team-card.tsx';

export function HomePage() {
  const { t } = useI18n();
  const user = useUser();
  const { can } = useSession();
  const managesCases = can('case.view') && can('case.assignable');
  return (
    <>
      <PageHeader title={t('home')} subtitle={t('welcome', { name: user.name })} />
      <div className="home-grid">
        {managesCases && <TasksCard />}
        {managesCases && <AlertsCard />}
        {managesCases && <CaseloadCard />}
        {can('case.view') && can('case.inspect') && <TeamCard />}
        {can('ops.view') && <StuckStepsCard />}
        {can('contacts.manage') && <OrganisationCard />}
        {(can('individual.view') || can('case.view') || can('funding.decide')) && <QuickFind />}
        {(can('individual.view') || can('case.view') || can('funding.decide') || can('org.view')) && <RecentCards />}
      </div>
    </>
  );
}
