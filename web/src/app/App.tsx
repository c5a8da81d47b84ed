// The shell: header with the pages the user may open, the language switch and sign-out; then the page the address
// names. A signed-out visitor is taken to the sign-in page, and back to where they were going once signed in.
import { useEffect, useState } from 'react';
import { useI18n } from '../i18n/i18n.tsx';
import { ToastProvider } from '../ui/toast.tsx';
import { Link, match, navigate, RouterProvider, useLocation } from './router.tsx';
import { ROUTES } from './routes.tsx';
import { SessionProvider, useSession } from './session.tsx';
import { LanguageProvider } from '../i18n/i18n.tsx';
import type { Action } from '../../../domain/permissions.ts';
import type { WordKey } from '../i18n/i18n.tsx';
import { NotFoundPage } from '../pages/not-found.tsx';
import { Loading } from '../ui/layout.tsx';
import { AccessReviewReminder } from '../pages/admin/access-review-reminder.tsx';
import { ActingBanner } from './acting-banner.tsx';

/** The main navigation: each entry shown to those who may use it. */
const NAV: { to: string; word: WordKey; needs?: Action[] }[] = [
  { to: '/', word: 'home' },
  { to: '/people', word: 'people', needs: ['individual.view'] },
  { to: '/cases', word: 'cases', needs: ['case.view'] },
  { to: '/supervision', word: 'supervision', needs: ['case.inspect'] },
  { to: '/services', word: 'services', needs: ['case.view', 'service.manage'] },
  { to: '/operations', word: 'operations', needs: ['ops.view'] },
  { to: '/mailbox', word: 'mailbox', needs: ['ops.view'] },
  { to: '/support', word: 'support', needs: ['org.any'] },
  { to: '/organisation', word: 'organisation', needs: ['org.view'] },
  { to: '/access-requests', word: 'accessRequests', needs: ['access-requests.process'] },
];

function Header() {
  const { t, lang, setLang } = useI18n();
  const { user, can, signOut } = useSession();
  const { path } = useLocation();
  const [open, setOpen] = useState(false);
  useEffect(() => setOpen(false), [path]);
  const links = user ? NAV.filter((n) => !n.needs || n.needs.some(can)) : [];
  const current = (to: string) => (to === '/' ? path === '/' : path === to || path.startsWith(`${to}/`));
  return (
    <header className="top">
      <Link to="/" className="brand">
        Pathway
      </Link>
      {user && (
        <button
          type="button"
          className="menu-button secondary"
          aria-expanded={open}
          aria-controls="main-nav"
          onClick={() => setOpen(!open)}
        >
          {t('menu')}
        </button>
      )}
      {user && (
        <nav id="main-nav" aria-label={t('mainNavigation')} className={open ? 'open' : undefined}>
          <ul>
            {links.map((n) => (
              <li key={n.to}>
                <Link to={n.to} aria-current={current(n.to) ? 'page' : undefined}>
                  {t(n.word)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
      <div className="who">
        {user && (
          <span className="user">
            <Link to="/account" aria-current={path === '/account' ? 'page' : undefined}>
              {user.name}
            </Link>{' '}
            <span className="muted">· {user.organisationName}</span>
          </span>
        )}
        <button
          type="button"
          className="link"
          onClick={() => setLang(lang === 'en' ? 'fr' : 'en')}
          lang={lang === 'en' ? 'fr' : 'en'}
        >
          {lang === 'en' ? 'Français' : 'English'}
        </button>
        {user && (
          <Link to="/account/password" aria-current={path === '/account/password' ? 'page' : undefined}>
            {t('changePassword')}
          </Link>
        )}
        {user && (
          <button type="button" className="secondary" onClick={() => void signOut()}>
            {t('signOut')}
          </button>
        )}
      </div>
    </header>
  );
}

function Page() {
  const { user, can } = useSession();
  const { path } = useLocation();
  const { t } = useI18n();
  const found = ROUTES.map((r) => ({ r, params: match(r.path, path) })).find((x) => x.params);
  const needsSignIn = user === null && !found?.r.public;
  useEffect(() => {
    if (needsSignIn && path !== '/sign-in') navigate(`/sign-in?next=${encodeURIComponent(path)}`, { replace: true });
  }, [needsSignIn, path]);
  if (user === undefined || needsSignIn) return <Loading />;
  if (!found) return <NotFoundPage />;
  if (found.r.needs && !found.r.needs.some(can))
    return (
      <div className="notice notice-error" role="alert">
        {t('notAllowed')}
      </div>
    );
  const Component = found.r.page;
  return <Component key={path} params={found.params!} />;
}

export function App() {
  return (
    <LanguageProvider>
      <RouterProvider>
        <SessionProvider>
          <ToastProvider>
            <a className="skip" href="#main">
              <SkipText />
            </a>
            <Header />
            <main id="main" tabIndex={-1}>
              <ActingBanner />
              <AccessReviewReminder />
              <Page />
            </main>
          </ToastProvider>
        </SessionProvider>
      </RouterProvider>
    </LanguageProvider>
  );
}

function SkipText() {
  return <>{useI18n().t('skipToContent')}</>;
}
