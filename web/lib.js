// Shared pieces of the web UI: state, translation, the element builder, API calls and form helpers.
import { DICT } from './i18n.js';

let router = async () => {};
/** Views re-render the current page after an action; the shell (app.js) registers the router. */
export const route = () => router();
export const setRouter = (fn) => {
  router = fn;
};

export const S = {
  user: null,
  ref: null,
  lang: localStorage.getItem('lang') || 'en',
  caseload: { scope: 'mine', sort: 'id', dir: 'desc', page: 1 },
};
export const t = (k) => DICT[S.lang][k] ?? DICT.en[k] ?? k;
export const lbl = (label) => (label ? (label[S.lang] ?? label.en) : '');
export const main = () => document.getElementById('main');
/** Whether the signed-in user's profiles allow an action of the permission matrix (the API checks it again). */
export const can = (action) => Boolean(S.user?.permissions?.includes(action));

/** Builds an element; strings become text nodes, so nothing from the API is ever parsed as HTML. */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
    else if (k === 'class') el.className = v;
    else el.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children.flat(Infinity))
    if (c !== null && c !== undefined && c !== false) el.append(c instanceof Node ? c : String(c));
  return el;
}

/** Calls the API: a JSON body, or a file (Blob) sent as it is; changes carry the session's CSRF token. */
export async function api(method, path, body, headers = {}) {
  const file = body instanceof Blob;
  const res = await fetch(path, {
    method,
    credentials: 'same-origin',
    headers: {
      ...(body !== undefined ? { 'content-type': file ? 'application/octet-stream' : 'application/json' } : {}),
      ...(S.csrf && method !== 'GET' ? { 'X-CSRF-Token': S.csrf } : {}),
      ...headers,
    },
    body: body === undefined ? undefined : file ? body : JSON.stringify(body),
  });
  const text = await res.text();
  let data;
  try {
    data = text ? JSON.parse(text) : null;
  } catch {
    data = { message: text };
  }
  // The session answers (sign-in, GET /api/session) carry the token every change made with the cookie must send.
  if (path === '/api/session' && data?.csrfToken) S.csrf = data.csrfToken;
  if (res.status === 401 && !path.endsWith('/session')) {
    S.user = null;
    sessionStorage.setItem('notice', data?.message ?? '');
    location.hash = '#/sign-in';
  }
  return { status: res.status, ok: res.ok, body: data };
}

/** Shows a refused action at the top of its form, each message tied to its field when there is one. */
export function showResult(form, res, okText) {
  if (!form.querySelector('.result')) form.prepend(h('div', { class: 'result' }));
  const target = form.querySelector('.result');
  target.replaceChildren();
  form.querySelectorAll('[aria-invalid]').forEach((e) => {
    e.removeAttribute('aria-invalid');
    e.removeAttribute('aria-describedby');
  });
  if (res.ok) {
    if (okText) target.append(h('div', { class: 'ok', role: 'status' }, okText));
    return true;
  }
  const items = res.body?.violations?.length
    ? res.body.violations
    : [{ message: res.body?.message ?? `Error ${res.status}` }];
  const list = h('ul');
  items.forEach((v, i) => {
    const id = `err-${Math.random().toString(36).slice(2)}-${i}`;
    list.append(h('li', { id }, v.message));
    const field = v.field && form.querySelector(`[name="${CSS.escape(v.field.split('.')[0])}"]`);
    if (field) {
      field.setAttribute('aria-invalid', 'true');
      field.setAttribute('aria-describedby', id);
    }
  });
  target.append(h('div', { class: 'errors', role: 'alert' }, h('strong', {}, t('refused')), list));
  const matches = res.body?.details?.matches;
  if (matches) target.append(matchesList(matches));
  return false;
}

export const formData = (form) => Object.fromEntries([...new FormData(form).entries()].filter(([, v]) => v !== ''));
let uid = 0;
/** A labelled control: the label names it exactly (for=id), so screen readers and tests find it by its label. */
export function labelled(label, control) {
  control.id = `f${++uid}`;
  return h('div', { class: 'field' }, h('label', { for: control.id }, label), control);
}
export const field = (name, label, attrs = {}) => labelled(label, h('input', { name, ...attrs }));
export const select = (name, label, options, attrs = {}) =>
  labelled(
    label,
    h(
      'select',
      { name, ...attrs },
      h('option', { value: '' }, '—'),
      options.map(([v, text]) => h('option', { value: v }, text)),
    ),
  );
export const fromLabels = (obj) => Object.entries(obj).map(([k, v]) => [k, lbl(v)]);
export const link = (href, text) => h('a', { href }, text);
export const table = (heads, rows) =>
  rows.length
    ? h(
        'table',
        {},
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            heads.map((x) => h('th', { scope: 'col' }, x)),
          ),
        ),
        h('tbody', {}, rows),
      )
    : h('p', { class: 'muted' }, t('none'));

export const alertText = (kind) =>
  ({
    INTERVENTION_OVERDUE: S.lang === 'fr' ? 'Intervention en retard' : 'Intervention overdue',
    WEEK_24_DUE: S.lang === 'fr' ? 'Suivi de 24 semaines dû' : '24 Week follow-up due',
    WEEK_52_DUE: S.lang === 'fr' ? 'Suivi de 52 semaines dû' : '52 Week follow-up due',
    TRANSFER_PENDING: S.lang === 'fr' ? 'Transfert de dossier en attente' : 'Case transfer pending',
    TRANSFER_REMINDER: S.lang === 'fr' ? 'Transfert de dossier toujours en attente' : 'Case transfer still waiting',
  })[kind] ?? kind;

export function matchesList(matches) {
  return h(
    'div',
    { class: 'card' },
    h('p', {}, t('possibleMatches')),
    h(
      'ul',
      {},
      matches.map((m) =>
        h(
          'li',
          {},
          m.address ? link(`#/individuals/${m.id}`, m.name) : `${m.name} (provincial record ${m.id})`,
          ` — ${m.dateOfBirth} — ${m.address ?? m.defaultAddress}`,
        ),
      ),
    ),
  );
}

/**
 * Gives a form's fields the constraints of the API's own request schema (the OpenAPI document generated from the
 * zod schemas that validate requests), so the browser refuses what the API would before anything is sent.
 * Forms name their schema with data-schema; the shell applies it to every such form it renders.
 */
export function constrain(form) {
  const schema = S.schemas?.[form.dataset.schema];
  if (!schema) return;
  const required = new Set(schema.required ?? []);
  for (const [name, prop] of Object.entries(schema.properties ?? {})) {
    const el = form.elements.namedItem(name);
    if (!(el instanceof HTMLInputElement || el instanceof HTMLSelectElement || el instanceof HTMLTextAreaElement))
      continue;
    const p = prop.anyOf?.find((x) => x.type && x.type !== 'null') ?? prop;
    if (required.has(name) && el.type !== 'checkbox' && p.default === undefined) el.required = true;
    if (el instanceof HTMLSelectElement) continue;
    if (p.maxLength !== undefined) el.maxLength = p.maxLength;
    if (p.minLength !== undefined) el.minLength = p.minLength;
    if (el instanceof HTMLInputElement) {
      if (p.format === 'email') el.type = 'email';
      if (p.format === 'date') el.type = 'date';
      if (p.type === 'number' || p.type === 'integer') {
        if (p.minimum !== undefined)
          el.min = String(p.exclusiveMinimum === true ? p.minimum + (p.type === 'integer' ? 1 : 0.01) : p.minimum);
        if (p.maximum !== undefined && p.maximum < 1e12) el.max = String(p.maximum);
      }
    }
  }
}
