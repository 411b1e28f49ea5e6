import { generateAccounts } from './accounts.js';
import { generateMeetings, generatePointEntries } from './activity.js';
import { generateCadres, generatePairings } from './cadres.js';
import { generateVillage } from './households.js';
import { generateRegister } from './register.js';
import { DemoIds, DemoRandom } from './random.js';
import { DEMO_COUNTY, demoRegions, demoVillages } from './territory.js';
import type { DemoDataset, DemoGrid, DemoHousehold } from './types.js';

/** The day the demo data is "as of": fixed, so the same seed always gives the same data. */
export const DEMO_REFERENCE_DATE = '2026-11-20';

/** Register ids (villager groups) count from here, clear of the main id stream. */
const REGISTER_ID_OFFSET = 10_000_000;

export interface DemoOptions {
  /** YYYY-MM-DD; meetings and points fall in the 6 months before it. */
  referenceDate?: string;
}

/**
 * Deterministic demo data for the fictional 青山县 (430999): 2 townships, 6 villages, their
 * grids and villager groups, ~1,500 households with ~5,400 residents (ID numbers, phones, special-group
 * tags, income and situation), 100 cadres, pairings, meetings, points and the demo
 * accounts. No Math.random and no clock: the same seed gives byte-identical data.
 */
export function generateDemoData(seed = 2026, options: DemoOptions = {}): DemoDataset {
  const referenceDate = options.referenceDate ?? DEMO_REFERENCE_DATE;
  const reference = new Date(`${referenceDate}T00:00:00Z`);
  if (Number.isNaN(reference.getTime())) throw new Error(`invalid referenceDate ${referenceDate}`);
  const random = new DemoRandom(seed);
  const ids = new DemoIds(random.fork('ids'));
  const villages = demoVillages();

  const grids: DemoGrid[] = [];
  const households: DemoHousehold[] = [];
  const gridsByVillage = new Map<string, DemoGrid[]>();
  const groupNos = new Map<string, number>();
  for (const village of villages) {
    const made = generateVillage(village, random.fork(`village:${village.code}`), ids, reference);
    grids.push(...made.grids);
    households.push(...made.households);
    gridsByVillage.set(village.code, made.grids);
    for (const [id, no] of made.groupNos) groupNos.set(id, no);
  }
  const cadreSet = generateCadres(villages, gridsByVillage, random.fork('cadres'), ids, reference.getUTCFullYear());
  const pairings = generatePairings(cadreSet, households, random.fork('pairings'), ids, reference);
  const meetings = generateMeetings(villages, cadreSet, households, random.fork('meetings'), ids, reference);
  const pointEntries = generatePointEntries(
    cadreSet.cadres,
    pairings,
    households,
    random.fork('points'),
    ids,
    reference,
  );
  const accounts = generateAccounts(villages, grids, cadreSet, ids);
  // the register details come last, from their own streams, so nothing above changes with them
  const villagerGroups = generateRegister(
    households,
    groupNos,
    random.fork('register'),
    new DemoIds(random.fork('ids:register'), REGISTER_ID_OFFSET),
    reference,
    DEMO_COUNTY.code,
  );

  return {
    seed,
    referenceDate,
    regions: demoRegions(),
    grids,
    villagerGroups,
    households,
    cadres: cadreSet.cadres,
    pairings,
    accounts,
    meetings,
    pointEntries,
  };
}
