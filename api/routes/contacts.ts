// Organisations, their contacts and LaMPSS access (spec 04 §3). Routes under /organisations/:organisationId answer
// 404 for another organisation (R-SEC-02) unless the caller is LaMPSS Operations Support.
import type { Request, Response } from 'express';
import { Router } from 'express';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Client } from '@temporalio/client';
import { z } from 'zod';
import { removeAccess } from '../../app/access/access-removal.ts';
import { confirmAccessRequest, decideAccessRequest, submitAccessRequest } from '../../app/access/access-requests.ts';
import { createContact, updateContact } from '../../app/access/contacts.ts';
import type { AccessContext, RequestOrigin } from '../../app/access/context.ts';
import { acceptInvitation, invitationLanding } from '../../app/access/invitation-acceptance.ts';
import { inviteContact, resendInvitation, withdrawInvitation } from '../../app/access/invitations.ts';
import { addOfficeLocation } from '../../app/access/office-locations.ts';
import { requireAdministrator, scopedOrganisation } from '../../app/access/organisation.ts';
import { updateOrganisation } from '../../app/access/organisation-update.ts';
import { transferPrimary } from '../../app/access/primary-contact.ts';
import {
  accessRequests,
  auditLog,
  contactRow,
  listContacts,
  organisationDetails,
  organisations,
} from '../../app/access/queries.ts';
import { Refusal } from '../../domain/refusals.ts';
import { pageParam } from '../../domain/schemas/paging.ts';
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
  tokenSchema,
} from '../../domain/schemas/access.ts';
import { auditActorOf, currentUser, requirePermission } from '../auth.ts';
import { idParam, parse } from '../http.ts';

export interface ContactRouteDeps {
  orm: MikroORM;
  temporal: Client;
  publicUrl: string;
  attemptsPerMinute?: number;
}

const langOf = (req: Request): 'en' | 'fr' => (req.query.lang === 'fr' ? 'fr' : 'en');

const originOf = (req: Request): RequestOrigin => ({ ip: req.ip, userAgent: req.get('user-agent') });

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
      throw new Refusal('too-many', 'TOO_MANY_ATTEMPTS', {
        en: 'Too many attempts from this address. Wait a minute and try again.',
        fr: 'Trop de tentatives à partir de cette adresse. Attendez une minute et réessayez.',
      });
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

/** Public routes: the invitation landing page and acceptance, and the access request form. */
export function publicAccessRoutes({ orm, temporal, publicUrl, attemptsPerMinute = 10 }: ContactRouteDeps): Router {
  const r = Router();
  // Guessing tokens is what to slow down; access requests, what a bot would flood.
  const tokenLimit = rateLimit(attemptsPerMinute, (outcome) => outcome === 'refused');
  const requestLimit = rateLimit(Math.max(1, Math.ceil(attemptsPerMinute / 2)), (outcome) => outcome === 'ok');
  r.get('/invitations/:token', async (req, res) => {
    res.json(await tokenLimit(req, () => invitationLanding({ em: orm.em }, String(req.params.token).slice(0, 200))));
  });
  r.post('/invitations/accept', async (req, res) => {
    const input = parse(acceptInvitationSchema, req.body);
    res.status(201).json(await tokenLimit(req, () => acceptInvitation({ em: orm.em, temporal }, input, originOf(req))));
  });
  // Accepted, not yet received: the request waits for its requester to open the link sent to the address given.
  r.post('/access-requests', async (req, res) => {
    const input = parse(accessRequestSchema, req.body);
    res
      .status(202)
      .json(await requestLimit(req, () => submitAccessRequest({ em: orm.em, temporal, publicUrl }, input)));
  });
  r.post('/access-requests/confirm', async (req, res) => {
    const { token } = parse(tokenSchema, req.body);
    res.json(await tokenLimit(req, () => confirmAccessRequest({ em: orm.em, temporal }, token, originOf(req))));
  });
  return r;
}

