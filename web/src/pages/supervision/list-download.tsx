// The CSV button of a dashboard list: the file is named for the list and the day, its headers in the user's language.
import { useWords } from '../../i18n/words.ts';
import { csvFileName, CsvDownload, type CsvColumn } from '../../ui/csv.tsx';
import { WORDS } from './dashboard-words.ts';

export function ListDownload<T>(props: { title: string; today: string; columns: CsvColumn<T>[]; rows: T[] }) {
  const w = useWords(WORDS);
  return (
    <CsvDownload
      filename={csvFileName(props.title, props.today)}
      columns={props.columns}
      rows={props.rows}
      label={w('download')}
      list={props.title}
    />
  );
}
