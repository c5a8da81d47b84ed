// What the readiness probe asks the database: one trivial query, answered only by a working connection.
import type { AppContext } from '../context.ts';

export const databaseAnswers = (ctx: Pick<AppContext, 'em'>) => ctx.em.execute('select 1');
