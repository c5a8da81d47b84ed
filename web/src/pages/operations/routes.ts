// The operations pages and their addresses.
import type { Route } from '../../app/route.ts';
import { MailboxPage } from './mailbox-page.tsx';
import { OperationsPage } from './operations-page.tsx';

export const ROUTES: Route[] = [
  { path: '/operations', page: OperationsPage, needs: ['ops.view'] },
  // Served only where Pathway runs with its embedded SMTP sink; the page says so elsewhere.
  { path: '/mailbox', page: MailboxPage },
];
