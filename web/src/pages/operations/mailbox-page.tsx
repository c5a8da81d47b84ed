// The development mailbox (/mailbox): the emails the embedded SMTP sink received, each opened to read its body.
// Where the API does not serve it (no sink, or not for this user) the page says it is not available.
import { useState } from 'react';
import type { devMailbox } from '../../../../app/system/dev-mailbox.ts';
import { ApiError } from '../../api/client.ts';
import { useApi } from '../../api/use-api.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { useWords } from '../../i18n/words.ts';
import { Card, Empty, Loaded, PageHeader } from '../../ui/layout.tsx';
import { WORDS } from './mailbox-words.ts';

type Mail = Awaited<ReturnType<typeof devMailbox>>[number];

export function MailboxPage() {
  const w = useWords(WORDS);
  const state = useApi<Mail[]>('/api/dev/mailbox');
  const unavailable = state.error instanceof ApiError && [403, 404].includes(state.error.status);
  return (
    <>
      <PageHeader title={w('title')} subtitle={w('subtitle')} />
      {unavailable ? (
        <div className="notice" role="status">
          {w('notAvailable')}
        </div>
      ) : (
        <Loaded state={state}>{(mails) => <Mails mails={mails} />}</Loaded>
      )}
    </>
  );
}

function Mails({ mails }: { mails: Mail[] }) {
  const w = useWords(WORDS);
  const { dateTime, number } = useI18n();
  const [search, setSearch] = useState('');
  const words = search.toLowerCase().split(/\s+/).filter(Boolean);
  const shown = mails.filter((m) => words.every((x) => `${m.subject} ${m.to}`.toLowerCase().includes(x)));
  if (!mails.length) return <Empty>{w('none')}</Empty>;
  return (
    <>
      <div className="field mailbox-search">
        <label htmlFor="mailbox-search">{w('search')}</label>
        <input
          id="mailbox-search"
          type="search"
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          aria-describedby="mailbox-search-hint"
        />
        <p className="hint" id="mailbox-search-hint">
          {w('searchHint')}
        </p>
      </div>
      <p className="muted" role="status">
        {w('count', { shown: number(shown.length), total: number(mails.length) })}
      </p>
      {shown.length ? (
        shown.map((m) => (
          <Card key={m.id} className="mail">
            <details>
              <summary>
                <span className="mail-subject">{m.subject}</span>
                <br />
                <span className="muted">
                  {w('to')} {m.to} · {m.date ? dateTime(m.date) : ''}
                </span>
              </summary>
              <pre className="mail-body">{m.text}</pre>
              {m.attachments.length > 0 && (
                <p>{w('attachments', { files: m.attachments.map((a) => a.filename).join(', ') })}</p>
              )}
            </details>
          </Card>
        ))
      ) : (
        <Empty>{w('noMatch')}</Empty>
      )}
    </>
  );
}
