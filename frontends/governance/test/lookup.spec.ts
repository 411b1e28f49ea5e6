import { Action, Role, can, type Principal } from '@xiangzhi/auth';
import { describe, expect, it } from 'vitest';
import {
  EMPTY_FILTERS,
  HOUSEHOLDS_QUERY,
  filterVariables,
  lookupErrorOf,
  lookupReasonProblem,
  lookupsFor,
} from '../src/households-query';
import { birthOf, countOrDash } from '../src/lib/display';
import { REGISTER_MESSAGES } from '../src/messages/register';

// The exact lookup by ID number or phone is an unmask on the server (PII_UNMASK / PHONE_UNMASK,
// a reason of 2–200 characters, audited, rate limited): what the register's filter bar offers and sends.

function grantsOf(...roles: Role[]): string[] {
  const principal: Principal = {
    accountId: 'a',
    username: 'u',
    roles,
    divisionCode: '430999001001',
    gridIds: [],
    cadreId: null,
  };
  return Object.values(Action).filter((action) => can(principal, action));
}

const zh = REGISTER_MESSAGES['zh-CN'];
const t = (key: string, params: Record<string, string | number> = {}): string =>
  (zh[key as keyof typeof zh] ?? key).replace(/\{(\w+)\}/g, (_, name: string) => String(params[name]));

describe('which lookups the filter bar offers', () => {
  it('a village secretary may look up by ID number and by phone', () => {
    expect(lookupsFor(grantsOf(Role.VILLAGE_SECRETARY))).toEqual({ idCardNo: true, phone: true });
  });

  it('a cadre by phone only (the households paired with them), a county department by neither', () => {
    expect(lookupsFor(grantsOf(Role.CADRE))).toEqual({ idCardNo: false, phone: true });
    expect(lookupsFor(grantsOf(Role.COUNTY_DEPARTMENT))).toEqual({ idCardNo: false, phone: false });
    expect(lookupsFor(grantsOf(Role.AUDITOR))).toEqual({ idCardNo: false, phone: false });
  });
});

describe('the reason (查询事由) sent with a lookup', () => {
  it('is sent with an ID number or a phone, and never alone', () => {
    const reason = '  核实低保申请人身份 ';
    expect(filterVariables({ ...EMPTY_FILTERS, idCardNo: '43099919680412001x', lookupReason: reason })).toMatchObject({
      idCardNo: '43099919680412001X',
      lookupReason: '核实低保申请人身份',
    });
    const byPhone = filterVariables({ ...EMPTY_FILTERS, phone: '138 0013 8000', lookupReason: reason });
    expect(byPhone.lookupReason).toBe('核实低保申请人身份');
    expect(filterVariables({ ...EMPTY_FILTERS, search: '张', lookupReason: reason }).lookupReason).toBeNull();
    expect(HOUSEHOLDS_QUERY.toString()).toContain('lookupReason: $lookupReason');
  });

  it('must be 2 to 200 characters before anything is sent', () => {
    expect(lookupReasonProblem('')).toBe('required');
    expect(lookupReasonProblem('   ')).toBe('required');
    expect(lookupReasonProblem('查')).toBe('length');
    expect(lookupReasonProblem('核实')).toBeNull();
    expect(lookupReasonProblem('查'.repeat(200))).toBeNull();
    expect(lookupReasonProblem('查'.repeat(201))).toBe('length');
  });

  it('is labelled 查询事由 with a hint that the lookup is audited', () => {
    expect(zh['gov.lookup.reason']).toBe('查询事由');
    expect(zh['gov.lookup.hint']).toContain('审计');
  });
});

describe('a refused lookup is shown at its field', () => {
  const looking = { ...EMPTY_FILTERS, idCardNo: '430999196804120011', lookupReason: '核实' };

  it('by the field the server names', () => {
    const reason = { code: 'BAD_USER_INPUT', field: 'lookupReason', message: '按身份证号或电话查找须填写查找事由' };
    expect(lookupErrorOf(reason, looking)).toEqual({
      field: 'lookupReason',
      code: 'BAD_USER_INPUT',
      message: reason.message,
    });
    const id = { code: 'BAD_USER_INPUT', field: 'idCardNo', message: '身份证号校验位不对，无法查找' };
    expect(lookupErrorOf(id, looking)?.field).toBe('idCardNo');
    expect(lookupErrorOf({ ...id, field: 'phone' }, looking)?.field).toBe('phone');
  });

  it('a rate limit at the reason, with the server’s message; other errors stay the list’s', () => {
    const limited = {
      code: 'RATE_LIMITED',
      field: null,
      message: '按身份证号或电话查找过于频繁：每个账号 10 分钟内最多 20 次，请稍后再试',
    };
    expect(lookupErrorOf(limited, looking)).toEqual({
      field: 'lookupReason',
      code: 'RATE_LIMITED',
      message: limited.message,
    });
    expect(lookupErrorOf(limited, EMPTY_FILTERS)).toBeNull();
    expect(
      lookupErrorOf({ code: 'INTERNAL_SERVER_ERROR', field: null, message: '服务器内部错误' }, looking),
    ).toBeNull();
    expect(lookupErrorOf(null, looking)).toBeNull();
  });
});

describe('values withheld from the account', () => {
  it('a withheld special-group count is "—", a real 0 stays 0', () => {
    expect(countOrDash(null)).toBe('—');
    expect(countOrDash(0)).toBe(0);
    expect(countOrDash(7)).toBe(7);
  });

  it('a withheld birth date shows the year and the age band', () => {
    expect(birthOf({ birthDate: '1958-03-02', birthYear: 1958, ageBand: '60-69' }, t)).toBe('1958-03-02');
    expect(birthOf({ birthDate: null, birthYear: 1958, ageBand: '60-69' }, t)).toBe('1958 年生，60-69 岁');
    expect(birthOf({ birthDate: null, birthYear: null, ageBand: '60-69' }, t)).toBe('60-69 岁');
    expect(birthOf({ birthDate: null, birthYear: null, ageBand: null }, t)).toBeNull();
  });
});
