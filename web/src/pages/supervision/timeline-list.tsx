// A case's history as a list, newest first: when, who did what, and what came with it. The supervisors' timeline and
// the case's own audit trail (R-UI-04) show the same entries this one way.
import type { TimelineEntry } from '../../../../app/supervision/case-timeline.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { useWords } from '../../i18n/words.ts';
import { Empty } from '../../ui/layout.tsx';
import { useSentence } from './timeline-sentence.ts';
import { WORDS } from './timeline-words.ts';

export function TimelineList({ entries }: { entries: TimelineEntry[] }) {
  const w = useWords(WORDS);
  const { dateTime } = useI18n();
  const sentence = useSentence();
  if (!entries.length) return <Empty>{w('noHistory')}</Empty>;
  return (
    <ol className="timeline">
      {entries.map((entry, i) => {
        const [first, ...rest] = entry.events;
        const headline = sentence(first, entry.actor, false);
        const details = rest.map((e) => sentence(e, entry.actor, true));
        return (
          <li key={i} className={entry.actor === null ? 'timeline-system' : undefined}>
            <time dateTime={entry.at}>{dateTime(entry.at)}</time>
            <p className="timeline-what">{headline.text}</p>
            {(headline.more.length > 0 || details.length > 0) && (
              <ul>
                {[...headline.more, ...details.flatMap((s) => [s.text, ...s.more])].map((text, j) => (
                  <li key={j}>{text}</li>
                ))}
              </ul>
            )}
          </li>
        );
      })}
    </ol>
  );
}
