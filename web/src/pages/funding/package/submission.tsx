// Submitting the application (C7, R-FUND-08..11): what is still needed, in the user's words; the submission, whose
// confirmation question (CONFIRM_SUBMIT) is answered in a dialog; the server's refusals beside the rows they name;
// and deleting a draft (R-FUND-19).
import { useRef, useState } from 'react';
import { STATUS_LABELS, type CaseStatus } from '../../../../../domain/case-model.ts';
import { CASE_ELEMENT_LABELS } from '../../../../../domain/funding.ts';
import { ApiError, api, newIdempotencyKey } from '../../../api/client.ts';
import { navigate } from '../../../app/router.tsx';
import { useI18n } from '../../../i18n/i18n.tsx';
import { useWords } from '../../../i18n/words.ts';
import { ConfirmDialog } from '../../../ui/confirm.tsx';
import { Card } from '../../../ui/layout.tsx';
import { useToast } from '../../../ui/toast.tsx';
import { rowName, type PackageView } from './package.ts';
import { packageWords } from './words.ts';

export interface Submission {
  /** Server messages by the row or case element they name. */
  errors: Record<string, string>;
  problems: string[];
  busy: boolean;
  asking: boolean;
  submit(confirmed: boolean): Promise<void>;
  cancel(): void;
}

export function useSubmission(pkg: PackageView, changed: (p: PackageView) => void): Submission {
  const { t } = useI18n();
  const key = useRef(newIdempotencyKey());
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problems, setProblems] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [asking, setAsking] = useState(false);

  async function submit(confirmed: boolean) {
    setAsking(false);
    setBusy(true);
    try {
      const answer = await api.post<PackageView>(`/api/funding-packages/${pkg.id}/submit`, {
        body: { confirmed },
        idempotencyKey: key.current,
      });
      setErrors({});
      setProblems([]);
      changed(answer);
    } catch (e) {
      if (!(e instanceof ApiError)) {
        setProblems([t('networkFailed')]);
        return;
      }
      if (e.body.error === 'CONFIRM_SUBMIT') {
        setAsking(true);
        return;
      }
      const byField: Record<string, string> = {};
      const general: string[] = [];
      for (const v of e.body.violations) {
        if (v.field) byField[v.field] = v.message;
        general.push(v.message);
      }
      if (!e.body.violations.length) general.push(e.body.message);
      setErrors(byField);
      setProblems(general);
    } finally {
      // A refused or confirmed submission is over: another attempt is a new request.
      key.current = newIdempotencyKey();
      setBusy(false);
    }
  }
  return { errors, problems, busy, asking, submit, cancel: () => setAsking(false) };
}

/** What the application still lacks before it can be submitted, read from the package as the server gave it. */
function stillNeeded(
  pkg: PackageView,
  w: ReturnType<typeof useWords<keyof typeof packageWords.en>>,
  i18n: ReturnType<typeof useI18n>,
) {
  const out: string[] = [];
  if (pkg.case.status !== 'RTWAP_MGMT')
    out.push(w('missing.stage', { status: i18n.label(STATUS_LABELS[pkg.case.status as CaseStatus]) }));
  for (const e of pkg.caseElements)
    if (e.status === 'INCOMPLETE') out.push(w('missing.element', { element: i18n.label(CASE_ELEMENT_LABELS[e.code]) }));
  for (const d of pkg.documents)
    if (d.status === 'MISSING') out.push(w('missing.document', { document: rowName(d, i18n) }));
  const s = pkg.statement;
  if (!s || !s.justification.trim()) out.push(w('missing.statement'));
  else {
    if (s.signedByBoth !== 'YES') out.push(w('missing.signed'));
    if (s.spouseConsentSigned === 'NO') out.push(w('missing.spouse'));
  }
  return out;
}

export function SubmitCard(props: { pkg: PackageView; submission: Submission }) {
  const i18n = useI18n();
  const { t } = i18n;
  const w = useWords(packageWords);
  const toast = useToast();
  const [deleting, setDeleting] = useState(false);
  const { pkg, submission } = props;
  const needed = stillNeeded(pkg, w, i18n);

  async function remove() {
    setDeleting(false);
    try {
      await api.delete(`/api/funding-packages/${pkg.id}`, { idempotencyKey: newIdempotencyKey() });
      toast(w('deleted'));
      navigate(`/cases/${pkg.caseId}?tab=funding`);
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      toast(e.body.message, 'error');
    }
  }

  return (
    <Card title={w('submitTitle')}>
      {submission.problems.length > 0 && (
        <div className="notice notice-error" role="alert">
          <strong>{t('refused')}</strong>
          <ul>
            {submission.problems.map((p, i) => (
              <li key={i}>{p}</li>
            ))}
          </ul>
        </div>
      )}
      {needed.length ? (
        <div className="notice notice-warning">
          <p>{w('stillNeeded')}</p>
          <ul>
            {needed.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        </div>
      ) : (
        <p className="notice">{w('ready')}</p>
      )}
      <div className="form-actions">
        <button type="button" disabled={submission.busy} onClick={() => void submission.submit(false)}>
          {submission.busy ? t('saving') : w('submit')}
        </button>
        {pkg.state === 'DRAFT' && (
          <button type="button" className="danger" onClick={() => setDeleting(true)}>
            {w('deleteApp')}
          </button>
        )}
      </div>
      <ConfirmDialog
        open={submission.asking}
        title={w('confirmTitle')}
        confirm={w('confirm')}
        onConfirm={() => void submission.submit(true)}
        onCancel={submission.cancel}
      >
        <p>{w('confirmText')}</p>
      </ConfirmDialog>
      <ConfirmDialog
        open={deleting}
        title={w('deleteTitle')}
        confirm={w('deleteApp')}
        danger
        onConfirm={() => void remove()}
        onCancel={() => setDeleting(false)}
      >
        <p>{w('deleteText')}</p>
      </ConfirmDialog>
    </Card>
  );
}
