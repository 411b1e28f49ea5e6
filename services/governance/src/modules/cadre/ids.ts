const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** IDs are UUIDs: anything else names no row (and must not reach Postgres as a uuid). */
export const isUuid = (s: string): boolean => UUID.test(s);
