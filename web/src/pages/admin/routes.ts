// The organisation administration pages and the public access pages, and their addresses. The navigation's
// "Organisation" and "Access requests" entries (app/App.tsx) lead here.
import { lazyPage } from '../../app/lazy-page.ts';
import type { Route } from '../../app/route.ts';

const AccessReviewPage = lazyPage(() => import('./access-review-page.tsx').then((m) => m.AccessReviewPage));
const AccessRequestPage = lazyPage(() => import('./access-request-page.tsx').then((m) => m.AccessRequestPage));
const AccessRequestsPage = lazyPage(() => import('./access-requests-page.tsx').then((m) => m.AccessRequestsPage));
const AuditPage = lazyPage(() => import('./audit-page.tsx').then((m) => m.AuditPage));
const ContactPage = lazyPage(() => import('./contact-page.tsx').then((m) => m.ContactPage));
const ContactsPage = lazyPage(() => import('./contacts-page.tsx').then((m) => m.ContactsPage));
const InvitationPage = lazyPage(() => import('./invitation-page.tsx').then((m) => m.InvitationPage));
const NewContactPage = lazyPage(() => import('./new-contact-page.tsx').then((m) => m.NewContactPage));
const OrganisationPage = lazyPage(() => import('./organisation-page.tsx').then((m) => m.OrganisationPage));

export const ROUTES: Route[] = [
  { path: '/organisation', page: OrganisationPage, needs: ['org.view'] },
  { path: '/organisation/contacts', page: ContactsPage, needs: ['contacts.view'] },
  { path: '/organisation/contacts/new', page: NewContactPage, needs: ['contacts.manage'] },
  { path: '/organisation/contacts/:contactId', page: ContactPage, needs: ['contacts.view'] },
  { path: '/organisation/audit', page: AuditPage, needs: ['audit.view'] },
  { path: '/organisation/access-review', page: AccessReviewPage, needs: ['contacts.manage'] },
  { path: '/access-requests', page: AccessRequestsPage, needs: ['access-requests.process'] },
  // Public: the link in the invitation email, and the form of an organisation that has no access yet.
  { path: '/invitations/:token', page: InvitationPage, public: true },
  { path: '/request-access', page: AccessRequestPage, public: true },
];
