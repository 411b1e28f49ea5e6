const CHINA_OFFSET_MS = 8 * 3600_000;

/** The day a line happened, in China: the server books an event at midnight there. */
export const chinaDate = (iso: string): string =>
  new Date(Date.parse(iso) + CHINA_OFFSET_MS).toISOString().slice(0, 10);
