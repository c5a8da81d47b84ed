// Pathway's web UI: a small single-page app on the same API the OpenAPI document describes.
// No build step: ES modules served as they are. Each page is a view module; this file is the shell and router.
import { S, api, can, constrain, h, link, main, setRouter, t } from './lib.js';
import { caseView } from './views/case.js';
import { contactView, contactsView } from './views/contacts.js';
import { accessRequestView, accessRequestsView, invitationView } from './views/invitation.js';
import { auditView, organisationView } from './views/organisation.js';
import { agreementView, packageView, programsView } from './views/funding.js';
import { homeView } from './views/home.js';
import { individualView, individualsView } from './views/individuals.js';
import { mailboxView } from './views/mailbox.js';
import { operationsView } from './views/operations.js';
import { serviceView, servicesView } from './views/services.js';
import { signInView } from './views/sign-in.js';
import { workflowView } from './views/workflow.js';

function header() {
  const top = document.getElementById('top');
  top.replaceChildren(
    h('span', { class: 'brand' }, 'Pathway'),
    S.user &&
      h(
        'nav',
        {},
        [
          link('#/', t('home')),
          can('individual.view') && link('#/individuals', t('individuals')),
          can('org.view') && link(`#/organisations/${S.user.organisationId}/contacts`, t('myOrganisation')),
          (can('case.view') || can('service.manage')) && link('#/services', t('services')),
          can('ops.view') && link('#/operations', t('operations')),
          can('access-requests.process') && link('#/access-requests', t('accessRequests')),
          can('ops.view') && link('#/mailbox', t('mailbox')),
        ]
          .filter(Boolean)
          .flatMap((a, i) => (i ? [' · ', a] : [a])),
      ),
    h(
      'span',
      { class: 'who' },
      S.user ? `${S.user.name} · ${S.user.organisationName} · ${S.user.profiles.join(', ')}` : '',
    ),
    h(
      'button',
      {
        type: 'button',
        class: 'secondary',
        onclick: () => {
          S.lang = S.lang === 'en' ? 'fr' : 'en';
          localStorage.setItem('lang', S.lang);
          document.documentElement.lang = S.lang;
          route();
        },
      },
      t('language'),
    ),
    S.user &&
      h(
        'button',
        {
          type: 'button',
          onclick: async () => {
            await api('DELETE', '/api/session');
            S.user = null;
            location.hash = '#/sign-in';
          },
        },
        t('signOut'),
      ),
  );
}

/** Hash routes: a pattern and the view it shows (its captures are the view's arguments). */
const ROUTES = [
  [/^\/sign-in$/, signInView],
  [/^\/$/, homeView],
  [/^\/individuals$/, individualsView],
  [/^\/individuals\/(\d+)$/, individualView],
  [/^\/cases\/(\d+)\/workflow$/, workflowView],
  [/^\/cases\/(\d+)$/, caseView],
  [/^\/operations$/, operationsView],
  [/^\/services(\?.*)?$/, servicesView],
  [/^\/services\/(\d+)(?:\?.*)?$/, serviceView],
  [/^\/cases\/(\d+)\/interventions\/([\w-]+)\/funding$/, programsView],
  [/^\/funding\/(\d+)$/, packageView],
  [/^\/agreements\/(\d+)$/, agreementView],
  [/^\/mailbox$/, mailboxView],
  [/^\/organisations\/(\d+)$/, organisationView],
  [/^\/organisations\/(\d+)\/contacts$/, contactsView],
  [/^\/organisations\/(\d+)\/contacts\/(\d+|new|new-access)$/, contactView],
  [/^\/organisations\/(\d+)\/audit$/, auditView],
  [/^\/access-requests$/, accessRequestsView],
  [/^\/invitations\/([A-Za-z0-9_-]+)$/, invitationView],
  [/^\/request-access$/, accessRequestView],
];

/** Pages a visitor opens without signing in: an invitation link and the access request form. */
const PUBLIC = /^\/(sign-in|invitations\/[A-Za-z0-9_-]+|request-access)$/;

async function route() {
  const hash = location.hash.replace(/^#/, '') || '/';
  if (!S.user && !PUBLIC.test(hash)) {
    const me = await api('GET', '/api/session');
    if (!me.ok) return;
    S.user = me.body.user;
  }
  if (S.user && !S.ref) S.ref = (await api('GET', '/api/reference')).body;
  if (!S.schemas) S.schemas = (await api('GET', '/api/openapi.json')).body?.components?.schemas ?? {};
  header();
  let view = h('p', {}, t('notFound'));
  for (const [pattern, show] of ROUTES) {
    const m = hash.match(pattern);
    if (m) {
      view = await show(...m.slice(1));
      break;
    }
  }
  main().replaceChildren(view);
  main().querySelectorAll('form[data-schema]').forEach(constrain);
  document.title = `Pathway — ${main().querySelector('h1')?.textContent ?? ''}`;
}

setRouter(route);
document.documentElement.lang = S.lang;
window.addEventListener('hashchange', () => void route());
void route();
