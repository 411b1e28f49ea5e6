import type { EntityManager } from '@mikro-orm/postgresql';
import type { Principal } from '@xiangzhi/auth';
import { forbidden } from '@xiangzhi/subgraph-kit';
import { Resident } from './resident.entity.js';
import { Household } from './household.entity.js';
import { pairedWith } from './household.filters.js';
import { mergeResidentFields, prepareResident, type PreparedResident } from './resident-input.js';
import { HouseholdErrorCode, householdError, staleVersion, householdInput } from './household.errors.js';
import {
  assertIdCardFree,
  checkVersion,
  firstProblem,
  refreshDerived,
  visibleResident,
  writableHousehold,
  writableResident,
} from './register-guard.js';
import { residentRow } from './register.service.js';
import type { AddResidentInput, UpdateResidentInput } from './dto/resident.input.js';
import { AuditAction } from '../audit/index.js';
import { AuditService, requireReason } from '../audit/index.js';
import { UNMASK_FIELD_LABELS, UnmaskField, mayUnmask } from '../audit/index.js';
import type { FieldCrypto } from '../../pii/field-crypto.js';

const HEAD = '户主';

/** Writes to the members of a household, and the one audited way to read their personal data. */
export class ResidentService {
  constructor(
    private readonly em: EntityManager,
    private readonly principal: Principal,
    private readonly crypto: FieldCrypto,
  ) {}

  /** Adds a member; the household's member count follows. A household has at most one head. */
  async add(input: AddResidentInput): Promise<Resident> {
    return this.em.transactional(async (tx) => {
      const h = await writableHousehold(tx, this.principal, input.householdId);
      const members = await tx.find(Resident, { household: h }, { fields: ['isHead', 'sortOrder'] });
      const hasHead = members.some((m) => m.isHead);
      const relation = input.resident.relation?.trim();
      if (hasHead && !relation) throw householdInput('resident.relation', '请填写与户主关系');
      if (hasHead && relation === HEAD) throw householdInput('resident.relation', '本户已有户主，不能再添加户主');
      const p = prepareResident({ ...input.resident, relation: relation || HEAD }, this.crypto, 'resident.');
      if ('problems' in p) throw firstProblem(p.problems);
      if (p.value.idCard) await assertIdCardFree(tx, this.principal, p.value.idCard, 'resident.idCardNo');
      const isHead = p.value.relation === HEAD;
      const sortOrder = isHead ? 0 : Math.max(0, ...members.map((m) => m.sortOrder)) + 1;
      const resident = tx.create(Resident, residentRow(h, p.value, isHead, sortOrder));
      await tx.flush();
      await refreshDerived(tx, h.id);
      return resident;
    });
  }

  /** Changes the fields given, re-validating the person as a whole (ID number, sex, birth date agree). */
  async update(input: UpdateResidentInput): Promise<Resident> {
    return this.em.transactional(async (tx) => {
      const r = await writableResident(tx, this.principal, input.id, ['idCardCipher', 'phoneCipher', 'healthCipher']);
      checkVersion(r, input.version);
      const open = (cipher: string | null): string | null => (cipher ? this.crypto.decrypt(cipher) : null);
      const merged = mergeResidentFields(
        {
          name: r.name,
          relation: r.relation,
          sex: r.sex,
          birthDate: r.birthDate,
          occupation: r.occupation,
          idCardNo: open(r.idCardCipher),
          phone: open(r.phoneCipher),
          health: open(r.healthCipher),
        },
        {
          name: input.name,
          relation: input.relation,
          sex: input.sex,
          birthDate: input.birthDate,
          occupation: input.occupation,
          idCardNo: input.idCardNo,
          phone: input.phone,
          health: input.health,
        },
      );
      const p = prepareResident(merged, this.crypto);
      if ('problems' in p) throw firstProblem(p.problems);
      if (r.isHead && p.value.relation !== HEAD) throw householdInput('relation', '户主的“与户主关系”不能修改');
      if (!r.isHead && p.value.relation === HEAD)
        throw householdInput('relation', '本户已有户主，不能把家庭成员改为户主');
      if (p.value.idCard && p.value.idCard.index !== r.idCardIndex)
        await assertIdCardFree(tx, this.principal, p.value.idCard, 'idCardNo', r.id);
      apply(r, p.value);
      await tx.flush();
      if (r.isHead) await refreshDerived(tx, r.household.id);
      return r;
    });
  }

  /** Removes a member (not the head while others remain); a stale version is refused. */
  async remove(id: string, version: number): Promise<boolean> {
    return this.em.transactional(async (tx) => {
      const r = await writableResident(tx, this.principal, id);
      checkVersion(r, version);
      if (r.isHead && (await tx.count(Resident, { household: r.household, id: { $ne: r.id } }))) {
        throw householdError(HouseholdErrorCode.HEAD_NOT_REMOVABLE, 'id');
      }
      if (!(await tx.nativeDelete(Resident, { id: r.id, version }))) throw staleVersion();
      await refreshDerived(tx, r.household.id);
      return true;
    });
  }

  /**
   * The plain text of one field, for a caller allowed to see it, with a reason. The audit record
   * (who, whose, when, why) is committed before the value is returned; without it, no value.
   */
  async unmask(id: string, field: UnmaskField, reason: string): Promise<string> {
    return this.em.transactional(async (tx) => {
      const cipherProp = ({ ID_CARD_NO: 'idCardCipher', PHONE: 'phoneCipher', HEALTH: 'healthCipher' } as const)[field];
      const r = await visibleResident(tx, this.principal, id, [cipherProp]);
      const cadreId = this.principal.cadreId;
      const paired = cadreId
        ? (await tx.count(Household, { $and: [{ id: r.household.id }, pairedWith(cadreId)] })) > 0
        : false;
      if (!mayUnmask(this.principal, field, { divisionCode: r.household.villageCode, pairedWithCaller: paired })) {
        throw forbidden('您没有查看该项个人信息明文的权限');
      }
      const why = requireReason(reason);
      const cipher = r[cipherProp];
      if (!cipher) throw householdError(HouseholdErrorCode.NO_VALUE, 'field');
      const plain = this.crypto.decrypt(cipher);
      new AuditService(tx, this.principal).record({
        action: AuditAction.UNMASK,
        subjectType: 'Resident',
        subjectId: r.id,
        divisionCode: r.household.villageCode,
        reason: why,
        detail: `${field} ${UNMASK_FIELD_LABELS[field]}：${r.name}（${r.household.address}）`,
      });
      await tx.flush();
      return plain;
    });
  }
}

function apply(r: Resident, p: PreparedResident): void {
  Object.assign(r, {
    name: p.name,
    relation: p.relation,
    sex: p.sex,
    birthDate: p.birthDate,
    nameInitials: p.nameInitials,
    occupation: p.occupation,
    idCardCipher: p.idCard?.cipher ?? null,
    idCardIndex: p.idCard?.index ?? null,
    idCardMasked: p.idCard?.masked ?? null,
    phoneCipher: p.phone?.cipher ?? null,
    phoneIndex: p.phone?.index ?? null,
    phoneMasked: p.phone?.masked ?? null,
    healthCipher: p.healthCipher,
  });
}
