// The signed-in user as the API and UI see them: who, which organisation, and what their profiles allow.
import { ACTIONS, can } from '../../domain/permissions.ts';
import type { SessionUser } from '../context.ts';
import { listedName } from '../../domain/person-name.ts';

export function toSessionUser(
  user: {
    id: number;
    organisationId: number;
    loginId?: string | null;
    firstName: string;
    lastName: string;
    email: string;
    profiles: string[];
  },
  org: { name: string },
): SessionUser {
  return {
    id: user.id,
    organisationId: user.organisationId,
    organisationName: org.name,
    loginId: user.loginId ?? '',
    name: listedName(user),
    email: user.email,
    profiles: user.profiles,
    permissions: ACTIONS.filter((a) => can(user.profiles, a)),
  };
}
