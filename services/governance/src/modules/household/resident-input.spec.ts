import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { FieldCrypto } from '../../pii/field-crypto.js';
import { lookupIndex, mergeResidentFields, nameInitials, prepareResident } from './resident-input.js';

const crypto = new FieldCrypto(randomBytes(32));

describe('prepareResident', () => {
  it('takes birth date and sex from the ID number and seals ID and phone', () => {
    const r = prepareResident(
      { name: ' 王秀英 ', relation: '配偶', idCardNo: '11010519491231002x', phone: '138 1234 5678' },
      crypto,
    );
    expect('value' in r).toBe(true);
    if (!('value' in r)) return;
    expect(r.value).toMatchObject({ name: '王秀英', sex: 'FEMALE', birthDate: '1949-12-31', nameInitials: 'wxy' });
    expect(r.value.idCard?.masked).toBe('1101**********002X');
    expect(r.value.phone?.masked).toBe('138****5678');
    expect(r.value.idCard?.cipher).not.toContain('11010519491231002X');
    expect(r.value.idCard?.index).toBe(lookupIndex(crypto, 'idCard', '11010519491231002X'));
  });
  it('names every field at fault, with the prefix', () => {
    const r = prepareResident({ name: '', idCardNo: '110105194912310021', phone: '123', sex: '未知' }, crypto, 'head.');
    expect('problems' in r && r.problems.map((p) => p.field).sort()).toEqual([
      'head.idCardNo',
      'head.name',
      'head.phone',
      'head.sex',
    ]);
  });
  it('refuses a sex or birth date that contradicts the ID number', () => {
    const r = prepareResident(
      { name: '李四', sex: '男', birthDate: '1950-01-01', idCardNo: '11010519491231002X' },
      crypto,
    );
    expect('problems' in r && r.problems.map((p) => p.field).sort()).toEqual(['birthDate', 'sex']);
  });
  it('makes pinyin initials', () => {
    expect(nameInitials('王建国')).toBe('wjg');
    expect(nameInitials('曾有清')).toBe('zyq');
    expect(nameInitials('单田芳')).toBe('stf');
  });
});

describe('mergeResidentFields', () => {
  const current = {
    name: '王秀英',
    relation: '配偶',
    sex: 'FEMALE',
    birthDate: '1949-12-31',
    idCardNo: '11010519491231002X',
    phone: '13812345678',
    occupation: '务农',
    health: '高血压',
  };

  it('keeps what is left out, clears what is null, and keeps name and relation when null', () => {
    expect(mergeResidentFields(current, { phone: null, occupation: '', name: null, relation: ' ' })).toEqual({
      ...current,
      sex: null,
      birthDate: null,
      phone: null,
      occupation: '',
    });
  });
  it('lets a new ID number decide sex and birth date unless they are given again', () => {
    const merged = mergeResidentFields(current, { idCardNo: '430999199001011230' });
    expect(merged).toMatchObject({ idCardNo: '430999199001011230', sex: null, birthDate: null });
    expect(prepareResident(merged, crypto)).toMatchObject({ value: { sex: 'MALE', birthDate: '1990-01-01' } });
    expect(mergeResidentFields(current, { sex: 'MALE' }).sex).toBe('MALE');
  });
  it('keeps sex and birth date of a person without an ID number', () => {
    expect(mergeResidentFields({ ...current, idCardNo: null }, { name: '王秀兰' })).toMatchObject({
      name: '王秀兰',
      sex: 'FEMALE',
      birthDate: '1949-12-31',
    });
    expect(mergeResidentFields({ ...current, idCardNo: null }, { birthDate: null }).birthDate).toBeNull();
  });
});
