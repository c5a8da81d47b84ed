// Read models of the access area: organisations and their header, the contact list and a contact's row as the
// Organisation Contacts page shows them (R-CON-12..17, R-SEC-16), the access audit log (SR-06), access requests, and
// the counts the last-administrator rule needs (R-SEC-10).
import type { InferEntity } from '@mikro-orm/postgresql';
import { AccessRequest, OfficeLocation, Organisation, User } from '../../db/entities.ts';
import {
  contactEmails,
  expiryDate,
  grantableProfiles,
  GUARDED_ADMIN_PROFILES,
  invitationExpiresAt,
  isAdministrator,
  POSITION_TYPES,
  profileLabel,
} from '../../domain/access.ts';
import { listedName } from '../../domain/person-name.ts';
import {
  can,
  FAMILIES,
  FAMILY_LABELS,
  isProfile,
  PROFILE_CATALOGUE,
  PROFILES,
  type Profile,
} from '../../domain/permissions.ts';
import { notFound } from '../../domain/refusals.ts';
import { type ContactSearch } from '../../domain/schemas/access.ts';
import { escapeLike } from '../../db/sql.ts';
import type { AppContext, SessionUser } from '../context.ts';
import { flagsOf, orgView, type IOrg } from './organisation.ts';

/** R-SEC-10: how many other active users of the organisation hold each guarded administrator profile. */
export async function otherHolders(
  ctx: Pick<AppContext, 'em'>,
  organisationId: number,
  exceptId: number,
): Promise<Record<Profile, number>> {
  const rows = await ctx.em.execute<{ profile: Profile; n: string }[]>(
    `select p as profile, count(*) as n from app_user, unnest(profiles) p
      where organisation_id = ? and active and id <> ? and p = any (string_to_array(?, ','))
      group by p`,
    [organisationId, exceptId, GUARDED_ADMIN_PROFILES.join(',')],
  );
  const held = new Map(rows.map((r) => [r.profile, Number(r.n)]));
  return Object.fromEntries(GUARDED_ADMIN_PROFILES.map((p) => [p, held.get(p) ?? 0])) as Record<Profile, number>;
}

export interface ContactRow {
  id: number;
  version: number;
  lastName: string;
  firstName: string;
  name: string;
  isPrimary: boolean;
  administrator: boolean;
  profiles?: { code: string; label: string; pending: boolean }[];
  jobTitle: string | null;
  emails: string[];
  email: string;
  phone: string | null;
  mobilePhone: string | null;
  language: string;
  active: boolean;
  hasAccess: boolean;
  userId?: string | null;
  invitation: { id: number; status: string; expiresAt: string; expiresOn: string; emailStatus: string | null } | null;
  actions: string[];
  officeLocationId: number | null;
  positionType: string | null;
  fte: number | null;
  startDate: string | null;
  endDate: string | null;
  lastSignInAt?: string | null;
}

interface RawRow {
  id: number;
  version: number;
  last_name: string;
  first_name: string;
  email: string;
  account_email: string | null;
  login_id: string | null;
  profiles: string[];
  active: boolean;
  is_primary: boolean;
  job_title: string | null;
  phone: string | null;
  mobile_phone: string | null;
  language: string;
  office_location_id: number | null;
  position_type: string | null;
  fte: string | null;
  start_date: string | null;
  end_date: string | null;
  last_sign_in_at: string | Date | null;
  inv_id: number | null;
  inv_status: string | null;
  inv_expires_at: string | Date | null;
  inv_profiles: string[] | null;
  email_status: string | null;
  total: string;
}

const ROW_SQL = `
  select u.id, u.version, u.last_name, u.first_name, u.email, u.account_email, u.login_id, u.profiles, u.active,
    u.is_primary, u.job_title,
         u.phone, u.mobile_phone, u.language, u.office_location_id, u.position_type, u.fte::text as fte,
           u.start_date::text as start_date,
         u.end_date::text as end_date, u.last_sign_in_at, i.id as inv_id, i.status as inv_status, i.expires_at as
           inv_expires_at,
         i.profiles as inv_profiles, o.status as email_status, count(*) over () as total
    from app_user u
    left join lateral (select * from invitation i where i.contact_id = u.id and i.status in ('PENDING', 'EXPIRED')
                        order by (i.status = 'PENDING') desc, i.created_at desc limit 1) i on true
    left join email_outbox o on o.id = 'invitation-' || i.id`;

