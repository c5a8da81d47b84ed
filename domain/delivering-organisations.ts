// Delivering organisations (spec 02 R-DLV-01..03): who an External intervention is delivered by, and the one meaning
// of "shared with a delivering organisation". An organisation of Pathway is chosen from a list, by its id; a partner
// outside Pathway is only a name and shares nothing: a name can be copied by renaming an organisation.
/** An organisation of Pathway chosen to deliver an intervention, as the server found it on the list. */
export interface DeliveringOrganisation {
  id: number;
  name: string;
}

/** What the server adds to a new intervention: the chosen organisation, null when its id is not on the list. */
export interface DeliveringFacts {
  delivering?: DeliveringOrganisation | null;
}

/** The organisations an intervention can be delivered by (also a query's filter); the case's own delivers In House. */
export const DELIVERS_INTERVENTIONS = { inactive: false } as const;

/** R-DLV-03: a case is shared with an organisation that delivers one of its External interventions, by id only. */
export const deliveredBy = (
  i: { deliveryModel: string; deliveringOrganisationId?: number | null },
  organisationId: number,
): boolean => i.deliveryModel === 'EXTERNAL' && i.deliveringOrganisationId === organisationId;

/**
 * R-DLV-03: a delivering organisation finds a client of a shared case by the client's whole last name, never by a
 * phone number, an e-mail or the first letters of a name alone, so it cannot list the cases shared with it.
 */
export const findsSharedClients = (criteria: { lastName?: string }): boolean => !!criteria.lastName;
