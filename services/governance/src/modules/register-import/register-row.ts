import type { FieldCrypto } from '../../pii/field-crypto.js';
import { prepareResident } from '../household/index.js';
import type { CellValue } from './xlsx-reader.js';
import {
  COLUMN_BY_KEY,
  headerOf,
  parseIncomeBand,
  parseTags,
  INCOME_BAND_LABELS,
  type ColumnKey,
} from './register-columns.js';

/** A row ready for the staging table: sealed personal data, resolved grid and group, its problems. */
export interface StagedRow {
  rowNo: number;
  householdKey: string;
  isHead: boolean;
  errors: { column: string; message: string }[] | null;
  name: string | null;
  relation: string | null;
  sex: string | null;
  birthDate: string | null;
  nameInitials: string | null;
  idCardCipher: string | null;
  idCardIndex: string | null;
  idCardMasked: string | null;
  phoneCipher: string | null;
  phoneIndex: string | null;
  phoneMasked: string | null;
  occupation: string | null;
  groupId: string | null;
  gridId: string | null;
  address: string | null;
  incomeBand: string | null;
  production: string | null;
  living: string | null;
  difficulties: string | null;
  tags: string | null;
}

/** Staging columns in COPY order (snake_case as in import_row). */
export const STAGED_COLUMNS: [keyof StagedRow, string][] = [
  ['rowNo', 'row_no'],
  ['householdKey', 'household_key'],
  ['isHead', 'is_head'],
  ['errors', 'errors'],
  ['name', 'name'],
  ['relation', 'relation'],
  ['sex', 'sex'],
  ['birthDate', 'birth_date'],
  ['nameInitials', 'name_initials'],
  ['idCardCipher', 'id_card_cipher'],
  ['idCardIndex', 'id_card_index'],
  ['idCardMasked', 'id_card_masked'],
  ['phoneCipher', 'phone_cipher'],
  ['phoneIndex', 'phone_index'],
  ['phoneMasked', 'phone_masked'],
  ['occupation', 'occupation'],
  ['groupId', 'group_id'],
  ['gridId', 'grid_id'],
  ['address', 'address'],
  ['incomeBand', 'income_band'],
  ['production', 'production'],
  ['living', 'living'],
  ['difficulties', 'difficulties'],
  ['tags', 'tags'],
];

const FIELD_COLUMN: Record<string, ColumnKey> = {
  name: 'name',
  relation: 'relation',
  sex: 'sex',
  idCardNo: 'idCardNo',
  phone: 'phone',
  birthDate: 'birthDate',
  occupation: 'occupation',
};

const TEXT_LIMITS: Partial<Record<ColumnKey, number>> = {
  householdKey: 64,
  address: 200,
  production: 2000,
  living: 2000,
  difficulties: 2000,
};

const pad = (n: number): string => String(n).padStart(2, '0');

/** A date cell as YYYY-MM-DD: Excel serial numbers, 1960/3/1, 1960.3.1, 1960年3月1日, 19600301. */
export function dateText(v: CellValue): string | null {
  if (v === null || v === '') return null;
  if (typeof v === 'number') {
    if (v >= 10_000_000 && v <= 99_999_999)
      return `${Math.floor(v / 10_000)}-${pad(Math.floor(v / 100) % 100)}-${pad(v % 100)}`;
    // Excel's 1900 date system (serial 1 = 1900-01-01, with the phantom 1900-02-29)
    return new Date(Date.UTC(1899, 11, 30) + Math.round(v) * 86_400_000).toISOString().slice(0, 10);
  }
  const s = String(v).trim();
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(s) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(s);
  return m ? `${m[1]}-${pad(Number(m[2]))}-${pad(Number(m[3]))}` : s;
}

/** A cell as trimmed text; numbers as written (no exponent), booleans as 是/否. */
export function cellText(v: CellValue): string {
  if (v === null) return '';
  if (typeof v === 'number') return Number.isInteger(v) ? BigInt(v).toString() : String(v);
  if (typeof v === 'boolean') return v ? '是' : '否';
  return v.trim();
}

export interface RowContext {
  crypto: FieldCrypto;
  /** Villager group name → id, of the village imported into. */
  groups: ReadonlyMap<string, string>;
  /** Area grid name → id, of the village imported into. */
  grids: ReadonlyMap<string, string>;
}

