import type { EntityManager } from '@mikro-orm/postgresql';
import type { DemoDataset } from '@xiangzhi/testing';
import type { FieldCrypto } from '../../pii/field-crypto.js';

/** The cadre module's part of the demo data, loaded after the base register (inside the same transaction). */
export async function loadCadreDemo(_em: EntityManager, _data: DemoDataset, _crypto: FieldCrypto): Promise<void> {
  // nothing beyond the base register yet
}
