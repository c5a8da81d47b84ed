// The names of the users and organisations a case's history mentions by id, looked up once for the whole history.
import { Organisation, User } from '../../db/entities.ts';
import type { Names } from '../supervision/case-timeline.ts';
import type { AppContext } from '../context.ts';

export async function namesOf(ctx: AppContext, userIds: number[], organisationIds: number[]): Promise<Names> {
  const [users, organisations] = await Promise.all([
    userIds.length ? ctx.em.find(User, { id: { $in: userIds } }) : [],
    organisationIds.length ? ctx.em.find(Organisation, { id: { $in: organisationIds } }) : [],
  ]);
  const user = new Map(users.map((u) => [u.id, `${u.firstName} ${u.lastName}`]));
  const organisation = new Map(organisations.map((o) => [o.id, o.name]));
  return {
    user: (id) => user.get(id) ?? `#${id}`,
    organisation: (id) => organisation.get(id) ?? `#${id}`,
  };
}
