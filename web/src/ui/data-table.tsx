// Lists of records: a table on a wide screen, a list of cards on a phone (each value keeps its column's name), with
// sorting by column and paging (first, previous, next, last) where the list is long (R-UI-05).
import type { ReactNode } from 'react';
import { useI18n } from '../i18n/i18n.tsx';

export interface Column<T> {
  key: string;
  header: string;
  cell: (row: T) => ReactNode;
  /** The API's sort key for this column, when the list sorts by it. */
  sort?: string;
  /** Shown in the card's title line on a phone. */
  primary?: boolean;
  /** A class for the column's cells, for a page that sizes its columns. */
  className?: string;
}

export interface Sorting {
  by: string;
  dir: 'asc' | 'desc';
  onSort(by: string, dir: 'asc' | 'desc'): void;
}

export function DataTable<T>(props: {
  caption: string;
  columns: Column<T>[];
  rows: T[];
  rowKey: (row: T) => string | number;
  empty: ReactNode;
  sorting?: Sorting;
}) {
  const { t } = useI18n();
  if (!props.rows.length) return <p className="empty">{props.empty}</p>;
  return (
    <div className="table-wrap">
      <table className="data-table">
        <caption className="visually-hidden">{props.caption}</caption>
        <thead>
          <tr>
            {props.columns.map((c) => {
              const sorted = props.sorting && c.sort === props.sorting.by ? props.sorting.dir : null;
              return (
                <th
                  key={c.key}
                  scope="col"
                  className={c.className}
                  aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined}
                >
                  {c.sort && props.sorting ? (
                    <button
                      type="button"
                      className="sort"
                      onClick={() => props.sorting!.onSort(c.sort!, sorted === 'asc' ? 'desc' : 'asc')}
                      aria-label={t('sortBy', { column: c.header })}
                    >
                      {c.header}
                      <span aria-hidden="true">{sorted === 'asc' ? ' ▲' : sorted === 'desc' ? ' ▼' : ''}</span>
                    </button>
                  ) : (
                    c.header
                  )}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {props.rows.map((row) => (
            <tr key={props.rowKey(row)}>
              {props.columns.map((c) => (
                <td
                  key={c.key}
                  data-label={c.header}
                  className={[c.primary ? 'primary' : '', c.className ?? ''].join(' ').trim() || undefined}
                >
                  {/* One element per cell, so a cell of several parts stays beside its label on a phone. */}
                  <span>{c.cell(row)}</span>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Pages of a long list: where the reader is, how many there are, and a way to each end. */
export function Pager(props: { page: number; pageSize: number; total: number; onPage(page: number): void }) {
  const { t } = useI18n();
  const last = Math.max(1, Math.ceil(props.total / props.pageSize));
  if (last === 1) return null;
  const go = (p: number) => () => props.onPage(Math.min(last, Math.max(1, p)));
  return (
    <nav className="pager" aria-label={t('pages')}>
      <button type="button" className="secondary" onClick={go(1)} disabled={props.page === 1}>
        {t('firstPage')}
      </button>
      <button type="button" className="secondary" onClick={go(props.page - 1)} disabled={props.page === 1}>
        {t('previousPage')}
      </button>
      <span>{t('pageOf', { page: props.page, last })}</span>
      <button type="button" className="secondary" onClick={go(props.page + 1)} disabled={props.page === last}>
        {t('nextPage')}
      </button>
      <button type="button" className="secondary" onClick={go(last)} disabled={props.page === last}>
        {t('lastPage')}
      </button>
    </nav>
  );
}
