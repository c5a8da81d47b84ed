// Organisations, their contacts and LaMPSS access (spec 04 §3). Routes under /organisations/:organisationId answer
// 404 for another organisation (R-SEC-02) unless the caller is LaMPSS Operations Support.
import type { Request, Response } from 'express';
import { Router } from 'express';
import type { InferEntity, MikroORM } from '@mikro-orm/postgresql';
import type { Client } from '@temporalio/client';
import { z } from 'zod';
import { writeAudit } from '../../db/access-audit.ts';
import { AccessRequest, OfficeLocation, Organisation, User } from '../../db/entities.ts';
import { ORG_FLAGS, POSITION_TYPES, grantableProfiles, isOps } from '../../domain/access.ts';
import { FAMILIES, FAMILY_LABELS, PROFILES, PROFILE_CATALOGUE, can } from '../../domain/permissions.ts';
import { acceptInvitation, invitationLanding } from '../../app/access/invitation-acceptance.ts';
import { accessRequestView, decideAccessRequest, submitAccessRequest } from '../../app/access/access-requests.ts';
import { createContact, updateContact } from '../../app/access/contacts.ts';
import { inviteContact, withdrawInvitation } from '../../app/access/invitations.ts';
import { removeAccess } from '../../app/access/access-removal.ts';
import { transferPrimary } from '../../app/access/primary-contact.ts';
import { contactRow, listContacts } from '../../app/access/queries.ts';
import { flagsOf, requireAdministrator, scopedOrganisation } from '../../app/access/organisation.ts';
import type { AccessContext } from '../../app/access/context.ts';
import { endSessions } from '../../app/session/sessions.ts';
import { auditActorOf, currentUser, requirePermission } from '../auth.ts';
import { idParam, parse } from '../http.ts';
import { Refusal } from '../../domain/refusals.ts';
import {
  acceptInvitationSchema,
  accessDecisionSchema,
  accessRequestSchema,
  contactChangeSchema,
  contactSchema,
  contactSearchSchema,
  invitationSchema,
  officeLocationSchema,
  organisationChangeSchema,
  primaryContactSchema,
} from '../../domain/schemas/access.ts';

export interface ContactRouteDeps {
  orm: MikroORM;
  temporal: Client;
  publicUrl: string;
  attemptsPerMinute?: number;
}

const langOf = (req: Request): 'en' | 'fr' => (req.query.lang === 'fr' ? 'fr' : 'en');

/**
 * Public endpoints a visitor can hammer (R-INV-11, SR-10): a fixed one-minute window per IP counting only what
 * `counts` selects (a wrong invitation token, a request written), so a person using a link properly is never locked
 * out.
 */
export function rateLimit(perMinute: number, counts: (outcome: 'ok' | 'refused') => boolean) {
  const hits = new Map<string, { count: number; since: number }>();
  const entry = (req: Request) => {
    const now = Date.now();
    const key = req.ip ?? 'unknown';
    let h = hits.get(key);
    if (!h || now - h.since > 60_000) {
      if (hits.size > 10_000) hits.clear();
      h = { count: 0, since: now };
      hits.set(key, h);
    }
    return h;
  };
  return async <T>(req: Request, work: () => Promise<T>): Promise<T> => {
    if (entry(req).count >= perMinute)
      throw new Refusal(
        'too-many',
        'TOO_MANY_ATTEMPTS',
        'Too many attempts from this address. Wait a minute and try again.',
      );
    try {
      const result = await work();
      if (counts('ok')) entry(req).count += 1;
      return result;
    } catch (e) {
      if (counts('refused')) entry(req).count += 1;
      throw e;
    }
  };
}

const orgView = (o: InferEntity<typeof Organisation>) => ({
  id: o.id,
  code: o.code,
  name: o.name,
  type: o.type,
  address: { line1: o.addressLine1, city: o.city, province: o.province, postalCode: o.postalCode },
  phone: o.phone,
  version: o.version,
  ...flagsOf(o),
});

/** Public routes: the invitation landing page and acceptance, and the access request form. */
export function publicAccessRoutes({ orm, temporal, attemptsPerMinute = 10 }: ContactRouteDeps): Router {
  const r = Router();
  // Guessing tokens is what to slow down; access requests, what a bot would flood.
  const tokenLimit = rateLimit(attemptsPerMinute, (outcome) => outcome === 'refused');
  const requestLimit = rateLimit(Math.max(1, Math.ceil(attemptsPerMinute / 2)), (outcome) => outcome === 'ok');
  r.get('/invitations/:token', async (req, res) => {
    res.json(await tokenLimit(req, () => invitationLanding({ em: orm.em }, String(req.params.token).slice(0, 200))));
  });
  r.post('/invitations/accept', async (req, res) => {
    const input = parse(acceptInvitationSchema, req.body);
    res
      .status(201)
      .json(
        await tokenLimit(req, () =>
          acceptInvitation({ em: orm.em, temporal }, input, { ip: req.ip, userAgent: req.get('user-agent') }),
        ),
      );
  });
  r.post('/access-requests', async (req, res) => {
    const input = parse(accessRequestSchema, req.body);
    res
      .status(201)
      .json(
        await requestLimit(req, () =>
          submitAccessRequest({ em: orm.em, temporal }, input, { ip: req.ip, userAgent: req.get('user-agent') }),
        ),
      );
  });
  return r;
}

