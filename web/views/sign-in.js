// Sign-in page.
import { S, t, h, api, showResult, formData, field } from '../lib.js';

export function signInView() {
  const notice = sessionStorage.getItem('notice');
  sessionStorage.removeItem('notice');
  const form = h(
    'form',
    { class: 'card', 'aria-labelledby': 'signin-title' },
    h('div', { class: 'result' }, notice ? h('div', { class: 'errors', role: 'alert' }, notice) : null),
    h('h1', { id: 'signin-title' }, t('signIn')),
    h(
      'div',
      { class: 'grid' },
      field('organisationCode', t('organisation'), { required: true, autocomplete: 'organization' }),
      field('loginId', t('userId'), { required: true, autocomplete: 'username' }),
      field('password', t('password'), { type: 'password', required: true, autocomplete: 'current-password' }),
    ),
    h('p', {}, h('label', { class: 'check' }, h('input', { type: 'checkbox', name: 'acceptTerms' }), t('acceptTerms'))),
    h('button', { type: 'submit' }, t('signIn')),
    h('p', {}, h('a', { href: '#/request-access' }, t('requestAccess'))),
  );
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const d = formData(form);
    const res = await api('POST', '/api/session', { ...d, acceptTerms: form.acceptTerms.checked });
    if (showResult(form, res)) {
      S.user = res.body.user;
      location.hash = '#/';
    }
  });
  return h('section', { class: 'card' }, form);
}
