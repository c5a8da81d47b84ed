// Sending a referral or a case transfer (seed 000, ACT-REF-02..06): the type, the receiving organisation (from the
// network's list, or a name for one outside it), who it is for, the language, and the subject and body from the
// template of the type and language (R-REF-08/10), which a change of language or organisation fills again, after a
// question once the user has edited them (C-REF-03). The letter can be previewed (R-REF-13). Sending asks first
// (C-REF-01); a text that seems to hold the client's personal information is acknowledged or fixed (R-REF-12). The form
// is a draft's: notes and documents are attached at its top (R-REF-21); cancelling deletes the draft (C-REF-02).
import { useEffect, useRef, useState } from 'react';
import { REFERRAL_TYPE_LABELS, type ReferralType } from '../../../../../domain/referrals.ts';
import { containsSinLikeNumber } from '../../../../../domain/sin-in-text.ts';
import { LANGUAGE_LABELS } from '../../../../../domain/referrals.ts';
import { referralSchema } from '../../../../../domain/schemas/case.ts';
import { api, ApiError, withQuery } from '../../../api/client.ts';
import { useApi } from '../../../api/use-api.ts';
import { useI18n } from '../../../i18n/i18n.tsx';
import { useWords } from '../../../i18n/words.ts';
import { ConfirmDialog } from '../../../ui/confirm.tsx';
import { useToast } from '../../../ui/toast.tsx';
import { Checkbox, Form, SelectField, TextArea, TextField, useForm } from '../../../ui/form.tsx';
import { LoadError } from '../../../ui/layout.tsx';
import type { CaseDetails } from '../section.ts';
import { DraftAttachments, type Draft } from './referral-attachments.tsx';
import { referralWords } from './words.ts';

type CaseAnswer = Omit<CaseDetails, 'workflow'>;
type Organisation = { id: number; name: string; generalEmail: string | null };
type Template = { subject: string; body: string; emailedTo: string };

const initial = {
  type: '',
  toOrganisationId: '',
  toOrganisationName: '',
  contactPerson: '',
  emailedTo: '',
  language: '',
  subject: '',
  body: '',
  personalInfoAcknowledged: false,
};
type Values = typeof initial;

