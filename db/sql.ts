// Small pieces of SQL text shared by the queries that build their own.

/** A value matched literally inside a LIKE/ILIKE pattern: its %, _ and \ are escaped (PostgreSQL's default escape). */
export const escapeLike = (s: string): string => s.replace(/[\\%_]/g, (c) => `\\${c}`);
