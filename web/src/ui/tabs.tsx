// Sections of a page as tabs (WAI-ARIA tabs: arrow keys move between them); the open tab is in the address, so a
// reload or a shared link opens the same one.
import { useRef, type KeyboardEvent, type ReactNode } from 'react';
import { useQueryParam } from '../app/router.tsx';

export interface Tab {
  id: string;
  label: string;
  badge?: ReactNode;
  content: () => ReactNode;
}

export function Tabs(props: { label: string; tabs: Tab[]; param?: string }) {
  const [chosen, choose] = useQueryParam(props.param ?? 'tab');
  const current = props.tabs.find((t) => t.id === chosen) ?? props.tabs[0];
  const refs = useRef<Record<string, HTMLButtonElement | null>>({});
  const onKey = (e: KeyboardEvent) => {
    const i = props.tabs.indexOf(current);
    const next =
      e.key === 'ArrowRight'
        ? props.tabs[(i + 1) % props.tabs.length]
        : e.key === 'ArrowLeft'
          ? props.tabs[(i - 1 + props.tabs.length) % props.tabs.length]
          : null;
    if (!next) return;
    e.preventDefault();
    choose(next.id);
    refs.current[next.id]?.focus();
  };
  return (
    <div className="tabs">
      <div role="tablist" aria-label={props.label} onKeyDown={onKey}>
        {props.tabs.map((tab) => (
          <button
            key={tab.id}
            ref={(el) => {
              refs.current[tab.id] = el;
            }}
            role="tab"
            type="button"
            id={`tab-${tab.id}`}
            aria-selected={tab === current}
            aria-controls={`panel-${tab.id}`}
            tabIndex={tab === current ? 0 : -1}
            onClick={() => choose(tab.id)}
          >
            {tab.label}
            {tab.badge !== undefined && <span className="tab-badge">{tab.badge}</span>}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`panel-${current.id}`} aria-labelledby={`tab-${current.id}`} tabIndex={0}>
        {current.content()}
      </div>
    </div>
  );
}
