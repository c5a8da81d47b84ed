// A link to a workflow's run in Temporal's Web UI, where its history and errors are; its hidden words say whose run
// it is, so a screen reader's list of links tells the rows apart.
import { useWords } from '../../i18n/words.ts';
import { WORDS } from './operations-words.ts';

export function RunLink({ url, of, className }: { url: string | null; of: string; className?: string }) {
  const w = useWords(WORDS);
  if (!url) return null;
  return (
    <a className={className} href={url} target="_blank" rel="noopener noreferrer">
      {w('openRun')}
      <span className="visually-hidden"> – {of}</span>
    </a>
  );
}
