import { describe, expect, it } from 'vitest';
import { residentInput } from '../src/lib/resident-input';
import { landsOnOwnHouseholds } from '../src/lib/access';

describe('the register kept by hand', () => {
  it('lands a cadre or grid leader in the field on 我的农户, not the desk roles', () => {
    expect(landsOnOwnHouseholds(['REGISTER_READ', 'REGISTER_WRITE', 'VISIT_RECORD', 'PHONE_UNMASK'])).toBe(true);
    expect(landsOnOwnHouseholds(['REGISTER_READ', 'REGISTER_WRITE', 'PAIRING_MANAGE'])).toBe(false);
    expect(landsOnOwnHouseholds(['REGISTER_READ'])).toBe(false);
  });
  it('sends a new member with empty fields as null, an edit leaves them out (masked values are kept)', () => {
    expect(residentInput({ name: ' 李明 ', relation: '子', idCardNo: '11010519491231002x', phone: '' })).toEqual({
      name: '李明',
      relation: '子',
      idCardNo: '11010519491231002X',
      sex: null,
      birthDate: null,
      phone: null,
      occupation: null,
      health: null,
    });
    expect(residentInput({ name: '王秀英', phone: '' }, { head: true, keepEmpty: true })).toMatchObject({
      name: '王秀英',
      relation: '户主',
      phone: undefined,
      idCardNo: undefined,
    });
  });
});
