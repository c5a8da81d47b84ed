// Choosing a Business Partner (R-INT-03): the Recent list first, else a search by name and city, and a click on a
// partner's name; never free text. It sits inside another form, so it has no form of its own: Enter searches.
import { useState, type KeyboardEvent } from 'react';
import type { PartnerRow } from '../../../../app/business-partners/queries.ts';
import { useApi } from '../../api/use-api.ts';
import { useWords } from '../../i18n/words.ts';
import { FieldShell } from '../../ui/form.tsx';
import { PARTNER_WORDS } from './partner-words.ts';

type Partners = { items: PartnerRow[] };

export function PartnerPicker(props: {
  label: string;
  value: string;
  error?: string;
  onChoose(p: { name: string; organisationId: number | null }): void;
}) {
  const w = useWords(PARTNER_WORDS);
  const [open, setOpen] = useState(!props.value);
  const [name, setName] = useState('');
  const [query, setQuery] = useState<{ name: string } | null>(null);
  const recent = useApi<Partners>(open ? '/api/business-partners/recent' : null);
  const found = useApi<Partners>(open && query ? '/api/business-partners' : null, query ?? undefined);
  const search = () => setQuery({ name: name.trim() });
  const onKey = (e: KeyboardEvent) => {
    if (e.key !== 'Enter') return;
    e.preventDefault();
    search();
  };
  const choose = (p: PartnerRow) => {
    props.onChoose({ name: p.name, organisationId: p.organisationId });
    setOpen(false);
  };
  const list = (rows: PartnerRow[], empty: string) =>
    rows.length === 0 ? (
      <p className="hint">{empty}</p>
    ) : (
      <ul className="partner-list">
        {rows.map((p) => (
          <li key={`${p.organisationId ?? ''}-${p.id ?? ''}`}>
            <button type="button" className="link" aria-label={w('choose', { name: p.name })} onClick={() => choose(p)}>
              {p.name}
            </button>
            {p.city && <span className="hint"> · {p.city}</span>}
          </li>
        ))}
      </ul>
    );
  return (
    <FieldShell label={props.label} required error={props.error}>
      {({ id, describedBy }) =>
        open ? (
          <div className="partner-picker">
            <div className="form-row">
              <input
                id={id}
                aria-describedby={describedBy}
                aria-label={w('searchLabel')}
                placeholder={w('name')}
                value={name}
                autoComplete="off"
                onChange={(e) => setName(e.target.value)}
                onKeyDown={onKey}
              />
              <button type="button" className="secondary" onClick={search}>
                {w('search')}
              </button>
              {props.value && (
                <button type="button" className="secondary" onClick={() => setOpen(false)}>
                  {w('close')}
                </button>
              )}
            </div>
            {query ? (
              <section aria-label={w('results')}>{found.data && list(found.data.items, w('none'))}</section>
            ) : (
              <section aria-label={w('recent')}>
                <strong>{w('recent')}</strong>
                {recent.data && list(recent.data.items, w('noRecent'))}
              </section>
            )}
          </div>
        ) : (
          <div className="form-row">
            <span id={id} aria-describedby={describedBy}>
              {w('chosen', { name: props.value })}
            </span>
            <button type="button" className="secondary" onClick={() => setOpen(true)}>
              {w('change')}
            </button>
          </div>
        )
      }
    </FieldShell>
  );
}