export function contactRoutes({ orm, temporal, publicUrl }: ContactRouteDeps): Router {
  const r = Router();
  const ctxOf = (req: Request, res: Response): AccessContext => {
    const user = currentUser(res);
    return { em: orm.em, temporal, user, audit: auditActorOf(req, res), publicUrl };
  };
  const orgOf = async (req: Request, res: Response, action: Parameters<typeof requirePermission>[1]) => {
    const ctx = ctxOf(req, res);
    // R-CON-10: checked before the body is read, so a non-administrator learns nothing from validation.
    if (action === 'contacts.manage') requireAdministrator(ctx.user);
    else requirePermission(res, action);
    const org = await scopedOrganisation(ctx, idParam(req, 'organisationId'));
    return { ctx, org };
  };

  r.get('/organisations', async (_req, res) => {
    requirePermission(res, 'org.any');
    const orgs = await orm.em.find(Organisation, {}, { orderBy: { name: 'asc' } });
    res.json(orgs.map(orgView));
  });

  r.get('/organisations/:organisationId', async (req, res) => {
    const { ctx, org } = await orgOf(req, res, 'org.view');
    const [primary, offices] = await Promise.all([
      ctx.em.findOne(User, { organisationId: org.id, isPrimary: true }),
      ctx.em.find(OfficeLocation, { organisationId: org.id, active: true }, { orderBy: { name: 'asc' } }),
    ]);
    const grantable = grantableProfiles(ctx.user.profiles, flagsOf(org));
    res.json({
      ...orgView(org),
      primaryContact: primary ? { id: primary.id, name: `${primary.lastName}, ${primary.firstName}` } : null,
      officeLocations: offices.map((o) => ({ id: o.id, name: o.name })),
      positionTypes: POSITION_TYPES,
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
    });
  });

  r.patch('/organisations/:organisationId', async (req, res) => {
    const { ctx, org } = await orgOf(req, res, 'org.update');
    const input = parse(organisationChangeSchema, req.body);
    const flagChanges = ORG_FLAGS.filter((f) => input[f] !== undefined && input[f] !== org[f]);
    // R-ORG-05: only Operations Support sets the program flags and "inactive".
    if (flagChanges.length && !can(ctx.user.profiles, 'org.flags')) {
      throw new Refusal(
        'forbidden',
        'FORBIDDEN',
        `Only LaMPSS Operations Support can change ${flagChanges.join(', ')}.`,
      );
    }
    const updated = await ctx.em.transactional(async (tx) => {
      const o = await tx.findOneOrFail(Organisation, { id: org.id });
      if (o.version !== input.version)
        throw new Refusal(
          'conflict',
          'STALE_VERSION',
          'This record was changed by someone else. Reload the page and try again.',
        );
      const before = orgView(o);
      const { version: _v, ...changes } = input;
      Object.assign(o, Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)));
      o.version += 1;
      await tx.flush();
      const after = orgView(o);
      const infoChanged = (['name', 'type', 'address', 'phone'] as const).some(
        (k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]),
      );
      await writeAudit(tx, ctx.audit, [
        ...(infoChanged
          ? [
              {
                organisationId: o.id,
                action: 'ORG_UPDATED' as const,
                targetType: 'ORGANISATION' as const,
                targetId: o.id,
                targetName: o.name,
                before,
                after,
              },
            ]
          : []),
        ...flagChanges.map((f) => ({
          organisationId: o.id,
          action: 'ORG_FLAG_CHANGED' as const,
          targetType: 'ORGANISATION' as const,
          targetId: o.id,
          targetName: o.name,
          before: { [f]: before[f] },
          after: { [f]: after[f] },
        })),
      ]);
      // R-ORG-08: an organisation made inactive ends its users' sessions; Operations Support keeps access.
      if (flagChanges.includes('inactive') && o.inactive) {
        const users = await tx.find(User, { organisationId: o.id });
        await endSessions(
          { em: tx },
          users.filter((u) => !isOps(u.profiles)).map((u) => u.id),
        );
      }
      return o;
    });
    res.json(orgView(updated));
  });

  r.post('/organisations/:organisationId/office-locations', async (req, res) => {
    const { ctx, org } = await orgOf(req, res, 'org.update');
    const { name } = parse(officeLocationSchema, req.body);
    const office = ctx.em.create(OfficeLocation, { organisationId: org.id, name, active: true });
    await ctx.em.flush();
    res.status(201).json({ id: office.id, name: office.name });
  });

  r.get('/organisations/:organisationId/contacts', async (req, res) => {
    const { ctx, org } = await orgOf(req, res, 'contacts.view');
    res.json(await listContacts(ctx, org, parse(contactSearchSchema, req.query), langOf(req)));
  });

  r.post('/organisations/:organisationId/contacts', async (req, res) => {
    const { ctx, org } = await orgOf(req, res, 'contacts.manage');
    const { contact, invitation } = await createContact(ctx, org, parse(contactSchema, req.body));
    res.status(201).json({
      ...(await contactRow(ctx, org, contact.id, langOf(req))),
      invitationSent: invitation != null,
    });
  });

  r.get('/organisations/:organisationId/contacts/:contactId', async (req, res) => {
    const { ctx, org } = await orgOf(req, res, 'contacts.view');
    res.json(await contactRow(ctx, org, idParam(req, 'contactId'), langOf(req)));
  });

  r.patch('/organisations/:organisationId/contacts/:contactId', async (req, res) => {
    const { ctx, org } = await orgOf(req, res, 'contacts.manage');
    const { contact, warning } = await updateContact(
      ctx,
      org,
      idParam(req, 'contactId'),
      parse(contactChangeSchema, req.body),
    );
    res.json({ ...(await contactRow(ctx, org, contact.id, langOf(req))), warning });
  });

  r.post('/organisations/:organisationId/contacts/:contactId/invitations', async (req, res) => {
    const { ctx, org } = await orgOf(req, res, 'contacts.manage');
    const input = parse(invitationSchema, req.body);
    const inv = await inviteContact(ctx, org, idParam(req, 'contactId'), input);
    res
      .status(201)
      .json({ id: inv.id, status: inv.status, expiresAt: inv.expiresAt.toISOString(), profiles: inv.profiles });
  });

  r.post('/organisations/:organisationId/contacts/:contactId/remove-access', async (req, res) => {
    const { ctx, org } = await orgOf(req, res, 'contacts.manage');
    const contact = await removeAccess(ctx, org, idParam(req, 'contactId'));
    res.json(await contactRow(ctx, org, contact.id, langOf(req)));
  });

  r.put('/organisations/:organisationId/primary-contact', async (req, res) => {
    const { ctx, org } = await orgOf(req, res, 'contacts.view');
    const { contactId } = parse(primaryContactSchema, req.body);
    const { contact, warning } = await transferPrimary(ctx, org, contactId);
    res.json({ ...(await contactRow(ctx, org, contact.id, langOf(req))), warning });
  });

  r.post('/organisations/:organisationId/invitations/:invitationId/withdraw', async (req, res) => {
    const { ctx, org } = await orgOf(req, res, 'contacts.manage');
    await withdrawInvitation(ctx, org, idParam(req, 'invitationId'));
    res.json({ id: idParam(req, 'invitationId'), status: 'WITHDRAWN' });
  });

  r.post('/organisations/:organisationId/invitations/:invitationId/resend', async (req, res) => {
    const { ctx, org } = await orgOf(req, res, 'contacts.manage');
    const inv = await withdrawInvitation(ctx, org, idParam(req, 'invitationId'), true);
    res
      .status(201)
      .json({ id: inv!.id, status: inv!.status, expiresAt: inv!.expiresAt.toISOString(), profiles: inv!.profiles });
  });

  const auditQuery = z.object({ page: z.coerce.number().int().min(1).max(10_000).default(1) });
  r.get('/organisations/:organisationId/audit', async (req, res) => {
    const { ctx, org } = await orgOf(req, res, 'audit.view');
    const { page } = parse(auditQuery, req.query);
    const rows = await ctx.em.execute<Record<string, unknown>[]>(
      `select id, at, actor_id, actor_name, action, target_type, target_id, target_name, before, after, ip, count(*)
        over () as total
         from access_audit where organisation_id = ? order by at desc, id desc limit 50 offset ?`,
      [org.id, (page - 1) * 50],
    );
    res.json({
      page,
      pageSize: 50,
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
    });
  });

  const requestQuery = z.object({ status: z.enum(['SUBMITTED', 'APPROVED', 'REJECTED']).default('SUBMITTED') });
  r.get('/access-requests', async (req, res) => {
    requirePermission(res, 'access-requests.process');
    const { status } = parse(requestQuery, req.query);
    const rows = await orm.em.find(AccessRequest, { status }, { orderBy: { submittedAt: 'asc' }, limit: 200 });
    res.json(rows.map(accessRequestView));
  });

  for (const [path, decision] of [
    ['approve', 'APPROVED'],
    ['reject', 'REJECTED'],
  ] as const) {
    r.post(`/access-requests/:id/${path}`, async (req, res) => {
      requirePermission(res, 'access-requests.process');
      const { decisionNote } = parse(accessDecisionSchema, req.body);
      res.json(await decideAccessRequest(ctxOf(req, res), idParam(req, 'id'), decision, decisionNote));
    });
  }

  return r;
}