export function ReferralForm(props: {
  c: CaseDetails;
  draft: Draft;
  draftChanged(d: Draft): void;
  caseChanged(c: CaseAnswer): void;
  done(c: CaseAnswer): void;
  cancelled(): void;
}) {
  const { label } = useI18n();
  const toast = useToast();
  const [cancelling, setCancelling] = useState(false);
  const w = useWords(referralWords);
  const orgs = useApi<Organisation[]>('/api/referral-organisations');
  const confirmed = useRef(false);
  const [asking, setAsking] = useState(false);
  const [refilling, setRefilling] = useState(false);
  const [warned, setWarned] = useState(false);
  const template = useRef<Template>({ subject: '', body: '', emailedTo: '' });
  const asked = useRef(0);

  const form = useForm<Values, unknown, CaseAnswer>({
    initial,
    schema: referralSchema,
    toBody: (v) => ({
      type: v.type || undefined,
      ...(v.type === 'INFO_OUTSIDE_LAMPSS'
        ? { toOrganisationName: v.toOrganisationName }
        : { toOrganisationId: v.toOrganisationId ? Number(v.toOrganisationId) : undefined }),
      contactPerson: v.contactPerson,
      emailedTo: v.emailedTo.trim(),
      language: v.language || undefined,
      subject: v.subject,
      body: v.body,
      confirmed: confirmed.current,
      personalInfoAcknowledged: v.personalInfoAcknowledged || undefined,
      draftId: props.draft.id,
    }),
    send: (body, key) => api.post<CaseAnswer>(`/api/cases/${props.c.id}/referrals`, { body, idempotencyKey: key }),
    success: (): string => w('sent', { email: latest.current.emailedTo }),
    done: props.done,
    refused: (e) => {
      confirmed.current = false;
      if (e.body.violations.some((v) => v.code === 'E-REF-06')) setWarned(true);
      if (e.body.violations.length !== 1 || e.body.violations[0].code !== 'C-REF-01') return false;
      setAsking(true);
      return true;
    },
  });
  const v = form.values;
  const latest = useRef(v);
  latest.current = v;
  const outside = v.type === 'INFO_OUTSIDE_LAMPSS';
  const edited = v.subject !== template.current.subject || v.body !== template.current.body;
  const blocked = containsSinLikeNumber(`${v.subject}\n${v.body}`);
  const draft = {
    type: v.type,
    language: v.language,
    toOrganisationId: outside ? undefined : v.toOrganisationId,
    toOrganisationName: outside ? v.toOrganisationName : undefined,
    contactPerson: v.contactPerson,
  };

  /**
   * R-REF-08/10: the template's subject and body, and the organisation's general email (R-REF-07). `replace` once the
   * user said yes to replacing their text: otherwise text typed while the template was on its way is kept, and asked.
   */
  async function fill(replace = false) {
    if (!v.type || !v.language) return;
    const n = ++asked.current;
    const next = await api.get<Template>(`/api/cases/${props.c.id}/referrals/template`, { query: draft });
    if (n !== asked.current) return;
    const now = latest.current;
    if (!now.emailedTo || now.emailedTo === template.current.emailedTo) form.set('emailedTo', next.emailedTo);
    const typed =
      (now.subject || now.body) && (now.subject !== template.current.subject || now.body !== template.current.body);
    if (typed && !replace) {
      setRefilling(true);
      return;
    }
    template.current = next;
    form.set('subject', next.subject);
    form.set('body', next.body);
  }

  useEffect(() => {
    if (!v.type || !v.language) return;
    if (edited && (v.subject || v.body)) setRefilling(true);
    else void fill();
    // A new type, language or organisation calls for the template again.
  }, [v.type, v.language, v.toOrganisationId]);

  /** ACT-REF-07: the draft is deleted; its notes and documents stay in the case. */
  async function cancelDraft() {
    setCancelling(false);
    try {
      await api.delete(`/api/cases/${props.c.id}/referral-drafts/${props.draft.id}`);
      toast(w('cancelled'));
      props.cancelled();
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      toast(e.body.message, 'error');
    }
  }

  const types = (Object.keys(REFERRAL_TYPE_LABELS) as ReferralType[]).filter(
    (type) => type !== 'CASE_TRANSFER' || props.c.status !== 'FOLLOW_UP',
  );

  return (
    <>
      <DraftAttachments
        caseId={props.c.id}
        draft={props.draft}
        changed={props.draftChanged}
        caseChanged={props.caseChanged}
      />
      <Form
        form={form}
        label={w('formTitle')}
        submit={w('send')}
        className="referral-form"
        secondary={
          <button type="button" className="secondary" onClick={() => setCancelling(true)}>
            {w('cancelDraft')}
          </button>
        }
      >
        <h3>{w('formTitle')}</h3>
        <div className="form-row">
          <SelectField
            form={form}
            name="type"
            label={w('type')}
            required
            hint={
              v.type === 'CASE_TRANSFER'
                ? w('transferHint')
                : props.c.status === 'FOLLOW_UP'
                  ? w('noTransfer')
                  : undefined
            }
            options={types.map((value) => ({ value, label: label(REFERRAL_TYPE_LABELS[value]) }))}
          />
          {outside ? (
            <div onBlur={() => !edited && void fill()}>
              <TextField form={form} name="toOrganisationName" label={w('orgName')} required />
            </div>
          ) : (
            <SelectField
              form={form}
              name="toOrganisationId"
              label={w('org')}
              hint={w('orgHint')}
              required
              options={(orgs.data ?? []).map((o) => ({ value: String(o.id), label: o.name }))}
            />
          )}
        </div>
        {orgs.error && <LoadError error={orgs.error} retry={orgs.reload} />}
        <div className="form-row">
          <TextField form={form} name="contactPerson" label={w('contact')} required />
          <TextField
            form={form}
            name="emailedTo"
            type="email"
            label={w('emailedTo')}
            hint={w('emailedToHint')}
            required
          />
          <SelectField
            form={form}
            name="language"
            label={w('language')}
            required
            options={(['EN', 'FR'] as const).map((value) => ({ value, label: label(LANGUAGE_LABELS[value]) }))}
          />
        </div>
        <TextField form={form} name="subject" label={w('subject')} required />
        <TextArea form={form} name="body" label={w('body')} hint={w('bodyHint')} rows={7} required />
        {warned && !blocked && <Checkbox form={form} name="personalInfoAcknowledged" label={w('acknowledge')} />}
        <div className="actions">
          {v.type && v.language && (
            <a
              className="button-link secondary"
              href={withQuery(`/api/cases/${props.c.id}/referrals/letter`, draft)}
              target="_blank"
              rel="noopener"
            >
              {w('preview')} <span className="visually-hidden">{w('opensNewTab')}</span>
            </a>
          )}
          {edited && v.type && v.language && (
            <button type="button" className="secondary" onClick={() => setRefilling(true)}>
              {w('fillTemplate')}
            </button>
          )}
        </div>
      </Form>
      <ConfirmDialog
        open={refilling}
        title={w('fillTitle')}
        confirm={w('fillConfirm')}
        onConfirm={() => {
          setRefilling(false);
          void fill(true);
        }}
        onCancel={() => setRefilling(false)}
      >
        <p>{w('fillText')}</p>
      </ConfirmDialog>
      <ConfirmDialog
        open={cancelling}
        title={w('cancelTitle')}
        confirm={w('cancelDraft')}
        onConfirm={() => void cancelDraft()}
        onCancel={() => setCancelling(false)}
      >
        <p>{w('cancelText')}</p>
      </ConfirmDialog>
      <ConfirmDialog
        open={asking}
        title={w('confirmTitle')}
        confirm={w('send')}
        onConfirm={() => {
          setAsking(false);
          confirmed.current = true;
          void form.onSubmit();
        }}
        onCancel={() => setAsking(false)}
      >
        <p>{w('confirmText', { email: v.emailedTo })}</p>
      </ConfirmDialog>
    </>
  );
}
