// What a workflow's search attributes need that its state does not hold: the managing organisation's code.
import type { Orm } from '../db/orm.ts';
import { Case, Organisation } from '../db/entities.ts';
import type { SearchAttributeActivities } from '../workflows/activity-types.ts';

export function searchAttributeActivities(orm: Orm): SearchAttributeActivities {
  return {
    async organisationCodeOfCase({ caseId }) {
      const em = orm.em.fork();
      const c = await em.findOneOrFail(Case, { id: caseId }, { fields: ['organisationId'] });
      const org = await em.findOneOrFail(Organisation, { id: c.organisationId }, { fields: ['code'] });
      return org.code;
    },
  };
}
