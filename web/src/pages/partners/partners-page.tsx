// The Business Partners page (R-BP-01; seed 001, "Org. Business Partners"): search the public partners and the
// organisation's private ones; ENS adds and changes the public ones, the organisation's keepers its private ones.
import { useState } from 'react';
import type { PartnerRow } from '../../../../app/business-partners/queries.ts';
import { VISIBILITY_LABELS, type PartnerVisibility } from '../../../../domain/business-partners.ts';
import { businessPartnerSchema } from '../../../../domain/schemas/business-partners.ts';
import { api } from '../../api/client.ts';
import { useApi } from '../../api/use-api.ts';
import { useQueryParam } from '../../app/router.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { useWords } from '../../i18n/words.ts';
import { DataTable } from '../../ui/data-table.tsx';
import { Form, SelectField, TextField, useForm } from '../../ui/form.tsx';
import { Card, Loaded, PageHeader } from '../../ui/layout.tsx';
import { PARTNER_WORDS } from './partner-words.ts';

type Search = { items: PartnerRow[]; keepsPublic: boolean; keepsPrivate: boolean };
type Criteria = { name: string; city: string };
type Rights = Pick<Search, 'keepsPublic' | 'keepsPrivate'>;

const query = (c: Criteria) => Object.fromEntries(Object.entries(c).filter(([, v]) => v !== ''));

export function PartnersPage() {
  const w = useWords(PARTNER_WORDS);
  // A Recent organisation on the home page opens this page searched by its name.
  const [named] = useQueryParam('name');
  const [criteria, setCriteria] = useState<Criteria>({ name: named ?? '', city: '' });
  const [editing, setEditing] = useState<PartnerRow | null>(null);
  const list = useApi<Search>('/api/business-partners', query(criteria));
  const saved = () => {
    setEditing(null);
    list.reload();
  };
  return (
    <>
      <PageHeader title={w('title')} subtitle={w('subtitle')} />
      <SearchForm initial={criteria} onSearch={setCriteria} />
      <Loaded state={list}>
        {(found) => (
          <>
            <Card title={w('results')}>
              <PartnerTable found={found} onEdit={setEditing} />
            </Card>
            {editing && <PartnerForm key={editing.id} partner={editing} rights={found} saved={saved} />}
            {(found.keepsPublic || found.keepsPrivate) && <PartnerForm rights={found} saved={saved} />}
          </>
        )}
      </Loaded>
    </>
  );
}

function SearchForm(props: { initial: Criteria; onSearch(c: Criteria): void }) {
  const w = useWords(PARTNER_WORDS);
  const form = useForm<Criteria, Criteria, Criteria>({
    initial: props.initial,
    send: (body) => Promise.resolve(body),
    done: props.onSearch,
  });
  return (
    <Card title={w('searchLabel')}>
      <Form form={form} label={w('searchLabel')} submit={w('search')}>
        <div className="form-row">
          <TextField form={form} name="name" label={w('name')} autoComplete="off" />
          <TextField form={form} name="city" label={w('city')} autoComplete="off" />
        </div>
      </Form>
    </Card>
  );
}

const mayKeep = (p: PartnerRow, rights: Rights) =>
  p.id !== null && (p.visibility === 'PUBLIC' ? rights.keepsPublic : rights.keepsPrivate);

function PartnerTable(props: { found: Search; onEdit(p: PartnerRow): void }) {
  const w = useWords(PARTNER_WORDS);
  const { label } = useI18n();
  return (
    <DataTable
      caption={w('results')}
      rows={props.found.items}
      rowKey={(p) => `${p.organisationId ?? ''}-${p.id ?? ''}`}
      empty={w('none')}
      columns={[
        { key: 'name', header: w('name'), cell: (p) => p.name, primary: true },
        { key: 'city', header: w('city'), cell: (p) => p.city ?? '' },
        { key: 'services', header: w('services'), cell: (p) => (p.organisationId ? w('pathway') : (p.services ?? '')) },
        { key: 'phone', header: w('phone'), cell: (p) => p.phone ?? '' },
        { key: 'visibility', header: w('visibility'), cell: (p) => label(VISIBILITY_LABELS[p.visibility]) },
        {
          key: 'edit',
          header: '',
          cell: (p) =>
            mayKeep(p, props.found) && (
              <button type="button" className="secondary" onClick={() => props.onEdit(p)}>
                {w('edit', { name: p.name })}
              </button>
            ),
        },
      ]}
    />
  );
}

/** Adds a partner, or changes `partner`; the choice of Public or Private offers only what the user may keep. */
function PartnerForm(props: { partner?: PartnerRow; rights: Rights; saved(): void }) {
  const w = useWords(PARTNER_WORDS);
  const { label } = useI18n();
  const p = props.partner;
  const visibilities = (['PUBLIC', 'PRIVATE'] as PartnerVisibility[]).filter((v) =>
    v === 'PUBLIC' ? props.rights.keepsPublic : props.rights.keepsPrivate,
  );
  const form = useForm({
    initial: {
      name: p?.name ?? '',
      city: p?.city ?? '',
      services: p?.services ?? '',
      phone: p?.phone ?? '',
      visibility: p?.visibility ?? visibilities[0],
    },
    schema: businessPartnerSchema,
    send: (body) =>
      p
        ? api.put<{ name: string }>(`/api/business-partners/${p.id}`, { body })
        : api.post<{ name: string }>('/api/business-partners', { body }),
    success: (r) => w(p ? 'saved' : 'added', { name: r.name }),
    done: () => {
      form.reset();
      props.saved();
    },
  });
  const title = p ? w('edit', { name: p.name }) : w('add');
  return (
    <Card title={title}>
      <Form form={form} label={title} submit={p ? w('saveEdit') : w('save')}>
        <div className="form-row">
          <TextField form={form} name="name" label={w('name')} required />
          <TextField form={form} name="city" label={w('city')} />
        </div>
        <div className="form-row">
          <TextField form={form} name="services" label={w('services')} />
          <TextField form={form} name="phone" label={w('phone')} type="tel" />
          <SelectField
            form={form}
            name="visibility"
            label={w('visibility')}
            required
            options={visibilities.map((v) => ({ value: v, label: label(VISIBILITY_LABELS[v]) }))}
          />
        </div>
      </Form>
    </Card>
  );
}
