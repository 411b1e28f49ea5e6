import { pinyin } from 'pinyin-pro';
import { isCalendarDate, todayInChina } from '@xiangzhi/subgraph-kit';
import type { FieldCrypto } from '../../pii/field-crypto.js';
import { ID_CARD_MESSAGES, maskIdCard, parseIdCard } from '../../pii/id-card.js';
import { PHONE_MESSAGE, maskPhone, normalisePhone } from '../../pii/phone.js';
import { Sex } from './resident.entity.js';

/** Longest text of each person's field (characters), the same in the API (MaxLength) and the import. */
export const RESIDENT_LIMITS = {
  name: 50,
  relation: 20,
  idCardNo: 32,
  phone: 32,
  birthDate: 20,
  occupation: 50,
  health: 500,
} as const;
/** A household's address, and its production, living and difficulties notes. */
export const ADDRESS_MAX = 200;
export const SITUATION_MAX = 2000;
/** Nobody in the register was born before this day. */
export const EARLIEST_BIRTH_DATE = '1900-01-01';

/**
 * One place that checks and prepares a person's fields, used by the register API and the Excel
 * import alike, so a row is valid or invalid for the same reasons everywhere.
 */
export interface ResidentFields {
  name?: string | null;
  relation?: string | null;
  sex?: Sex | string | null;
  idCardNo?: string | null;
  phone?: string | null;
  birthDate?: string | null;
  occupation?: string | null;
  health?: string | null;
}

export interface FieldProblem {
  field: string;
  message: string;
}

export interface SealedValue {
  cipher: string;
  index: string;
  masked: string;
}

export interface PreparedResident {
  name: string;
  relation: string;
  sex: Sex;
  birthDate: string | null;
  idCard: SealedValue | null;
  phone: SealedValue | null;
  occupation: string | null;
  healthCipher: string | null;
  nameInitials: string;
}

export const RELATIONS = [
  '户主',
  '配偶',
  '子',
  '女',
  '子女',
  '父亲',
  '母亲',
  '父母',
  '儿媳',
  '女婿',
  '孙子',
  '孙女',
  '孙子女',
  '兄弟姐妹',
  '祖父母',
  '其他',
] as const;

const SEX_WORDS: Record<string, Sex> = { MALE: Sex.MALE, FEMALE: Sex.FEMALE, 男: Sex.MALE, 女: Sex.FEMALE };

/**
 * Pinyin initials of a Chinese name (王建国 → wjg, 曾有清 → zyq: surnames in their surname reading), what people type on a
 * phone.
 */
export const nameInitials = (name: string): string =>
  pinyin(name, { pattern: 'first', toneType: 'none', type: 'array', surname: 'head' })
    .join('')
    .toLowerCase()
    .replace(/[^a-z]/g, '');

/** The blind index of an ID number or phone typed in a search box, or null when it is not one. */
export function lookupIndex(crypto: FieldCrypto, kind: 'idCard' | 'phone', raw: string): string | null {
  if (kind === 'idCard') {
    const p = parseIdCard(raw);
    return typeof p === 'string' ? null : crypto.blindIndex(p.normalised);
  }
  const phone = normalisePhone(raw);
  return phone ? crypto.blindIndex(phone) : null;
}

/**
 * Validates and prepares a person: trims, checks the ID number (GB 11643; birth date and sex
 * come from it when given) and the phone, encrypts both with a blind index and a masked form.
 * `prefix` names the field path in errors (e.g. `head.` or `residents.2.`).
 */
