// The services pages and their addresses (the fixed addresses before the service's own).
import { lazyPage } from '../../app/lazy-page.ts';
import type { Route } from '../../app/route.ts';

const ActivityReportPage = lazyPage(() => import('./activity-report-page.tsx').then((m) => m.ActivityReportPage));
const NewServicePage = lazyPage(() => import('./new-service-page.tsx').then((m) => m.NewServicePage));
const ServicePage = lazyPage(() => import('./service-page.tsx').then((m) => m.ServicePage));
const ServicesPage = lazyPage(() => import('./services-page.tsx').then((m) => m.ServicesPage));

const READERS: Route['needs'] = ['case.view', 'service.manage'];

export const ROUTES: Route[] = [
  { path: '/services', page: ServicesPage, needs: READERS },
  { path: '/services/new', page: NewServicePage, needs: ['service.manage'] },
  { path: '/services/activity-report', page: ActivityReportPage, needs: READERS },
  { path: '/services/:serviceId', page: ServicePage, needs: READERS },
];
