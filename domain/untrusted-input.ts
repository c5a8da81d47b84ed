// What a workflow receives in place of a payload that did not come through Pathway: one that was not encrypted, or
// was encrypted for another workflow. The payload codec puts this in its place rather than failing, so the workflow
// refuses the request (its Update validator) instead of failing its task again and again, which would block the case.
import { violation, type Violation } from './refusals.ts';

export const REFUSED_PAYLOAD = 'pathwayRefusedPayload';

export interface RefusedPayload {
  [REFUSED_PAYLOAD]: string;
}

export function untrustedInputViolation(input: unknown): Violation[] {
  const reason = (input as Partial<RefusedPayload> | null)?.[REFUSED_PAYLOAD];
  return reason === undefined
    ? []
    : [
        violation('SEC-PAYLOAD', 'PAYLOAD_REFUSED', {
          en: `This request did not come through Pathway and was refused: ${reason}`,
          fr: `Cette requête n'est pas passée par Pathway et a été refusée : ${reason}`,
        }),
      ];
}
