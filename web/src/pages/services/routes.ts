// The services pages and their addresses (the fixed addresses before the service's own).
import type { Route } from '../../app/route.ts';
import { ActivityReportPage } from './activity-report-page.tsx';
import { NewServicePage } from './new-service-page.tsx';
import { ServicePage } from './service-page.tsx';
import { ServicesPage } from './services-page.tsx';

const READERS: Route['needs'] = ['case.view', 'service.manage'];

export const ROUTES: Route[] = [
  { path: '/services', page: ServicesPage, needs: READERS },
  { path: '/services/new', page: NewServicePage, needs: ['service.manage'] },
  { path: '/services/activity-report', page: ActivityReportPage, needs: READERS },
  { path: '/services/:serviceId', page: ServicePage, needs: READERS },
];
