// "Apply for Funding" (spec 02 C1/C2, R-FUND-01/02): the programs that fund the intervention's type, primary ones
// first, then the alternatives; Apply now starts the application package and opens it.
import { useState } from 'react';
import type { fundingPrograms } from '../../../../../app/funding/queries.ts';
import { FUNDING_PROGRAM_TEXT, type FundingProgram } from '../../../../../domain/funding.ts';
import { ApiError, api, newIdempotencyKey } from '../../../api/client.ts';
import { useApi } from '../../../api/use-api.ts';
import { navigate } from '../../../app/router.tsx';
import { useI18n } from '../../../i18n/i18n.tsx';
import { useWords } from '../../../i18n/words.ts';
import { Facts, Loaded } from '../../../ui/layout.tsx';
import { useToast } from '../../../ui/toast.tsx';
import { fundingSectionWords } from './words.ts';

type Programs = Awaited<ReturnType<typeof fundingPrograms>>;

export function ProgramChooser(props: { caseId: number; interventionId: string; headingId: string; close(): void }) {
  const w = useWords(fundingSectionWords);
  const programs = useApi<Programs>(
    `/api/cases/${props.caseId}/interventions/${encodeURIComponent(props.interventionId)}/funding-programs`,
  );
  return (
    <section className="program-chooser" aria-labelledby={props.headingId}>
      <div className="card-header">
        <h3 id={props.headingId}>{w('chooserTitle')}</h3>
        <button type="button" className="secondary" onClick={props.close}>
          {w('close')}
        </button>
      </div>
      <Loaded state={programs}>
        {(p) =>
          p.programs.length + p.alternatives.length === 0 ? (
            <p className="empty">{w('noProgram')}</p>
          ) : (
            <>
              <p>{w('chooserIntro')}</p>
              {p.programs.map((program) => (
                <ProgramOffer key={program.code} program={program} {...props} />
              ))}
              {p.alternatives.length > 0 && <h4>{w('alternatives')}</h4>}
              {p.alternatives.map((program) => (
                <ProgramOffer key={program.code} program={program} {...props} />
              ))}
            </>
          )
        }
      </Loaded>
    </section>
  );
}

function ProgramOffer(props: { caseId: number; interventionId: string; program: FundingProgram }) {
  const { label } = useI18n();
  const w = useWords(fundingSectionWords);
  const toast = useToast();
  const [key] = useState(newIdempotencyKey);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const text = FUNDING_PROGRAM_TEXT[props.program.code];
  const name = text ? label(text.name) : props.program.name;

  async function apply() {
    setBusy(true);
    setProblem(null);
    try {
      const pkg = await api.post<{ id: number }>(
        `/api/cases/${props.caseId}/interventions/${encodeURIComponent(props.interventionId)}/funding-package`,
        { body: { programCode: props.program.code }, idempotencyKey: key },
      );
      toast(w('started'));
      navigate(`/funding-packages/${pkg.id}`);
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      setProblem(e.body.message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <article className="program-offer">
      <h4>{name}</h4>
      <Facts
        items={[
          [w('department'), text ? label(text.departmentArea) : props.program.departmentArea],
          [w('typeOfFunding'), text ? label(text.typeOfFunding) : props.program.typeOfFunding],
        ]}
      />
      <p>{text ? label(text.description) : props.program.description}</p>
      {problem && (
        <p className="notice notice-error" role="alert">
          {problem}
        </p>
      )}
      <div className="actions">
        <a href={props.program.websiteUrl} target="_blank" rel="noopener">
          {w('website')} <span className="visually-hidden">{w('opensNewTab')}</span>
        </a>
        <button
          type="button"
          disabled={busy}
          aria-label={w('applyNowLabel', { program: name })}
          onClick={() => void apply()}
        >
          {w('applyNow')}
        </button>
      </div>
    </article>
  );
}
