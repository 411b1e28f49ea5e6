import { Role } from '@xiangzhi/auth';
import { describe, expect, it } from 'vitest';
import { ACCOUNT_STATUSES } from '../src/api/accounts';
import { AUDIT_ACTIONS } from '../src/api/audit';
import { SECURITY_SETTING_KEYS } from '../src/api/security';
import { ADMIN_MESSAGES } from '../src/messages';

const zh: Record<string, string> = ADMIN_MESSAGES['zh-CN'];
const chinese = /[\u4e00-\u9fff]/;

describe('admin messages', () => {
  it('has every key in Chinese and English', () => {
    expect(Object.keys(ADMIN_MESSAGES['en-US']).sort()).toEqual(Object.keys(ADMIN_MESSAGES['zh-CN']).sort());
  });

  it('names every role, status, audited action and setting in Chinese', () => {
    for (const role of Object.values(Role)) expect(zh[`admin.role.${role}`]).toMatch(chinese);
    for (const status of ACCOUNT_STATUSES) expect(zh[`admin.status.${status}`]).toMatch(chinese);
    for (const action of AUDIT_ACTIONS) expect(zh[`admin.audit.action.${action}`]).toMatch(chinese);
    for (const key of SECURITY_SETTING_KEYS) expect(zh[`admin.security.${key}`]).toMatch(chinese);
  });

  it('calls an unmasking 查看明文, as the auditor searches for it', () => {
    expect(zh['admin.audit.action.UNMASK']).toBe('查看明文');
  });
});
