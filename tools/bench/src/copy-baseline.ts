import pg from 'pg';
import { v7 } from 'uuid';
import { INCOME_BAND_LABELS, copyChunks, copyFrom, parseTags } from '@xiangzhi/governance-subgraph/register-import';
import { householdRows } from './register-workbook.js';
import { BENCH_VILLAGE, type Territory } from './register-database.js';

type Cell = string | number | boolean | null;
interface CopyData {
  households: Cell[][];
  residents: Cell[][];
  tags: Cell[][];
}

const BAND_OF = new Map(Object.entries(INCOME_BAND_LABELS).map(([band, label]) => [label, band]));
const mask = (s: string): string => `${s.slice(0, 4)}${'*'.repeat(Math.max(0, s.length - 8))}${s.slice(-4)}`;

/**
 * The same households and people as the workbook, as the rows of the register tables with
 * plaintext-equivalent columns (the ID number where the import stores its ciphertext and blind
 * index): what COPY would load if nothing had to be checked or encrypted. Built before timing.
 */
export function copyData(households: number, gridCount: number, groupCount: number, territory: Territory): CopyData {
  const out: CopyData = { households: [], residents: [], tags: [] };
  const person = { next: 0 };
  const now = new Date().toISOString();
  for (let h = 0; h < households; h++) {
    const rows = householdRows(h, person, gridCount, groupCount);
    const head = rows[0];
    const householdId = v7();
    out.households.push([
      householdId,
      now,
      now,
      1,
      BENCH_VILLAGE,
      territory.grids.get(head.grid) ?? null,
      territory.groups.get(head.group) ?? null,
      head.address,
      head.name,
      '',
      BAND_OF.get(head.incomeBand) ?? null,
      head.production || null,
      head.living || null,
      head.difficulties || null,
      rows.length,
    ]);
    rows.forEach((r, i) => {
      out.residents.push([
        v7(),
        now,
        now,
        1,
        householdId,
        r.name,
        r.relation,
        r.sex === '男' ? 'MALE' : 'FEMALE',
        `${r.idCardNo.slice(6, 10)}-${r.idCardNo.slice(10, 12)}-${r.idCardNo.slice(12, 14)}`,
        i === 0,
        i,
        '',
        r.idCardNo,
        r.idCardNo,
        mask(r.idCardNo),
        r.phone || null,
        r.phone || null,
        r.phone ? mask(r.phone) : null,
        r.occupation || null,
        null,
      ]);
    });
    for (const tag of parseTags(head.tags).tags) out.tags.push([v7(), now, now, 1, householdId, tag, 'bench', now]);
  }
  return out;
}

/**
 * COPY of the rows into the three tables in one transaction; milliseconds (COPY only: the text is made first) and row
 * counts.
 */
export async function copyRegister(url: string, data: CopyData): Promise<{ ms: number; rows: number }> {
  const households = [...copyChunks(data.households)];
  const residents = [...copyChunks(data.residents)];
  const tags = [...copyChunks(data.tags)];
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const started = performance.now();
    await client.query('begin');
    let rows = 0;
    rows += await copyFrom(
      client,
      'copy household (id, created_at, updated_at, version, village_code, grid_id, group_id, address, head_name, head_name_initials, income_band, production_situation, living_situation, difficulties, member_count) from stdin',
      households,
    );
    rows += await copyFrom(
      client,
      'copy resident (id, created_at, updated_at, version, household_id, name, relation, sex, birth_date, is_head, sort_order, name_initials, id_card_cipher, id_card_index, id_card_masked, phone_cipher, phone_index, phone_masked, occupation, health_cipher) from stdin',
      residents,
    );
    rows += await copyFrom(
      client,
      'copy household_tag (id, created_at, updated_at, version, household_id, tag, set_by, set_at) from stdin',
      tags,
    );
    await client.query('commit');
    return { ms: performance.now() - started, rows };
  } finally {
    await client.end();
  }
}
