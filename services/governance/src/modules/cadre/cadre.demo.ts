import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { DemoDataset } from '@xiangzhi/testing';
import type { FieldCrypto } from '../../pii/field-crypto.js';
import { CadreKind } from './cadre.entity.js';
import { sealPhone } from './cadre-phone.js';

const PREFIXES = ['133', '135', '137', '138', '139', '150', '151', '158', '177', '186', '188', '199'];

/** A mobile number derived from the cadre id: the same demo data always gets the same phones. */
export function demoPhone(cadreId: string): string {
  const h = createHash('sha256').update(cadreId).digest();
  const digits = (h.readUInt32BE(4) % 100_000_000).toString().padStart(8, '0');
  return `${PREFIXES[h[0]! % PREFIXES.length]}${digits}`;
}

/**
 * The cadre module's part of the demo data: every cadre gets a work phone (encrypted, indexed,
 * masked); township cadres are liaison leaders (包村领导) and take up to 30 households (seed 002).
 */
export async function loadCadreDemo(em: EntityManager, data: DemoDataset, crypto: FieldCrypto): Promise<void> {
  const rows = data.cadres.map((c) => {
    const township = c.kind === CadreKind.TOWNSHIP_CADRE;
    return {
      id: c.id,
      ...sealPhone(crypto, demoPhone(c.id)),
      isLiaisonLeader: township,
      capacity: township ? 30 : null,
    };
  });
  for (let i = 0; i < rows.length; i += 500) {
    const chunk = rows.slice(i, i + 500);
    await em.execute(
      `update cadre set phone_cipher = v.cipher, phone_index = v.idx, phone_masked = v.masked, is_liaison_leader = v.liaison, capacity = v.cap
         from (values ${chunk.map(() => '(?::uuid, ?, ?, ?, ?::boolean, ?::int)').join(', ')}) as v(id, cipher, idx, masked, liaison, cap)
        where cadre.id = v.id`,
      chunk.flatMap((r) => [r.id, r.phoneCipher, r.phoneIndex, r.phoneMasked, r.isLiaisonLeader, r.capacity]),
    );
  }
}