/** R-CON-16, R-SEC-16: a list row; profiles, user ID and actions only for administrators. */
function toRow(r: RawRow, viewer: SessionUser, lang: 'en' | 'fr'): ContactRow {
  const manage = can(viewer.profiles, 'contacts.manage');
  const hasAccess = r.login_id != null;
  const pending = r.inv_status === 'PENDING';
  // R-INV-09: an expired invitation is shown until the contact is invited again or gets access.
  const expiresAt = r.inv_expires_at ? new Date(r.inv_expires_at) : null;
  const invitation =
    r.inv_id && expiresAt && !hasAccess && r.active
      ? {
          id: r.inv_id,
          status: r.inv_status!,
          expiresAt: expiresAt.toISOString(),
          expiresOn: expiryDate(expiresAt, lang),
          emailStatus: r.email_status,
        }
      : null;
  const actions = !manage
    ? []
    : !r.active
      ? ['reactivate']
      : hasAccess
        ? r.is_primary
          ? []
          : ['removeAccess']
        : pending
          ? ['withdrawInvitation', 'resendInvitation']
          : ['invite'];
  return {
    id: r.id,
    version: r.version,
    lastName: r.last_name,
    firstName: r.first_name,
    name: listedName({ lastName: r.last_name, firstName: r.first_name }),
    isPrimary: r.is_primary,
    administrator: isAdministrator(r.profiles),
    profiles: manage
      ? [
          ...r.profiles.map((p) => ({ code: p, label: profileLabel(p), pending: false })),
          ...(pending ? (r.inv_profiles ?? []).map((p) => ({ code: p, label: profileLabel(p), pending: true })) : []),
        ]
      : undefined,
    jobTitle: r.job_title,
    emails: contactEmails(r.email, r.account_email),
    email: r.email,
    phone: r.phone,
    mobilePhone: r.mobile_phone,
    language: r.language,
    active: r.active,
    hasAccess,
    userId: manage ? r.login_id : undefined,
    invitation,
    actions,
    officeLocationId: r.office_location_id,
    positionType: r.position_type,
    fte: r.fte == null ? null : Number(r.fte),
    startDate: r.start_date,
    endDate: r.end_date,
    lastSignInAt: manage ? (r.last_sign_in_at ? new Date(r.last_sign_in_at).toISOString() : null) : undefined,
  };
}

const CONTACT_PAGE_SIZE = 10;
/** A prefix pattern, folded in SQL by the same fold() as the column it is compared with (R-CON-13, R-CON-15). */
const likePrefix = (s: string) => escapeLike(s.trim());

/** R-CON-12..15: 10 per page; the primary contact first in the default "Active only" view, then by last and first name.
 */
export async function listContacts(ctx: AppContext, org: IOrg, q: ContactSearch, lang: 'en' | 'fr' = 'en') {
  const viewer = ctx.user;
  const where: string[] = ['u.organisation_id = ?'];
  const params: unknown[] = [org.id];
  if (q.activeOnly) where.push('u.active');
  if (q.withAccess) where.push('u.login_id is not null');
  for (const [value, column] of [
    [q.lastName, 'u.last_name'],
    [q.firstName, 'u.first_name'],
    [q.userId, 'u.login_id'],
  ] as const) {
    if (!value?.trim()) continue;
    where.push(`fold(${column}) like fold(?) || '%'`);
    params.push(likePrefix(value));
  }
  if (q.email?.trim()) {
    where.push(
      `(fold(u.email) like '%' || fold(?) || '%' or fold(coalesce(u.account_email, '')) like '%' || fold(?) || '%')`,
    );
    params.push(likePrefix(q.email), likePrefix(q.email));
  }
  // R-SEC-16: the profile filter is an administrator's.
  if (q.profiles.length && can(viewer.profiles, 'contacts.manage')) {
    const wanted = q.profiles.filter(isProfile).join(',');
    where.push(
      `(u.profiles && string_to_array(?, ',') or (i.status = 'PENDING' and i.profiles && string_to_array(?, ',')))`,
    );
    params.push(wanted, wanted);
  }
  const pin = q.activeOnly ? 'case when u.is_primary then 0 else 1 end,' : '';
  const rows = await ctx.em.execute<RawRow[]>(
    `${ROW_SQL} where ${where.join(' and ')} order by ${pin} fold(u.last_name), fold(u.first_name), u.id ` +
      `limit ${CONTACT_PAGE_SIZE} offset ?`,
    [...params, (q.page - 1) * CONTACT_PAGE_SIZE],
  );
  let totalCount = rows.length ? Number(rows[0].total) : 0;
  if (!rows.length && q.page > 1) {
    const [c] = await ctx.em.execute<{ n: string }[]>(
      `select count(*) as n from (${ROW_SQL} where ${where.join(' and ')}) x`,
      params,
    );
    totalCount = Number(c.n);
  }
  return {
    page: q.page,
    pageSize: CONTACT_PAGE_SIZE,
    totalCount,
    totalPages: Math.ceil(totalCount / CONTACT_PAGE_SIZE),
    items: rows.map((r) => toRow(r, viewer, lang)),
  };
}

export async function contactRow(
  ctx: AppContext,
  org: IOrg,
  contactId: number,
  lang: 'en' | 'fr' = 'en',
): Promise<ContactRow> {
  const [r] = await ctx.em.execute<RawRow[]>(`${ROW_SQL} where u.organisation_id = ? and u.id = ?`, [
    org.id,
    contactId,
  ]);
  if (!r) throw notFound({ en: 'The requested record', fr: "L'enregistrement demandé" });
  return toRow(r, ctx.user, lang);
}

