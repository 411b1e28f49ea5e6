import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { GOVERNANCE_MESSAGES } from '../src/messages';
import { CARDS_MESSAGES } from '../src/messages/cards';
import { CASE_ENTRY_MESSAGES, CASE_MESSAGES } from '../src/messages/cases';
import { COMMON_MESSAGES } from '../src/messages/common';
import { FIGURES_ENTRY_MESSAGES, FIGURES_MESSAGES } from '../src/messages/figures';
import { IMPORT_MESSAGES } from '../src/messages/import';
import { PAIRING_MESSAGES } from '../src/messages/pairing';
import { REGISTER_MESSAGES } from '../src/messages/register';
import { REGISTER_FORM_MESSAGES } from '../src/messages/register-forms';
import { TERRITORY_MESSAGES } from '../src/messages/territory';
import { VISIT_MESSAGES } from '../src/messages/visits';
import { PATROL_ENTRY_MESSAGES, PATROL_MESSAGES } from '../src/messages/patrol';
import { SUPERVISION_ENTRY_MESSAGES, SUPERVISION_MESSAGES } from '../src/messages/supervision';
import { POLICY_ENTRY_MESSAGES, POLICY_MESSAGES } from '../src/messages/policy';
import { SERVICE_ORDER_ENTRY_MESSAGES, SERVICE_ORDER_MESSAGES } from '../src/messages/service-orders';
import { TAG_KINDS, INCOME_BANDS, VISIT_METHODS } from '../src/api/enums';

const BUNDLES = {
  COMMON_MESSAGES,
  REGISTER_MESSAGES,
  REGISTER_FORM_MESSAGES,
  VISIT_MESSAGES,
  TERRITORY_MESSAGES,
  PAIRING_MESSAGES,
  IMPORT_MESSAGES,
  CARDS_MESSAGES,
  POLICY_ENTRY_MESSAGES,
  POLICY_MESSAGES,
  CASE_ENTRY_MESSAGES,
  CASE_MESSAGES,
  FIGURES_ENTRY_MESSAGES,
  FIGURES_MESSAGES,
  PATROL_ENTRY_MESSAGES,
  PATROL_MESSAGES,
  SUPERVISION_ENTRY_MESSAGES,
  SUPERVISION_MESSAGES,
  SERVICE_ORDER_ENTRY_MESSAGES,
  SERVICE_ORDER_MESSAGES,
};
const ALL_ZH: Record<string, string> = Object.assign({}, ...Object.values(BUNDLES).map((bundle) => bundle['zh-CN']));
const srcDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../src');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? sources(full) : /\.tsx?$/.test(name) ? [full] : [];
  });
}

describe('governance messages', () => {
  it.each(Object.entries(BUNDLES))('%s has every key in Chinese and English', (_, bundle) => {
    expect(Object.keys(bundle['en-US']).sort()).toEqual(Object.keys(bundle['zh-CN']).sort());
  });

  it('has no key in two bundles (a later one would silently win)', () => {
    const seen = new Map<string, string>();
    const duplicates: string[] = [];
    for (const [name, bundle] of Object.entries(BUNDLES)) {
      for (const key of Object.keys(bundle['zh-CN'])) {
        if (seen.has(key)) duplicates.push(`${key} (${seen.get(key)}, ${name})`);
        seen.set(key, name);
      }
    }
    expect(duplicates).toEqual([]);
  });

  it('governance.js carries the register and visit messages', () => {
    expect(GOVERNANCE_MESSAGES['zh-CN']['gov.visit.submit']).toBe('保存走访');
    expect(GOVERNANCE_MESSAGES['zh-CN']['gov.household.conflict']).toBe('数据已被他人修改，请刷新后重试');
  });

  it('labels every tag, income band and visit method in Chinese', () => {
    for (const tag of TAG_KINDS) expect(ALL_ZH[`gov.tag.${tag}`]).toMatch(/[\u4e00-\u9fff]/);
    for (const band of INCOME_BANDS) expect(ALL_ZH[`gov.income.${band}`]).toBeTruthy();
    expect(VISIT_METHODS.map((method) => ALL_ZH[`gov.method.${method}`])).toEqual([
      '入户走访',
      '线上联络',
      '蹲点调研',
      '调查问卷',
    ]);
  });

  it('defines every literal key the source uses', () => {
    const missing: string[] = [];
    for (const file of sources(srcDir)) {
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(/(?:\bt\(|labelKey: )\s*'((?:gov|governance)\.[\w.]+)'/g)) {
        if (!(match[1] in ALL_ZH)) missing.push(`${match[1]} (${path.relative(srcDir, file)})`);
      }
    }
    expect(missing).toEqual([]);
  });
});
