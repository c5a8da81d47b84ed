// The account pages and their addresses: My Account (the header's name) and changing one's password (its link),
// and the public pages of a forgotten password and of an access request's confirmation, which the sign-in page and
// the emails link to.
import type { Route } from '../../app/route.ts';
import { AccessRequestConfirmPage } from './access-request-confirm-page.tsx';
import { ChangePasswordPage } from './change-password-page.tsx';
import { ForgotPasswordPage } from './forgot-password-page.tsx';
import { MyAccountPage } from './my-account-page.tsx';
import { PasswordResetPage } from './password-reset-page.tsx';

export const ROUTES: Route[] = [
  { path: '/account', page: MyAccountPage },
  { path: '/account/password', page: ChangePasswordPage },
  // Public: the sign-in page's link, and the links in the emails.
  { path: '/forgot-password', page: ForgotPasswordPage, public: true },
  { path: '/password-reset/:token', page: PasswordResetPage, public: true },
  { path: '/access-requests/confirm/:token', page: AccessRequestConfirmPage, public: true },
];
