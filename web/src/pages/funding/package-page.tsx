// The application package page /funding-packages/:packageId (spec 02 C2-C8, C11): whose case and which program, what
// state it is in and what to do next, the agreement once created, the checklist, the case manager's statement, the
// submission and the history. The case's organisation edits it while it is a Draft or returned for changes; ENS
// staff see it to check what was attached and what comes on paper (R-FUND-13).
import { useEffect, useState } from 'react';
import { AGREEMENT_STATUS_LABELS, FUNDING_PROGRAM_TEXT, type AgreementStatus } from '../../../../domain/funding.ts';
import { INTERVENTION_TYPES, type InterventionTypeCode } from '../../../../domain/reference.ts';
import { useApi } from '../../api/use-api.ts';
import { Link } from '../../app/router.tsx';
import { useSession } from '../../app/session.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { useWords } from '../../i18n/words.ts';
import { Card, Facts, Loaded, PageHeader } from '../../ui/layout.tsx';
import { Checklist } from './package/checklist.tsx';
import { History } from './package/history.tsx';
import { programName, rowName, type PackageView } from './package/package.ts';
import { StatementCard } from './package/statement-form.tsx';
import { SubmitCard, useSubmission } from './package/submission.tsx';
import { packageWords } from './package/words.ts';

/** How often a submission being processed is looked at again. */
const PROCESSING_POLL_MS = 1500;

export function PackagePage({ params }: { params: Record<string, string> }) {
  const pkg = useApi<PackageView>(`/api/funding-packages/${params.packageId}`);
  return <Loaded state={pkg}>{(p) => <Package pkg={p} set={pkg.set} reload={pkg.reload} />}</Loaded>;
}

function Package(props: { pkg: PackageView; set(p: PackageView): void; reload(): void }) {
  const i18n = useI18n();
  const { label, date, dateTime } = i18n;
  const w = useWords(packageWords);
  const { can } = useSession();
  const { pkg } = props;
  const [submittedHere, setSubmittedHere] = useState(false);
  const changed = (p: PackageView) => {
    if (p.state === 'SUBMITTING' || p.state === 'RESUBMITTING') setSubmittedHere(true);
    props.set(p);
  };
  const submission = useSubmission(pkg, changed);
  const processing = pkg.state === 'SUBMITTING' || pkg.state === 'RESUBMITTING';
  const canEdit = pkg.editable && pkg.case.ownOrganisation && can('case.update');
  const text = FUNDING_PROGRAM_TEXT[pkg.program.code];
  const paper = pkg.documents.filter((d) => d.status === 'MAILED_ON').map((d) => rowName(d, i18n));

  useEffect(() => {
    if (!processing) return;
    const timer = setTimeout(props.reload, PROCESSING_POLL_MS);
    return () => clearTimeout(timer);
  }, [processing, pkg]);

  return (
    <div className="funding-page">
      <PageHeader
        title={w('title', { program: programName(pkg, i18n) })}
        subtitle={w('caseLine', { id: pkg.caseId, client: pkg.case.clientName })}
        actions={pkg.case.ownOrganisation && <Link to={`/cases/${pkg.caseId}?tab=funding`}>{w('backToCase')}</Link>}
      />
      <div className={`notice ${pkg.state === 'CHANGES_REQUIRED' ? 'notice-warning' : ''}`} role="status">
        <p>
          {processing && pkg.processing.some((p) => p.status === 'STUCK')
            ? w('waitingForOperations')
            : w(`message.${pkg.state}` as Parameters<typeof w>[0])}
        </p>
        {pkg.state === 'CHANGES_REQUIRED' && pkg.changeRequest && (
          <p>
            {w('changeRequest', {
              date: date(pkg.changeRequest.requestedOn),
              message: pkg.changeRequest.message,
              due: date(pkg.changeRequest.dueDate),
            })}
          </p>
        )}
        {submittedHere && pkg.state === 'SUBMITTED' && pkg.agreement && (
          <p>
            <strong>{w('submitted', { id: pkg.agreement.agreementId })}</strong>
          </p>
        )}
        {pkg.state === 'SUBMITTED' && paper.length > 0 && <p>{w('sendPaper', { names: paper.join(', ') })}</p>}
      </div>
      <div className="grid">
        <Card title={w('programTitle')}>
          <Facts
            items={[
              [w('department'), text ? label(text.departmentArea) : pkg.program.departmentArea],
              [w('typeOfFunding'), text ? label(text.typeOfFunding) : pkg.program.typeOfFunding],
              [
                w('intervention'),
                pkg.intervention &&
                  (label(INTERVENTION_TYPES[pkg.intervention.interventionType as InterventionTypeCode]) ||
                    pkg.intervention.description),
              ],
              [
                w('interventionDates'),
                pkg.intervention &&
                  w('dates', { start: date(pkg.intervention.startDate), end: date(pkg.intervention.endDate) }),
              ],
              [w('deliveringOrg'), pkg.intervention?.deliveringOrganisation],
            ]}
          />
          <p>
            <a href={pkg.program.websiteUrl} target="_blank" rel="noopener">
              {w('website')} <span className="visually-hidden">{w('opensNewTab')}</span>
            </a>
          </p>
        </Card>
        {pkg.agreement && (
          <Card title={w('agreementTitle')}>
            <Facts
              items={[
                [
                  w('agreementNumber'),
                  <Link key="a" to={`/agreements/${pkg.agreement.agreementId}`}>
                    {pkg.agreement.agreementId}
                  </Link>,
                ],
                [
                  w('agreementStatus'),
                  w('statusSince', {
                    status: label(AGREEMENT_STATUS_LABELS[pkg.agreement.status as AgreementStatus]),
                    date: date(pkg.agreement.statusDate),
                  }),
                ],
                [w('agreementProgram'), pkg.agreement.program],
                [w('lastSubmitted'), dateTime(pkg.agreement.lastSubmittedAt)],
                [w('agreementManager'), pkg.agreement.agreementManager],
              ]}
            />
          </Card>
        )}
      </div>
      <Checklist pkg={pkg} canEdit={canEdit} errors={submission.errors} changed={changed} reload={props.reload} />
      <StatementCard pkg={pkg} canEdit={canEdit} changed={changed} />
      {canEdit && <SubmitCard pkg={pkg} submission={submission} />}
      <History history={pkg.history} />
    </div>
  );
}
