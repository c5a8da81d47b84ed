// The operations pages and their addresses.
import { lazyPage } from '../../app/lazy-page.ts';
import type { Route } from '../../app/route.ts';

const MailboxPage = lazyPage(() => import('./mailbox-page.tsx').then((m) => m.MailboxPage));
const OperationsPage = lazyPage(() => import('./operations-page.tsx').then((m) => m.OperationsPage));

export const ROUTES: Route[] = [
  { path: '/operations', page: OperationsPage, needs: ['ops.view'] },
  // Served only where Pathway runs with its embedded SMTP sink; the page says so elsewhere.
  { path: '/mailbox', page: MailboxPage },
];
