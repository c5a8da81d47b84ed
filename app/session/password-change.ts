// Changing one's own password while signed in (R-UI-07): the current password first (wrong tries counted per account
// in PostgreSQL, SR-10), the new one typed twice and held to the password rules; the user's other sessions end, any
// forgotten-password link still pending stops working, and the user is told by email.
import { Organisation, PasswordReset, User, UserSession } from '../../db/entities.ts';
import { writeAudit } from '../../db/access-audit.ts';
import { clearHits, hit } from '../../db/throttle.ts';
import type { AuditActor } from '../../domain/access-audit.ts';
import { refuseAccess } from '../../domain/access.ts';
import { listedName } from '../../domain/person-name.ts';
import {
  validateCurrentPassword,
  validateNewPassword,
  validatePasswordChangeTries,
} from '../../domain/password-changes.ts';
import type { PasswordChangeInput } from '../../domain/schemas/access.ts';
import { THROTTLES } from '../../domain/throttles.ts';
import { hashPassword, verifyPassword } from '../../infra/passwords.ts';
import { inTransaction } from '../access/context.ts';
import { notify } from '../access/notices.ts';
import type { AppContext } from '../context.ts';
import { strengthFor } from './password-rules.ts';
import { tokenHash } from './tokens.ts';

/** Changes the signed-in user's password; `token` is the session they do it from, the one that stays signed in. */
export async function changePassword(
  ctx: AppContext & { audit: AuditActor },
  token: string,
  input: PasswordChangeInput,
): Promise<{ changed: true }> {
  // Every try is counted before the password is checked, so parallel guesses cannot all be checked.
  const tries = `password-change:account:${ctx.user.id}`;
  refuseAccess(validatePasswordChangeTries(await hit(ctx.em, tries, THROTTLES.passwordChange)));
  const user = await ctx.em.findOneOrFail(User, { id: ctx.user.id }, { populate: ['passwordHash'] });
  const org = await ctx.em.findOneOrFail(Organisation, { id: user.organisationId });
  refuseAccess(
    validateCurrentPassword(!!user.passwordHash && (await verifyPassword(input.currentPassword, user.passwordHash))),
  );
  await clearHits(ctx.em, tries);
  const loginId = user.loginId ?? '';
  refuseAccess(validateNewPassword(input, loginId, strengthFor(input.newPassword, { ...user, loginId }, org)));
  const passwordHash = await hashPassword(input.newPassword);
  await inTransaction(ctx, async (tx) => {
    const now = new Date();
    await tx.em.nativeUpdate(User, { id: user.id }, { passwordHash, version: user.version + 1 });
    await tx.em.nativeDelete(UserSession, { userId: user.id, id: { $ne: tokenHash(token) } });
    await tx.em.nativeUpdate(
      PasswordReset,
      { userId: user.id, endedAt: null },
      { endedAt: now, endReason: 'PASSWORD_CHANGED' },
    );
    await writeAudit(tx.em, ctx.audit, [
      {
        organisationId: org.id,
        action: 'PASSWORD_CHANGED',
        targetType: 'CONTACT',
        targetId: user.id,
        targetName: listedName(user),
      },
    ]);
    await notify(tx, org, user, 'PASSWORD_CHANGED');
  });
  return { changed: true };
}
