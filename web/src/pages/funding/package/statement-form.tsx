// The case manager's summary statement (C6, §3.11): three questions and the justification, saved as often as needed;
// spelling suggestions show while it is written and after it is saved, never blocking (R-FUND-20). Read-only once
// the package is locked.
import {
  spellingFindings,
  STATEMENT_ANSWER_LABELS,
  type SpellingFinding,
  type Statement,
} from '../../../../../domain/funding.ts';
import { statementSchema } from '../../../../../domain/schemas/funding.ts';
import { api } from '../../../api/client.ts';
import { useI18n } from '../../../i18n/i18n.tsx';
import { useWords } from '../../../i18n/words.ts';
import { Form, RadioGroup, TextArea, useForm } from '../../../ui/form.tsx';
import { Card, Facts } from '../../../ui/layout.tsx';
import type { PackageView } from './package.ts';
import { packageWords } from './words.ts';

export function StatementCard(props: { pkg: PackageView; canEdit: boolean; changed(p: PackageView): void }) {
  const w = useWords(packageWords);
  return (
    <Card title={w('statementTitle')}>
      {props.canEdit ? <StatementForm {...props} /> : <StatementView statement={props.pkg.statement} />}
    </Card>
  );
}

function StatementView(props: { statement: Statement | null }) {
  const { label } = useI18n();
  const w = useWords(packageWords);
  const s = props.statement;
  if (!s) return <p className="empty">{w('noStatement')}</p>;
  return (
    <>
      <Facts
        items={[
          [w('supportsPlan'), label(STATEMENT_ANSWER_LABELS[s.supportsPlan])],
          [w('signedByBoth'), label(STATEMENT_ANSWER_LABELS[s.signedByBoth])],
          [w('spouseConsent'), label(STATEMENT_ANSWER_LABELS[s.spouseConsentSigned])],
        ]}
      />
      <h3>{w('justification')}</h3>
      <p className="pre-wrap">{s.justification}</p>
    </>
  );
}

function Spelling(props: { findings: SpellingFinding[] }) {
  const w = useWords(packageWords);
  if (!props.findings.length) return null;
  return (
    <div className="notice notice-warning" role="status">
      <p>{w('spellingTitle')}</p>
      <ul>
        {props.findings.map((f) => (
          <li key={`${f.kind}:${f.word}`}>
            {f.kind === 'misspelt'
              ? w('misspelt', { word: f.word, suggestion: f.suggestion })
              : w('repeated', { word: f.word })}
          </li>
        ))}
      </ul>
    </div>
  );
}

function StatementForm(props: { pkg: PackageView; changed(p: PackageView): void }) {
  const { label } = useI18n();
  const w = useWords(packageWords);
  const s = props.pkg.statement;
  const form = useForm({
    initial: {
      supportsPlan: s?.supportsPlan ?? '',
      signedByBoth: s?.signedByBoth ?? '',
      spouseConsentSigned: s?.spouseConsentSigned ?? '',
      justification: s?.justification ?? '',
    },
    schema: statementSchema,
    send: (body, key) =>
      api.put<PackageView>(`/api/funding-packages/${props.pkg.id}/statement`, { body, idempotencyKey: key }),
    success: w('statementSaved'),
    done: props.changed,
  });
  const answers = (codes: (keyof typeof STATEMENT_ANSWER_LABELS)[]) =>
    codes.map((value) => ({ value, label: label(STATEMENT_ANSWER_LABELS[value]) }));
  return (
    <Form form={form} label={w('statementTitle')} submit={w('saveStatement')}>
      <RadioGroup form={form} name="supportsPlan" label={w('supportsPlan')} required options={answers(['YES', 'NO'])} />
      <RadioGroup form={form} name="signedByBoth" label={w('signedByBoth')} required options={answers(['YES', 'NO'])} />
      <RadioGroup
        form={form}
        name="spouseConsentSigned"
        label={w('spouseConsent')}
        required
        options={answers(['YES', 'NO', 'NOT_APPLICABLE'])}
      />
      <TextArea
        form={form}
        name="justification"
        label={w('justification')}
        hint={w('justificationHint')}
        rows={8}
        required
      />
      <Spelling findings={spellingFindings(form.values.justification)} />
    </Form>
  );
}
