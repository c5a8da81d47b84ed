// What the API answers for a service's page, as the services pages use it.
import type { serviceDetails } from '../../../../app/services/queries.ts';

export type ServiceData = Awaited<ReturnType<typeof serviceDetails>>;
export type Participant = ServiceData['participants'][number];
