import { IncomeBand } from '../household/index.js';
import { HOUSEHOLD_TAG_LABELS, HouseholdTagKind } from '../household/index.js';
import { RELATIONS } from '../household/index.js';
import { tagOfWord } from '@xiangzhi/auth';

/**
 * The columns of the register workbook (人员信息分布台账), one row per person. The template,
 * the import and the export share this list, so an exported file imports again unchanged.
 */
export type ColumnKey =
  | 'householdKey'
  | 'group'
  | 'grid'
  | 'address'
  | 'name'
  | 'relation'
  | 'sex'
  | 'idCardNo'
  | 'phone'
  | 'birthDate'
  | 'occupation'
  | 'incomeBand'
  | 'production'
  | 'living'
  | 'difficulties'
  | 'tags';

export interface RegisterColumn {
  key: ColumnKey;
  header: string;
  /** Other headers villages use for the same column. */
  aliases?: string[];
  width: number;
  required?: boolean;
  /** Belongs to the household: taken from the head's row; other rows leave it empty or repeat it. */
  household?: boolean;
  /** Kept as text in Excel (ID numbers lose their last digits as numbers). */
  text?: boolean;
  /** Shown in the instructions sheet. */
  note: string;
}

export const REGISTER_COLUMNS: readonly RegisterColumn[] = [
  {
    key: 'householdKey',
    header: '户编号/户主身份证号',
    aliases: ['户编号', '户主身份证号', '户号'],
    width: 22,
    required: true,
    household: true,
    text: true,
    note: '同一户的成员填写相同的值（可填户主身份证号或本村户编号）',
  },
  {
    key: 'group',
    header: '村民小组',
    aliases: ['小组', '组别'],
    width: 10,
    household: true,
    note: '须为本村已建立的村民小组名称，如“三组”',
  },
  {
    key: 'grid',
    header: '网格',
    aliases: ['所属网格', '网格名称'],
    width: 14,
    household: true,
    note: '须为本村已建立的网格名称',
  },
  { key: 'address', header: '住址', aliases: ['家庭住址', '地址'], width: 28, household: true, note: '户主行必填' },
  { key: 'name', header: '姓名', width: 10, required: true, note: '必填' },
  {
    key: 'relation',
    header: '与户主关系',
    aliases: ['关系'],
    width: 10,
    required: true,
    note: `每户有且只有一行“户主”；其他可填：${RELATIONS.filter((r) => r !== '户主').join('、')}`,
  },
  { key: 'sex', header: '性别', width: 6, note: '男 / 女；填写身份证号时可不填' },
  {
    key: 'idCardNo',
    header: '身份证号',
    aliases: ['公民身份号码', '身份证号码'],
    width: 22,
    text: true,
    note: '18 位，末位 x 按 X 处理；户主必填（用于重复导入时匹配，不会重复建户）',
  },
  {
    key: 'phone',
    header: '联系电话',
    aliases: ['电话', '手机号', '联系方式'],
    width: 15,
    text: true,
    note: '手机 11 位，座机带区号',
  },
  { key: 'birthDate', header: '出生日期', width: 12, note: '如 1960-03-01；填写身份证号时可不填' },
  { key: 'occupation', header: '职业', width: 12, note: '' },
  {
    key: 'incomeBand',
    header: '家庭年收入档次',
    aliases: ['收入档次', '家庭年收入'],
    width: 14,
    household: true,
    note: '从下拉列表选择',
  },
  { key: 'production', header: '生产情况', width: 24, household: true, note: '' },
  { key: 'living', header: '生活情况', width: 24, household: true, note: '' },
  {
    key: 'difficulties',
    header: '困难诉求',
    aliases: ['困难与诉求', '困难和诉求'],
    width: 24,
    household: true,
    note: '',
  },
  {
    key: 'tags',
    header: '特殊群体标签',
    aliases: ['特殊群体', '重点人群'],
    width: 24,
    household: true,
    note: `多个用逗号或顿号分隔：${Object.values(HOUSEHOLD_TAG_LABELS).join('、')}`,
  },
];

export const COLUMN_BY_KEY = Object.fromEntries(REGISTER_COLUMNS.map((c) => [c.key, c])) as Record<
  ColumnKey,
  RegisterColumn
>;
export const headerOf = (key: ColumnKey): string => COLUMN_BY_KEY[key].header;

export const INCOME_BAND_LABELS: Record<IncomeBand, string> = {
  BELOW_10K: '1万元以下',
  FROM_10K_TO_30K: '1-3万元',
  FROM_30K_TO_60K: '3-6万元',
  FROM_60K_TO_100K: '6-10万元',
  ABOVE_100K: '10万元以上',
};

const squash = (s: string): string =>
  s
    .replace(/\s+/g, '')
    .replace(/[–—~～至到]/g, '-')
    .replace(/[（]/g, '(')
    .replace(/[）]/g, ')');

const INCOME_LOOKUP = new Map<string, IncomeBand>(
  (Object.entries(INCOME_BAND_LABELS) as [IncomeBand, string][]).flatMap(([band, label]) => [
    [squash(label), band],
    [band, band],
  ]),
);

/** The income band of a cell ("1-3万元", "1–3 万元", "FROM_10K_TO_30K"), or null when it is none of them. */
export const parseIncomeBand = (raw: string): IncomeBand | null =>
  INCOME_LOOKUP.get(squash(raw)) ?? INCOME_LOOKUP.get(raw.trim().toUpperCase()) ?? null;

/** Tags of a cell ("低保户、留守儿童"); unknown labels are returned apart so the report can name them. */
export function parseTags(raw: string): { tags: HouseholdTagKind[]; unknown: string[] } {
  const tags = new Set<HouseholdTagKind>();
  const unknown: string[] = [];
  for (const part of raw
    .split(/[,，、;；\s]+/)
    .map((p) => p.trim())
    .filter(Boolean)) {
    const tag = tagOfWord(part);
    if (tag) tags.add(tag as HouseholdTagKind);
    else unknown.push(part);
  }
  return { tags: [...tags], unknown };
}

/** Header text → column key, for a header row whose order and wording may vary a little. */
export function columnOfHeader(raw: string): ColumnKey | null {
  const h = squash(raw).replace(/[*＊]/g, '');
  for (const c of REGISTER_COLUMNS) if (squash(c.header) === h || c.aliases?.some((a) => squash(a) === h)) return c.key;
  return null;
}
