// The case workspace's funding section (spec 02 §4.C, R-FUND): each action plan intervention that needs funding, with
// its application package and agreement, or "Apply for funding"; and the applications already closed.
import { useState } from 'react';
import type { casePackages } from '../../../../app/funding/queries.ts';
import { FUNDING_PROGRAM_TEXT, PACKAGE_STATE_TEXT, type PackageState } from '../../../../domain/funding.ts';
import { INTERVENTION_TYPES, type InterventionTypeCode } from '../../../../domain/reference.ts';
import { useApi } from '../../api/use-api.ts';
import { Link } from '../../app/router.tsx';
import { useSession } from '../../app/session.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { useWords } from '../../i18n/words.ts';
import { Badge, Card, Loaded } from '../../ui/layout.tsx';
import { ProgramChooser } from './funding/program-chooser.tsx';
import { fundingSectionWords } from './funding/words.ts';
import type { SectionProps } from './section.ts';

type Package = Awaited<ReturnType<typeof casePackages>>['items'][number];

const active = (p: Package) => p.state !== 'CLOSED' && p.state !== 'DELETED';

export function FundingSection({ c }: SectionProps) {
  const { label, date } = useI18n();
  const w = useWords(fundingSectionWords);
  const { can } = useSession();
  const packages = useApi<{ items: Package[] }>(`/api/cases/${c.id}/funding-packages`);
  const [choosing, setChoosing] = useState<string | null>(null);
  const funded = c.actionPlan.interventions.filter((i) => i.fundingRequested);
  const canApply = can('case.update') && c.status !== 'CLOSED';
  const programName = (code: string) => (FUNDING_PROGRAM_TEXT[code] ? label(FUNDING_PROGRAM_TEXT[code].name) : code);

  const packageLine = (p: Package) => (
    <div className="package-line">
      <span>{w('application', { program: programName(p.programCode) })}</span>
      <Badge tone={p.state === 'CHANGES_REQUIRED' ? 'warning' : p.state === 'DRAFT' ? 'info' : 'neutral'}>
        {label(PACKAGE_STATE_TEXT[p.state as PackageState])}
      </Badge>
      <Link to={`/funding-packages/${p.id}`}>
        {p.state === 'DRAFT' || p.state === 'CHANGES_REQUIRED' ? w('edit') : w('view')}
      </Link>
      {p.agreementId && <Link to={`/agreements/${p.agreementId}`}>{w('agreement', { id: p.agreementId })}</Link>}
    </div>
  );

  return (
    <div className="case-section">
      <Card title={w('title')}>
        <p className="muted">{w('intro')}</p>
        <Loaded state={packages}>
          {({ items }) => (
            <>
              {!funded.length && (
                <p className="empty">
                  {w('noFunded')} <Link to={`/cases/${c.id}?tab=plan`}>{w('planLink')}</Link>
                </p>
              )}
              <ul className="funded-interventions">
                {funded.map((i) => {
                  const type = label(INTERVENTION_TYPES[i.interventionType as InterventionTypeCode]) || i.description;
                  const current = items.find((p) => p.interventionId === i.id && active(p));
                  return (
                    <li key={i.id}>
                      <h3>{type}</h3>
                      <p className="muted">
                        {i.description} · {w('dates', { start: date(i.plannedStartDate), end: date(i.plannedEndDate) })}
                      </p>
                      {current
                        ? packageLine(current)
                        : canApply &&
                          choosing !== i.id && (
                            <button
                              type="button"
                              aria-label={w('applyLabel', { intervention: type })}
                              onClick={() => setChoosing(i.id)}
                            >
                              {w('apply')}
                            </button>
                          )}
                      {!current && choosing === i.id && (
                        <ProgramChooser
                          caseId={c.id}
                          interventionId={i.id}
                          headingId={`programs-${i.id}`}
                          close={() => setChoosing(null)}
                        />
                      )}
                    </li>
                  );
                })}
              </ul>
              {items.some((p) => !active(p)) && (
                <>
                  <h3>{w('earlier')}</h3>
                  <ul className="earlier-packages">
                    {items
                      .filter((p) => !active(p))
                      .map((p) => (
                        <li key={p.id}>{packageLine(p)}</li>
                      ))}
                  </ul>
                </>
              )}
            </>
          )}
        </Loaded>
      </Card>
    </div>
  );
}
