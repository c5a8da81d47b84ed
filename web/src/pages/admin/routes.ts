// The organisation administration pages and the public access pages, and their addresses. The navigation's
// "Organisation" and "Access requests" entries (app/App.tsx) lead here.
import type { Route } from '../../app/route.ts';
import { AccessRequestPage } from './access-request-page.tsx';
import { AccessRequestsPage } from './access-requests-page.tsx';
import { AuditPage } from './audit-page.tsx';
import { ContactPage } from './contact-page.tsx';
import { ContactsPage } from './contacts-page.tsx';
import { InvitationPage } from './invitation-page.tsx';
import { NewContactPage } from './new-contact-page.tsx';
import { OrganisationPage } from './organisation-page.tsx';

export const ROUTES: Route[] = [
  { path: '/organisation', page: OrganisationPage, needs: ['org.view'] },
  { path: '/organisation/contacts', page: ContactsPage, needs: ['contacts.view'] },
  { path: '/organisation/contacts/new', page: NewContactPage, needs: ['contacts.manage'] },
  { path: '/organisation/contacts/:contactId', page: ContactPage, needs: ['contacts.view'] },
  { path: '/organisation/audit', page: AuditPage, needs: ['audit.view'] },
  { path: '/access-requests', page: AccessRequestsPage, needs: ['access-requests.process'] },
  // Public: the link in the invitation email, and the form of an organisation that has no access yet.
  { path: '/invitations/:token', page: InvitationPage, public: true },
  { path: '/request-access', page: AccessRequestPage, public: true },
];
