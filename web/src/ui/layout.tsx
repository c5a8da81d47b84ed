// The building blocks of every page: its heading, cards and sections, and what a page shows while it loads, when it
// is empty and when it failed.
import { useEffect, useRef, type ReactNode } from 'react';
import { ApiError } from '../api/client.ts';
import { useI18n } from '../i18n/i18n.tsx';

export function PageHeader(props: { title: ReactNode; subtitle?: ReactNode; actions?: ReactNode }) {
  const h1 = useRef<HTMLHeadingElement>(null);
  // A new page puts the keyboard and the screen reader at its heading, and names the browser's tab.
  useEffect(() => h1.current?.focus(), []);
  useEffect(() => {
    document.title = `${h1.current?.textContent ?? ''} – Pathway`;
  });
  return (
    <div className="page-header">
      <div>
        <h1 ref={h1} tabIndex={-1}>
          {props.title}
        </h1>
        {props.subtitle && <p className="subtitle">{props.subtitle}</p>}
      </div>
      {props.actions && <div className="actions">{props.actions}</div>}
    </div>
  );
}

export function Card(props: {
  title?: ReactNode;
  actions?: ReactNode;
  children: ReactNode;
  className?: string;
  /** The card's anchor, for links to it from elsewhere on the page. */
  id?: string;
}) {
  return (
    <section
      id={props.id}
      className={`card ${props.className ?? ''}`}
      aria-label={typeof props.title === 'string' ? props.title : undefined}
    >
      {(props.title || props.actions) && (
        <div className="card-header">
          {props.title && <h2>{props.title}</h2>}
          {props.actions && <div className="actions">{props.actions}</div>}
        </div>
      )}
      {props.children}
    </section>
  );
}

export function Loading() {
  const { t } = useI18n();
  return (
    <p className="muted" role="status">
      {t('loading')}
    </p>
  );
}

export function Empty(props: { children: ReactNode }) {
  return <p className="empty">{props.children}</p>;
}

/** A failed load: the server's message when it gave one (404, 403), else a plain apology and a retry. */
export function LoadError(props: { error: Error; retry?: () => void }) {
  const { t } = useI18n();
  const message = props.error instanceof ApiError ? props.error.body.message : t('loadFailed');
  return (
    <div className="notice notice-error" role="alert">
      <p>{message}</p>
      {props.retry && (
        <button type="button" className="secondary" onClick={props.retry}>
          {t('tryAgain')}
        </button>
      )}
    </div>
  );
}

/** Loading, failed, or the page's content once its data is there. */
export function Loaded<T>(props: {
  state: { data: T | undefined; error: Error | undefined; reload(): void };
  children: (data: T) => ReactNode;
}) {
  if (props.state.error) return <LoadError error={props.state.error} retry={props.state.reload} />;
  if (props.state.data === undefined) return <Loading />;
  return <>{props.children(props.state.data)}</>;
}

export function Badge(props: { tone?: 'neutral' | 'info' | 'success' | 'warning' | 'danger'; children: ReactNode }) {
  return <span className={`badge badge-${props.tone ?? 'neutral'}`}>{props.children}</span>;
}

/** Label and value pairs, as a definition list. */
export function Facts(props: { items: [ReactNode, ReactNode][] }) {
  return (
    <dl className="facts">
      {props.items.map(([k, v], i) => (
        <div key={i}>
          <dt>{k}</dt>
          <dd>{v === null || v === undefined || v === '' ? '—' : v}</dd>
        </div>
      ))}
    </dl>
  );
}
