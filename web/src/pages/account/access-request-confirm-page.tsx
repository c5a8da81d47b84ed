// The page an access request's confirmation email links to (/access-requests/confirm/:token, §3.12, SR-07): opening
// it confirms the requester's address, once, and the request goes to LaMPSS Operations Support. Opening it again
// answers the same; a link that cannot be used says why and leads to a new request.
import { useEffect, useRef, useState } from 'react';
import type { confirmAccessRequest } from '../../../../app/access/access-requests.ts';
import { api } from '../../api/client.ts';
import { Link } from '../../app/router.tsx';
import { useWords } from '../../i18n/words.ts';
import { Card, Loading, PageHeader } from '../../ui/layout.tsx';
import { WORDS } from './account-words.ts';
import { LinkUnusable } from './link-unusable.tsx';

type Confirmed = Awaited<ReturnType<typeof confirmAccessRequest>>;

export function AccessRequestConfirmPage({ params }: { params: Record<string, string> }) {
  const w = useWords(WORDS);
  const [state, setState] = useState<{ confirmed?: Confirmed; error?: Error }>({});
  // Sent once per opening, even when React runs the effect twice; never aborted, since the server acts on it.
  const sent = useRef(false);
  useEffect(() => {
    if (sent.current) return;
    sent.current = true;
    api.post<Confirmed>('/api/access-requests/confirm', { body: { token: params.token } }).then(
      (confirmed) => setState({ confirmed }),
      (error: Error) => setState({ error }),
    );
  }, [params.token]);
  const { confirmed, error } = state;
  return (
    <div className="narrow">
      {error ? (
        <LinkUnusable
          title={w('confirmUnusable')}
          error={error}
          next={{ to: '/request-access', label: w('requestAgain') }}
        />
      ) : (
        <>
          {/* One heading from the opening to the answer: the focus stays on it while its words change. */}
          <PageHeader title={w(confirmed ? 'confirmedTitle' : 'confirmTitle')} />
          {confirmed ? (
            <Card className="account-card">
              <p role="status">
                {w(confirmed.status === 'SUBMITTED' ? 'confirmedText' : 'decidedText', { id: confirmed.id })}
              </p>
              <Link to="/sign-in">{w('backToSignIn')}</Link>
            </Card>
          ) : (
            <Loading />
          )}
        </>
      )}
    </div>
  );
}
