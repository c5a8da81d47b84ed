// The agreement home page as the API answers it (app/funding/queries.ts).
import type { agreementHome } from '../../../../../app/funding/queries.ts';

export type Agreement = Awaited<ReturnType<typeof agreementHome>>;
