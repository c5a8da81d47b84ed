// Registers Pathway's search attributes (workflows/search-attributes.ts) on a Temporal server through its operator
// service, each time a server is started here: the dev server, the real server, the time-skipping test server. At
// every start, not only when the store is created, so a store from before an attribute existed learns it (otherwise
// every case's next upsert of it would fail its workflow task).
import proto from '@temporalio/proto';
import type { SearchAttributeType } from '@temporalio/common';
import { Connection } from '@temporalio/client';
import { SEARCH_ATTRIBUTES } from '../../workflows/search-attributes.ts';

const { IndexedValueType } = proto.temporal.api.enums.v1;

const INDEXED: Record<SearchAttributeType, proto.temporal.api.enums.v1.IndexedValueType> = {
  TEXT: IndexedValueType.INDEXED_VALUE_TYPE_TEXT,
  KEYWORD: IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD,
  INT: IndexedValueType.INDEXED_VALUE_TYPE_INT,
  DOUBLE: IndexedValueType.INDEXED_VALUE_TYPE_DOUBLE,
  BOOL: IndexedValueType.INDEXED_VALUE_TYPE_BOOL,
  DATETIME: IndexedValueType.INDEXED_VALUE_TYPE_DATETIME,
  KEYWORD_LIST: IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD_LIST,
};

/** The CLI's spelling of each type (`--search-attribute Name=Type`, `--type`). */
const CLI_TYPE: Record<SearchAttributeType, string> = {
  TEXT: 'Text',
  KEYWORD: 'Keyword',
  INT: 'Int',
  DOUBLE: 'Double',
  BOOL: 'Bool',
  DATETIME: 'Datetime',
  KEYWORD_LIST: 'KeywordList',
};

/** Every attribute as the CLI names it, `Name=Type` (the compose file's registration job lists the same). */
export const searchAttributeCliPairs = (): string[] => SEARCH_ATTRIBUTES.map((k) => `${k.name}=${CLI_TYPE[k.type]}`);

const grpcCode = (e: unknown) => (e as { code?: number }).code;
const ALREADY_EXISTS = 6;
const UNIMPLEMENTED = 12;

/**
 * Registers the attributes a server lacks, in `namespace`; returns the names it added. Refuses an attribute that
 * exists with another type (queries on it would compare the wrong way). A server without ListSearchAttributes (the
 * time-skipping test server) is given each one, and one it already has is skipped.
 */
export async function registerSearchAttributes(connection: Connection, namespace: string): Promise<string[]> {
  const operator = connection.operatorService;
  let existing: Record<string, proto.temporal.api.enums.v1.IndexedValueType> | null = null;
  try {
    existing = (await operator.listSearchAttributes({ namespace })).customAttributes ?? {};
  } catch (e) {
    if (grpcCode(e) !== UNIMPLEMENTED) throw e;
  }
  const added: string[] = [];
  for (const key of SEARCH_ATTRIBUTES) {
    const type = INDEXED[key.type];
    if (existing && key.name in existing) {
      if (existing[key.name] !== type)
        throw new Error(
          `search attribute ${key.name} exists in namespace ${namespace} with another type than ${CLI_TYPE[key.type]}: ` +
            `remove it (temporal operator search-attribute remove) or rename Pathway's`,
        );
      continue;
    }
    try {
      await operator.addSearchAttributes({ namespace, searchAttributes: { [key.name]: type } });
      added.push(key.name);
    } catch (e) {
      if (grpcCode(e) !== ALREADY_EXISTS) throw e;
    }
  }
  return added;
}

/** registerSearchAttributes on the server at `address`, through a connection of its own. */
export async function registerSearchAttributesAt(address: string, namespace: string): Promise<string[]> {
  const connection = await Connection.connect({ address });
  try {
    return await registerSearchAttributes(connection, namespace);
  } finally {
    await connection.close();
  }
}