/** What an access use case runs with, for the signed-in user making this request. */
export const accessContextOf =
  ({ orm, temporal, publicUrl }: Omit<ContactRouteDeps, 'attemptsPerMinute'>) =>
  (req: Request, res: Response): AccessContext => ({
    em: orm.em,
    temporal,
    user: currentUser(res),
    audit: auditActorOf(req, res),
    publicUrl,
  });

export function contactRoutes(deps: ContactRouteDeps): Router {
  const r = Router();
  const ctxOf = accessContextOf(deps);
  const orgOf = async (req: Request, res: Response, action: Parameters<typeof requirePermission>[1]) => {
    const ctx = ctxOf(req, res);
    // R-CON-10: checked before the body is read, so a non-administrator learns nothing from validation.
    if (action === 'contacts.manage') requireAdministrator(ctx);
    else requirePermission(res, action);
    const org = await scopedOrganisation(ctx, idParam(req, 'organisationId'));
    return { ctx, org };
  };

  r.get('/organisations', async (req, res) => {
    requirePermission(res, 'org.any');
    res.json(await organisations(ctxOf(req, res)));
  });

  r.get('/organisations/:organisationId', async (req, res) => {
    const { ctx, org } = await orgOf(req, res, 'org.view');
    res.json(await organisationDetails(ctx, org));
  });

  r.patch('/organisations/:organisationId', async (req, res) => {
    const { ctx, org } = await orgOf(req, res, 'org.update');
    res.json(await updateOrganisation(ctx, org, parse(organisationChangeSchema, req.body)));
  });

  r.post('/organisations/:organisationId/office-locations', async (req, res) => {
    const { ctx, org } = await orgOf(req, res, 'org.update');
    const { name } = parse(officeLocationSchema, req.body);
    res.status(201).json(await addOfficeLocation(ctx, org, name));
  });

  r.get('/organisations/:organisationId/contacts', async (req, res) => {
    const { ctx, org } = await orgOf(req, res, 'contacts.view');
    res.json(await listContacts(ctx, org, parse(contactSearchSchema, req.query), langOf(req)));
  });

  r.post('/organisations/:organisationId/contacts', async (req, res) => {
    const { ctx, org } = await orgOf(req, res, 'contacts.manage');
    const { contact, invitation } = await createContact(ctx, org, parse(contactSchema, req.body));
    res
      .status(201)
      .json({ ...(await contactRow(ctx, org, contact.id, langOf(req))), invitationSent: invitation != null });
  });

  r.get('/organisations/:organisationId/contacts/:contactId', async (req, res) => {
    const { ctx, org } = await orgOf(req, res, 'contacts.view');
    res.json(await contactRow(ctx, org, idParam(req, 'contactId'), langOf(req)));
  });

  r.patch('/organisations/:organisationId/contacts/:contactId', async (req, res) => {
    const { ctx, org } = await orgOf(req, res, 'contacts.manage');
    const input = parse(contactChangeSchema, req.body);
    const { contact, warning } = await updateContact(ctx, org, idParam(req, 'contactId'), input);
    res.json({ ...(await contactRow(ctx, org, contact.id, langOf(req))), warning });
  });

  r.post('/organisations/:organisationId/contacts/:contactId/invitations', async (req, res) => {
    const { ctx, org } = await orgOf(req, res, 'contacts.manage');
    const input = parse(invitationSchema, req.body);
    res.status(201).json(await inviteContact(ctx, org, idParam(req, 'contactId'), input));
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
    res.status(201).json(await resendInvitation(ctx, org, idParam(req, 'invitationId')));
  });

  const auditQuery = z.object({ page: pageParam });
  r.get('/organisations/:organisationId/audit', async (req, res) => {
    const { ctx, org } = await orgOf(req, res, 'audit.view');
    res.json(await auditLog(ctx, org, parse(auditQuery, req.query).page));
  });

  const requestQuery = z.object({ status: z.enum(['SUBMITTED', 'APPROVED', 'REJECTED']).default('SUBMITTED') });
  r.get('/access-requests', async (req, res) => {
    requirePermission(res, 'access-requests.process');
    res.json(await accessRequests(ctxOf(req, res), parse(requestQuery, req.query).status));
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