export function prepareResident(
  input: ResidentFields,
  crypto: FieldCrypto,
  prefix = '',
): { value: PreparedResident } | { problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const f = (field: string): string => `${prefix}${field}`;
  const name = (input.name ?? '').trim();
  if (!name) problems.push({ field: f('name'), message: '姓名不能为空' });
  else if (name.length > RESIDENT_LIMITS.name)
    problems.push({ field: f('name'), message: `姓名不能超过 ${RESIDENT_LIMITS.name} 个字` });
  const relation = (input.relation ?? '').trim() || '户主';
  if (relation.length > RESIDENT_LIMITS.relation)
    problems.push({ field: f('relation'), message: `与户主关系不能超过 ${RESIDENT_LIMITS.relation} 个字` });

  let sex: Sex | null = input.sex
    ? (SEX_WORDS[String(input.sex).trim().toUpperCase()] ?? SEX_WORDS[String(input.sex).trim()] ?? null)
    : null;
  if (input.sex && !sex) problems.push({ field: f('sex'), message: '性别应为“男”或“女”' });
  let birthDate = input.birthDate?.trim() || null;
  // a real calendar day (Date.parse takes 2026-02-30 as 2 March), not in the future, not before 1900
  if (birthDate && !isCalendarDate(birthDate)) {
    problems.push({ field: f('birthDate'), message: '出生日期应为实际存在的日期，格式如 1960-03-01' });
  } else if (birthDate && (birthDate < EARLIEST_BIRTH_DATE || birthDate > todayInChina())) {
    problems.push({ field: f('birthDate'), message: `出生日期应在 ${EARLIEST_BIRTH_DATE} 到今天之间` });
  }

  let idCard: SealedValue | null = null;
  if (input.idCardNo?.trim()) {
    const parsed = parseIdCard(input.idCardNo);
    if (typeof parsed === 'string') problems.push({ field: f('idCardNo'), message: ID_CARD_MESSAGES[parsed] });
    else {
      if (sex && sex !== parsed.sex) problems.push({ field: f('sex'), message: '性别与身份证号不符' });
      if (birthDate && birthDate !== parsed.birthDate)
        problems.push({ field: f('birthDate'), message: '出生日期与身份证号不符' });
      sex ??= parsed.sex as Sex;
      birthDate ??= parsed.birthDate;
      idCard = {
        cipher: crypto.encrypt(parsed.normalised),
        index: crypto.blindIndex(parsed.normalised),
        masked: maskIdCard(parsed.normalised),
      };
    }
  }
  let phone: SealedValue | null = null;
  if (input.phone?.trim()) {
    const normalised = normalisePhone(input.phone);
    if (!normalised) problems.push({ field: f('phone'), message: PHONE_MESSAGE });
    else
      phone = {
        cipher: crypto.encrypt(normalised),
        index: crypto.blindIndex(normalised),
        masked: maskPhone(normalised),
      };
  }
  // an ID number that was given but is wrong already has its own error: no second one about sex
  if (!sex && !input.idCardNo?.trim() && !problems.some((p) => p.field === f('sex')))
    problems.push({ field: f('sex'), message: '请填写性别（或填写身份证号）' });
  const occupation = input.occupation?.trim() || null;
  if (occupation && occupation.length > RESIDENT_LIMITS.occupation)
    problems.push({ field: f('occupation'), message: `职业不能超过 ${RESIDENT_LIMITS.occupation} 个字` });
  const health = input.health?.trim() || null;
  if (health && health.length > RESIDENT_LIMITS.health)
    problems.push({ field: f('health'), message: `健康状况不能超过 ${RESIDENT_LIMITS.health} 个字` });
  if (problems.length) return { problems };
  return {
    value: {
      name,
      relation,
      sex: sex as Sex,
      birthDate,
      idCard,
      phone,
      occupation,
      healthCipher: health ? crypto.encrypt(health) : null,
      nameInitials: nameInitials(name),
    },
  };
}

/**
 * The full set of a person's fields after a partial update: a field left out (`undefined`) keeps
 * its current value, `null` or an empty string clears it (name and relation cannot be cleared).
 * With an ID number in force, sex and birth date come from it unless they are given again, and
 * then they must agree with it.
 */
export function mergeResidentFields(current: ResidentFields, change: ResidentFields): ResidentFields {
  const keep = <K extends keyof ResidentFields>(k: K): ResidentFields[K] =>
    change[k] === undefined ? current[k] : change[k];
  const idCardNo = keep('idCardNo');
  const hasId = !!idCardNo?.trim();
  return {
    name: change.name ?? current.name,
    relation: change.relation?.trim() ? change.relation : current.relation,
    sex: change.sex ?? (hasId ? null : current.sex),
    birthDate: change.birthDate !== undefined ? change.birthDate : hasId ? null : current.birthDate,
    idCardNo,
    phone: keep('phone'),
    occupation: keep('occupation'),
    health: keep('health'),
  };
}
