// Said under a list the dashboard cut short: how many rows it shows of how many there are.
import { useI18n } from '../../i18n/i18n.tsx';
import { useWords } from '../../i18n/words.ts';
import { WORDS } from './dashboard-words.ts';

export function ListNote(props: { shown: number; total: number }) {
  const w = useWords(WORDS);
  const { number } = useI18n();
  if (props.shown >= props.total) return null;
  return <p className="hint">{w('showingOnly', { shown: number(props.shown), total: number(props.total) })}</p>;
}
