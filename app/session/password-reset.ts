// Forgotten passwords (R-UI-07, spec 04, seed 004): a request by email address answered the same whether or not an
// account uses it; each account that does gets a link that works once within the hour (only its token's SHA-256 is
// stored, and a newer link replaces it); the link's page sets a new password under the same rules and ends every
// session of the user. Requests are throttled per network address (429) and per account (silently: the answer must
// not tell that the account exists).
import { Organisation, PasswordReset, User, type IUser } from '../../db/entities.ts';
import { writeAudit } from '../../db/access-audit.ts';
import { escapeLike } from '../../db/sql.ts';
import { hit } from '../../db/throttle.ts';
import { refuseAccess } from '../../domain/access.ts';
import { listedName } from '../../domain/person-name.ts';
import { passwordResetEmail } from '../../domain/emails.ts';
import {
  RESET_LINK_MINUTES,
  resetLinkExpiresAt,
  validateNewPassword,
  validateResetLink,
  validateResetRequestsFromAddress,
} from '../../domain/password-changes.ts';
import type { PasswordResetInput } from '../../domain/schemas/access.ts';
import { overLimit, perMinute, THROTTLES } from '../../domain/throttles.ts';
import { hashPassword } from '../../infra/passwords.ts';
import { inTransaction, type PublicContext, type RequestOrigin } from '../access/context.ts';
import { notify, sendLater } from '../access/notices.ts';
import type { AppContext } from '../context.ts';
import { strengthFor } from './password-rules.ts';
import { endSessions } from './sessions.ts';
import { newToken, tokenHash } from './tokens.ts';

/** SR-10: the forgotten-password form from one network address, at most `limit` times a minute, known or not. */
export async function refuseTooManyResetRequests(
  ctx: Pick<AppContext, 'em'>,
  address: string | undefined,
  limit: number,
): Promise<void> {
  const hits = await hit(ctx.em, `password-reset:address:${address ?? 'unknown'}`, perMinute(limit));
  refuseAccess(validateResetRequestsFromAddress(hits, limit));
}

/**
 * Sends a reset link to each account with LaMPSS access whose email (or account email) is `email`, at its stored
 * address, unless the account had its share of links this hour. The caller has answered already: nothing here may
 * change what a requester sees.
 */
export async function requestPasswordReset(ctx: PublicContext & { publicUrl: string }, email: string): Promise<void> {
  const address = escapeLike(email.trim());
  const accounts = await ctx.em.find(User, {
    active: true,
    loginId: { $ne: null },
    $or: [{ email: { $ilike: address } }, { accountEmail: { $ilike: address } }],
  });
  for (const user of accounts) {
    const sent = await hit(ctx.em, `password-reset:account:${user.id}`, THROTTLES.passwordResetPerAccount);
    if (overLimit(sent, THROTTLES.passwordResetPerAccount)) continue;
    const to = user.email.toLowerCase() === email.trim().toLowerCase() ? user.email : user.accountEmail!;
    await sendResetLink(ctx, user, to);
  }
}

async function sendResetLink(ctx: PublicContext & { publicUrl: string }, user: IUser, to: string) {
  const org = await ctx.em.findOneOrFail(Organisation, { id: user.organisationId });
  const token = newToken();
  await inTransaction(ctx, async (tx) => {
    const now = new Date();
    await tx.em.nativeUpdate(
      PasswordReset,
      { userId: user.id, endedAt: null },
      { endedAt: now, endReason: 'REPLACED' },
    );
    tx.em.create(PasswordReset, {
      userId: user.id,
      tokenHash: tokenHash(token),
      createdAt: now,
      expiresAt: resetLinkExpiresAt(now),
    });
    await tx.em.flush();
    await sendLater(
      tx,
      org.id,
      'PASSWORD_RESET',
      to,
      passwordResetEmail({
        lang: user.language,
        recipientName: `${user.firstName} ${user.lastName}`,
        organisationName: org.name,
        organisationCode: org.code,
        loginId: user.loginId!,
        link: `${ctx.publicUrl}/password-reset/${token}`,
        minutes: RESET_LINK_MINUTES,
      }),
    );
  });
}

/** The link's account, if it can still be used; refused otherwise (a user who lost access has no password to reset). */
async function usableLink(ctx: Pick<AppContext, 'em'>, token: string) {
  const link = await ctx.em.findOne(PasswordReset, { tokenHash: tokenHash(token) });
  const user =
    link &&
    (await ctx.em.findOne(
      User,
      { id: link.userId, active: true, loginId: { $ne: null } },
      { populate: ['passwordHash'] },
    ));
  refuseAccess(validateResetLink(user ? link : null, new Date()));
  // validateResetLink refused a link without its user.
  const org = await ctx.em.findOneOrFail(Organisation, { id: user!.organisationId });
  return { link: link!, user: user!, org };
}

/** The page the link opens: which account it resets, before the new password is typed. */
export async function passwordResetLanding(ctx: Pick<AppContext, 'em'>, token: string) {
  const { link, user, org } = await usableLink(ctx, token);
  return {
    organisationName: org.name,
    organisationCode: org.code,
    loginId: user.loginId,
    expiresAt: link.expiresAt.toISOString(),
  };
}

/** R-UI-07: the new password, once; every session of the user ends, and they are told by email. */
export async function resetPassword(ctx: PublicContext, input: PasswordResetInput, origin: RequestOrigin) {
  return inTransaction(ctx, async (tx) => {
    const { link, user, org } = await usableLink(tx, input.token);
    const loginId = user.loginId!;
    // Checked before the link is used up: a refused password leaves the link working.
    refuseAccess(validateNewPassword(input, loginId, strengthFor(input.newPassword, { ...user, loginId }, org)));
    const now = new Date();
    const claimed = await tx.em.nativeUpdate(
      PasswordReset,
      { id: link.id, endedAt: null },
      { endedAt: now, endReason: 'USED' },
    );
    // Of two uses of one link at the same moment, the second is refused.
    refuseAccess(validateResetLink(claimed ? link : { ...link, endedAt: now, endReason: 'USED' }, now));
    await tx.em.nativeUpdate(
      PasswordReset,
      { userId: user.id, endedAt: null },
      { endedAt: now, endReason: 'PASSWORD_CHANGED' },
    );
    user.passwordHash = await hashPassword(input.newPassword);
    user.version += 1;
    await tx.em.flush();
    await endSessions(tx, [user.id]);
    await writeAudit(
      tx.em,
      { id: user.id, name: `${user.firstName} ${user.lastName}`, ip: origin.ip, userAgent: origin.userAgent },
      [
        {
          organisationId: org.id,
          action: 'PASSWORD_RESET',
          targetType: 'CONTACT',
          targetId: user.id,
          targetName: listedName(user),
          after: { via: 'FORGOTTEN_PASSWORD_LINK' },
        },
      ],
    );
    await notify(tx, org, user, 'PASSWORD_CHANGED');
    return { organisationCode: org.code, loginId };
  });
}
