import { z } from 'zod';

/** Every per-jurisdiction setting, its schema and the default from the seeds. */
export const SETTING_DEFINITIONS = {
  /** seed 004: an area grid holds at most 100 households by default. */
  'grid.areaCapacity': { schema: z.number().int().min(1).max(2000), default: 100, label: '三级网格户数上限' },
  /** seed 000: a cadre takes 5 to 10 households; seed 002's "at least 30" is another jurisdiction's value. */
  'pairing.capacityMin': { schema: z.number().int().min(0).max(500), default: 5, label: '每名党员干部联户数下限' },
  'pairing.capacityMax': { schema: z.number().int().min(1).max(500), default: 10, label: '每名党员干部联户数上限' },
  /** seed 000/001: cadres visit monthly, liaison leaders quarterly. */
  'visit.cadreFrequency': { schema: z.enum(['MONTHLY', 'QUARTERLY']), default: 'MONTHLY', label: '联户党员走访频次' },
  'visit.liaisonLeaderFrequency': {
    schema: z.enum(['MONTHLY', 'QUARTERLY']),
    default: 'QUARTERLY',
    label: '包村领导走访频次',
  },
  /** 推、拖、绕: a case with no activity for this many days is flagged stalled. */
  'case.stalledDays': { schema: z.number().int().min(1).max(365), default: 10, label: '民情事项无进展标记天数' },
  /** After close-out (销号) the villager may object through the household's QR page for this many days. */
  'case.objectionDays': { schema: z.number().int().min(0).max(90), default: 7, label: '销号后群众异议期（天）' },
} as const;

export type SettingKey = keyof typeof SETTING_DEFINITIONS;
export type SettingValue<K extends SettingKey> = z.infer<(typeof SETTING_DEFINITIONS)[K]['schema']>;
export const SETTING_KEYS = Object.keys(SETTING_DEFINITIONS) as SettingKey[];
/** Own keys only: `in` would also accept `__proto__`, `constructor`, `toString` from Object.prototype. */
export const isSettingKey = (k: string): k is SettingKey => Object.hasOwn(SETTING_DEFINITIONS, k);