/** R-ORG-02: the organisations that already have LaMPSS access: those with a primary contact. */
export async function registeredOrganisations(ctx: Pick<AppContext, 'em'>) {
  const rows = await ctx.em.execute<{ name: string; phone: string | null; postal_code: string | null }[]>(
    'select o.name, o.phone, o.postal_code from organisation o where exists (select 1 from app_user u where ' +
      'u.organisation_id = o.id and u.is_primary)',
  );
  return rows.map((o) => ({ name: o.name, phone: o.phone, postalCode: o.postal_code }));
}

/** Every organisation, by name (Operations Support). */
export async function organisations(ctx: AppContext) {
  const orgs = await ctx.em.find(Organisation, {}, { orderBy: { name: 'asc' } });
  return orgs.map(orgView);
}

/** R-ORG-10: the organisation header, with what the contact form offers this user and what they may do here. */
export async function organisationDetails(ctx: AppContext, org: IOrg) {
  const [primary, offices] = await Promise.all([
    ctx.em.findOne(User, { organisationId: org.id, isPrimary: true }),
    ctx.em.find(OfficeLocation, { organisationId: org.id, active: true }, { orderBy: { name: 'asc' } }),
  ]);
  const grantable = grantableProfiles(ctx.user.profiles, flagsOf(org));
  return {
    ...orgView(org),
    primaryContact: primary ? { id: primary.id, name: listedName(primary) } : null,
    officeLocations: offices.map((o) => ({ id: o.id, name: o.name })),
    positionTypes: POSITION_TYPES,
    // R-INV-04, R-INV-05: when an invitation sent now expires, for the confirmation the administrator answers first.
    invitationExpiresAt: invitationExpiresAt(new Date()).toISOString(),
    // R-SEC-04: the form lists, per family, only the profiles this user may grant here.
    profileFamilies: FAMILIES.map((f) => ({
      family: f,
      label: FAMILY_LABELS[f],
      profiles: PROFILES.filter((p) => PROFILE_CATALOGUE[p].family === f).map((p) => ({
        code: p,
        label: { en: PROFILE_CATALOGUE[p].en, fr: PROFILE_CATALOGUE[p].fr },
        admin: PROFILE_CATALOGUE[p].admin,
        grantable: grantable.includes(p),
      })),
    })),
    can: {
      manageContacts: can(ctx.user.profiles, 'contacts.manage'),
      update: can(ctx.user.profiles, 'org.update'),
      setFlags: can(ctx.user.profiles, 'org.flags'),
      viewAudit: can(ctx.user.profiles, 'audit.view'),
    },
  };
}

const AUDIT_PAGE_SIZE = 50;

/** SR-06: the organisation's access changes, newest first, 50 a page. */
export async function auditLog(ctx: AppContext, org: IOrg, page: number) {
  const rows = await ctx.em.execute<Record<string, unknown>[]>(
    `select id, at, actor_id, actor_name, action, target_type, target_id, target_name, before, after, ip, count(*)
      over () as total
       from access_audit where organisation_id = ? order by at desc, id desc limit ${AUDIT_PAGE_SIZE} offset ?`,
    [org.id, (page - 1) * AUDIT_PAGE_SIZE],
  );
  return {
    page,
    pageSize: AUDIT_PAGE_SIZE,
    totalCount: rows.length ? Number(rows[0].total) : 0,
    items: rows.map((a) => ({
      id: Number(a.id),
      at: new Date(a.at as string).toISOString(),
      actor: { id: a.actor_id, name: a.actor_name },
      action: a.action,
      target: { type: a.target_type, id: a.target_id, name: a.target_name },
      before: a.before,
      after: a.after,
      ip: a.ip,
    })),
  };
}

const accessRequestView = (r: InferEntity<typeof AccessRequest>) => ({
  id: r.id,
  submittedAt: r.submittedAt.toISOString(),
  requester: {
    lastName: r.lastName,
    firstName: r.firstName,
    email: r.email,
    phone: r.phone,
    jobTitle: r.jobTitle,
    language: r.language,
  },
  organisation: {
    name: r.organisationName,
    type: r.organisationType,
    addressLine1: r.addressLine1,
    city: r.city,
    province: r.province,
    postalCode: r.postalCode,
    phone: r.organisationPhone,
  },
  family: r.family,
  status: r.status,
  decidedAt: r.decidedAt?.toISOString() ?? null,
  decisionNote: r.decisionNote,
  organisationId: r.organisationId,
});

/** R-ORG-03: the access requests in one status, oldest first, for Operations Support to decide. */
export async function accessRequests(ctx: AppContext, status: string) {
  const rows = await ctx.em.find(AccessRequest, { status }, { orderBy: { submittedAt: 'asc' }, limit: 200 });
  return rows.map(accessRequestView);
}
