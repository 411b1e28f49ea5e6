import { describe, expect, it } from 'vitest';
import { Role, type Principal } from '@xiangzhi/auth';
import { UnmaskField, mayUnmask, mayUnmaskRegion, maySeePersonalData } from './pii-access.js';

const VILLAGE = '430999001001';
const who = (roles: Role[], divisionCode = VILLAGE): Principal => ({
  accountId: 'a',
  username: 'u',
  roles,
  divisionCode,
  gridIds: [],
  cadreId: 'c',
});
const subject = { divisionCode: VILLAGE, pairedWithCaller: false };

describe('who may see personal data', () => {
  it('lets the roles that work with villagers see sensitive tags, never dashboards, auditors or county departments', () => {
    for (const r of [
      Role.COUNTY_ADMIN,
      Role.TOWNSHIP_ADMIN,
      Role.TOWNSHIP_LEADER,
      Role.VILLAGE_SECRETARY,
      Role.VILLAGE_COMMITTEE,
      Role.GRID_LEADER,
      Role.CADRE,
    ]) {
      expect(maySeePersonalData(who([r])), r).toBe(true);
    }
    for (const r of [Role.COUNTY_DEPARTMENT, Role.AUDITOR, Role.API_CLIENT, Role.SYSTEM_ADMIN, Role.SECURITY_ADMIN])
      expect(maySeePersonalData(who([r])), r).toBe(false);
    expect(maySeePersonalData(who([Role.VILLAGE_SECRETARY, Role.API_CLIENT]))).toBe(false);
  });
});

describe('who may unmask', () => {
  it('lets secretaries and township / county admins unmask every field inside their jurisdiction only', () => {
    for (const [r, code] of [
      [Role.VILLAGE_SECRETARY, VILLAGE],
      [Role.TOWNSHIP_ADMIN, '430999001'],
      [Role.COUNTY_ADMIN, '430999'],
    ] as const) {
      for (const f of Object.values(UnmaskField)) expect(mayUnmask(who([r], code), f, subject), `${r} ${f}`).toBe(true);
      expect(mayUnmask(who([r], code), UnmaskField.ID_CARD_NO, { ...subject, divisionCode: '431000001001' })).toBe(
        false,
      );
    }
    expect(mayUnmask(who([Role.VILLAGE_SECRETARY], '430999001002'), UnmaskField.PHONE, subject)).toBe(false);
  });
  it('lets a cadre unmask only the phone, only of a household paired with them', () => {
    expect(mayUnmask(who([Role.CADRE]), UnmaskField.PHONE, { ...subject, pairedWithCaller: true })).toBe(true);
    expect(mayUnmask(who([Role.CADRE]), UnmaskField.PHONE, subject)).toBe(false);
    expect(mayUnmask(who([Role.CADRE]), UnmaskField.ID_CARD_NO, { ...subject, pairedWithCaller: true })).toBe(false);
    expect(mayUnmask(who([Role.CADRE]), UnmaskField.HEALTH, { ...subject, pairedWithCaller: true })).toBe(false);
  });
  it('never lets read-only roles or dashboards unmask, one record or a region', () => {
    for (const r of [
      Role.COUNTY_DEPARTMENT,
      Role.AUDITOR,
      Role.API_CLIENT,
      Role.VILLAGE_COMMITTEE,
      Role.SECURITY_ADMIN,
    ]) {
      expect(mayUnmask(who([r], '430999'), UnmaskField.PHONE, { ...subject, pairedWithCaller: true }), r).toBe(false);
      expect(mayUnmaskRegion(who([r], '430999'), VILLAGE), r).toBe(false);
    }
    expect(mayUnmask(who([Role.COUNTY_ADMIN, Role.API_CLIENT], '430999'), UnmaskField.PHONE, subject)).toBe(false);
    expect(mayUnmaskRegion(who([Role.TOWNSHIP_ADMIN], '430999001'), VILLAGE)).toBe(true);
    expect(mayUnmaskRegion(who([Role.TOWNSHIP_ADMIN], '430999001'), '430999002')).toBe(false);
  });
});