/**
 * Checks one row of the workbook and seals its personal data. Person fields go through
 * prepareResident, the one validator the register API uses too; household fields are checked
 * here. Problems are named by the column's Chinese header.
 */
export function stageRow(rowNo: number, cells: Partial<Record<ColumnKey, CellValue>>, ctx: RowContext): StagedRow {
  const errors: { column: string; message: string }[] = [];
  const problem = (key: ColumnKey, message: string): void => {
    errors.push({ column: headerOf(key), message });
  };
  const text = (key: ColumnKey): string | null => {
    const s = cellText(cells[key] ?? null);
    if (!s) return null;
    const limit = TEXT_LIMITS[key];
    if (limit && s.length > limit) {
      problem(key, `不能超过 ${limit} 个字`);
      return null;
    }
    return s;
  };

  const householdKey = text('householdKey') ?? '';
  if (!householdKey && !errors.length)
    problem('householdKey', '请填写户编号或户主身份证号（同一户的成员填写相同的值）');
  const relation = text('relation');
  if (!relation) problem('relation', '请填写与户主关系（每户有且只有一行“户主”）');
  const isHead = relation === '户主';

  let idCardNo = text('idCardNo');
  if (typeof cells.idCardNo === 'number') {
    problem('idCardNo', '身份证号被存成了数字（末几位已丢失），请将该列设为“文本”格式后重新填写');
    idCardNo = null;
  }
  const prepared = prepareResident(
    {
      name: text('name'),
      relation,
      sex: text('sex'),
      idCardNo,
      phone: text('phone'),
      birthDate: dateText(cells.birthDate ?? null),
      occupation: text('occupation'),
    },
    ctx.crypto,
  );
  if ('problems' in prepared) for (const p of prepared.problems) problem(FIELD_COLUMN[p.field] ?? 'name', p.message);
  const person = 'value' in prepared ? prepared.value : null;

  const groupName = text('group');
  const groupId = groupName ? (ctx.groups.get(groupName) ?? null) : null;
  if (groupName && !groupId) problem('group', `本村没有名为“${groupName}”的村民小组，请先在系统中建立或改正名称`);
  const gridName = text('grid');
  const gridId = gridName ? (ctx.grids.get(gridName) ?? null) : null;
  if (gridName && !gridId) problem('grid', `本村没有名为“${gridName}”的网格（片区），请先在系统中建立或改正名称`);
  const bandText = text('incomeBand');
  const incomeBand = bandText ? parseIncomeBand(bandText) : null;
  if (bandText && !incomeBand) problem('incomeBand', `收入档次应为：${Object.values(INCOME_BAND_LABELS).join('、')}`);
  const tagText = text('tags');
  const parsedTags = tagText ? parseTags(tagText) : { tags: [], unknown: [] };
  if (parsedTags.unknown.length) problem('tags', `未知的特殊群体标签：${parsedTags.unknown.join('、')}`);
  const address = text('address');
  if (isHead && !address) problem('address', '户主行须填写住址');
  if (isHead && !idCardNo && !errors.some((e) => e.column === headerOf('idCardNo'))) {
    problem('idCardNo', '户主须填写身份证号（重复导入时据此匹配已有的户，不会重复建户）');
  }

  return {
    rowNo,
    householdKey,
    isHead,
    errors: errors.length ? errors : null,
    name: person?.name ?? null,
    relation: person?.relation ?? relation,
    sex: person?.sex ?? null,
    birthDate: person?.birthDate ?? null,
    nameInitials: person?.nameInitials ?? null,
    idCardCipher: person?.idCard?.cipher ?? null,
    idCardIndex: person?.idCard?.index ?? null,
    idCardMasked: person?.idCard?.masked ?? null,
    phoneCipher: person?.phone?.cipher ?? null,
    phoneIndex: person?.phone?.index ?? null,
    phoneMasked: person?.phone?.masked ?? null,
    occupation: person?.occupation ?? null,
    groupId,
    gridId,
    address,
    incomeBand,
    production: text('production'),
    living: text('living'),
    difficulties: text('difficulties'),
    tags: parsedTags.tags.length ? [...parsedTags.tags].sort().join(',') : null,
  };
}

/** Required columns missing from a header row, by header. */
export const missingColumns = (found: ReadonlySet<ColumnKey>): string[] =>
  (Object.keys(COLUMN_BY_KEY) as ColumnKey[]).filter((k) => COLUMN_BY_KEY[k].required && !found.has(k)).map(headerOf);
