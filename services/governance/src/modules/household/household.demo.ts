import type { EntityManager } from '@mikro-orm/postgresql';
import { v7 } from 'uuid';
import type { DemoDataset } from '@xiangzhi/testing';
import type { FieldCrypto } from '../../pii/field-crypto.js';
import { maskIdCard } from '../../pii/id-card.js';
import { maskPhone } from '../../pii/phone.js';
import { VillagerGroup } from '../territory/index.js';
import { HouseholdTag, type HouseholdTagKind } from './household-tag.entity.js';
import { nameInitials } from './resident-input.js';

const CHUNK = 1000;

/** Runs `update <table> t set … from (values …) v where t.id = v.id` for many rows, a chunk per statement. */
async function updateFromValues(
  em: EntityManager,
  table: string,
  columns: readonly (readonly [string, string])[],
  rows: unknown[][],
): Promise<void> {
  const tuple = `(${columns.map(([, type]) => `?::${type}`).join(', ')})`;
  const names = columns.map(([name]) => name);
  const sets = names
    .slice(1)
    .map((n) => `${n} = v.${n}`)
    .join(', ');
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows.slice(i, i + CHUNK);
    await em.execute(
      `update ${table} t set ${sets} from (values ${chunk.map(() => tuple).join(', ')}) as v(${names.join(', ')}) where t.id = v.id`,
      chunk.flat(),
    );
  }
}

/** Who set a village's demo tags: its secretary's login when there is one. */
function taggers(data: DemoDataset): Map<string, string> {
  return new Map(
    data.accounts.filter((a) => a.roles.includes('VILLAGE_SECRETARY')).map((a) => [a.divisionCode, a.username]),
  );
}

/**
 * The household module's part of the demo data, after the base register (same transaction):
 * the head flag and order of residents, pinyin initials, ID numbers and phones encrypted with
 * their blind indexes and masked forms, health notes encrypted, occupations, villager groups,
 * special-group tags, income band and situations. Bulk statements, so ~5,400 residents take well
 * under a second.
 */
export async function loadHouseholdDemo(em: EntityManager, data: DemoDataset, crypto: FieldCrypto): Promise<void> {
  const groups = data.villagerGroups ?? [];
  for (let i = 0; i < groups.length; i += CHUNK) {
    await em.insertMany(
      VillagerGroup,
      groups.slice(i, i + CHUNK).map((g) => ({ id: g.id, villageCode: g.villageCode, name: g.name, version: 1 })),
    );
  }

  const residents = data.households.flatMap((h) =>
    h.residents.map((r, order) => {
      const id = r.idCardNo ?? null;
      const phone = r.phone ?? null;
      return [
        r.id,
        r.relation === '户主',
        order,
        nameInitials(r.name),
        id && crypto.encrypt(id),
        id && crypto.blindIndex(id),
        id && maskIdCard(id),
        phone && crypto.encrypt(phone),
        phone && crypto.blindIndex(phone),
        phone && maskPhone(phone),
        r.occupation ?? null,
        r.health ? crypto.encrypt(r.health) : null,
      ];
    }),
  );
  await updateFromValues(
    em,
    'resident',
    [
      ['id', 'uuid'],
      ['is_head', 'boolean'],
      ['sort_order', 'int'],
      ['name_initials', 'varchar'],
      ['id_card_cipher', 'text'],
      ['id_card_index', 'varchar'],
      ['id_card_masked', 'varchar'],
      ['phone_cipher', 'text'],
      ['phone_index', 'varchar'],
      ['phone_masked', 'varchar'],
      ['occupation', 'varchar'],
      ['health_cipher', 'text'],
    ],
    residents,
  );

  const households = data.households.map((h) => [
    h.id,
    h.groupId ?? null,
    nameInitials(h.headName),
    h.incomeBand ?? null,
    h.productionSituation ?? null,
    h.livingSituation ?? null,
    h.difficulties ?? null,
  ]);
  await updateFromValues(
    em,
    'household',
    [
      ['id', 'uuid'],
      ['group_id', 'uuid'],
      ['head_name_initials', 'varchar'],
      ['income_band', 'text'],
      ['production_situation', 'text'],
      ['living_situation', 'text'],
      ['difficulties', 'text'],
    ],
    households,
  );

  const setBy = taggers(data);
  const tags = data.households.flatMap((h) =>
    (h.tags ?? []).map((t) => ({
      id: v7(),
      household: h.id,
      tag: t.tag as HouseholdTagKind,
      note: t.note,
      setBy: setBy.get(h.villageCode) ?? 'system',
      setAt: new Date(`${t.setOn}T09:00:00+08:00`),
      version: 1,
    })),
  );
  for (let i = 0; i < tags.length; i += CHUNK) await em.insertMany(HouseholdTag, tags.slice(i, i + CHUNK));
}
