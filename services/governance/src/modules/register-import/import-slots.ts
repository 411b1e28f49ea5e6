import { importErrors } from './register-import.errors.js';

/** Files read at once in this process (each in its own parser thread, up to PARSER_HEAP_MB of heap). */
export const MAX_PARSES = 2;
const villages = new Set<string>();

/**
 * Claims a parse for a village: one file at a time per village, MAX_PARSES in the process, else
 * IMPORT_BUSY. Returns the release, which may be called more than once. Writing (commit) is
 * not counted here: it is database work, one at a time per village under an advisory lock.
 */
export function claimParse(villageCode: string): () => void {
  if (villages.has(villageCode)) throw importErrors.villageBusy();
  if (villages.size >= MAX_PARSES) throw importErrors.busy();
  villages.add(villageCode);
  let released = false;
  return () => {
    if (released) return;
    released = true;
    villages.delete(villageCode);
  };
}
