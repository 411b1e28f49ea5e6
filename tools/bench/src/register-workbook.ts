import { createWriteStream } from 'node:fs';
import ExcelJS from 'exceljs';
import { REGISTER_COLUMNS, INCOME_BAND_LABELS } from '@xiangzhi/governance-subgraph/register-import';

/** One generated person row of the register workbook, by column key. */
export type BenchRow = Record<(typeof REGISTER_COLUMNS)[number]['key'], string>;

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何林高罗郑梁谢宋唐许韩邓冯曹彭曾肖田董潘袁蔡蒋余';
const GIVEN = '建国秀英德明春生丽红伟磊静婷浩宇欣怡梓涵志强桂兰玉凤文斌海燕子轩雨佳';
const RELATIONS = ['配偶', '子', '女', '儿媳', '孙子', '孙女', '父亲', '母亲'];
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';
const BANDS = Object.values(INCOME_BAND_LABELS);
const TAGS = ['', '', '', '', '', '', '低保户', '空巢老人户', '留守儿童', '脱贫户、监测户'];

/** A valid GB 11643 number for person `k` of the file: unique per k (birth day and sequence from k). */
export function idCardOf(k: number, sexOdd: boolean): string {
  const day = new Date(Date.UTC(1940, 0, 1) + (k % 29_000) * 86_400_000);
  const ymd = day.toISOString().slice(0, 10).replace(/-/g, '');
  const seq = Math.floor(k / 29_000) * 2 + (sexOdd ? 1 : 0);
  const body = `430999${ymd}${String(seq).padStart(3, '0')}`;
  const sum = WEIGHTS.reduce((acc, w, i) => acc + w * Number(body[i]), 0);
  return body + CHECK[sum % 11];
}

/** Household sizes averaging 3.4 people. */
const SIZES = [1, 2, 3, 3, 4, 4, 4, 5, 5, 3];

/** The rows of household `h` (0-based); `person` numbers people across the file. */
export function householdRows(h: number, person: { next: number }, grids: number, groups: number): BenchRow[] {
  const size = SIZES[h % SIZES.length];
  const surname = SURNAMES[h % SURNAMES.length];
  const rows: BenchRow[] = [];
  let headId = '';
  for (let m = 0; m < size; m++) {
    const k = person.next++;
    const male = m === 0 ? h % 7 !== 0 : m % 2 === 0;
    const id = idCardOf(k, male);
    if (m === 0) headId = id;
    rows.push({
      householdKey: headId,
      group: m === 0 ? `${(h % groups) + 1}组` : '',
      grid: m === 0 ? `第${(Math.floor(h / 100) % grids) + 1}网格` : '',
      address: m === 0 ? `青山村${(h % groups) + 1}组${h + 1}号` : '',
      name: `${surname}${GIVEN[(h + m * 3) % GIVEN.length]}${GIVEN[(h * 7 + m) % GIVEN.length]}`,
      relation: m === 0 ? '户主' : RELATIONS[(m - 1 + h) % RELATIONS.length],
      sex: male ? '男' : '女',
      idCardNo: id,
      phone: m < 2 ? `13${String(700_000_000 + k).padStart(9, '0')}` : '',
      birthDate: '',
      occupation: m === 0 ? '务农' : '',
      incomeBand: m === 0 ? BANDS[h % BANDS.length] : '',
      production: m === 0 ? '种植水稻 5 亩，养猪 2 头' : '',
      living: m === 0 ? '住房安全，饮水安全' : '',
      difficulties: m === 0 && h % 5 === 0 ? '希望修通组级公路' : '',
      tags: m === 0 ? TAGS[h % TAGS.length] : '',
    });
  }
  return rows;
}

/**
 * Writes the register workbook of `households` households with exceljs's streaming writer, with
 * shared strings as Excel and WPS save them. Returns the person count.
 */
export async function writeRegisterWorkbook(
  path: string,
  households: number,
  grids: number,
  groups: number,
): Promise<number> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: createWriteStream(path),
    useSharedStrings: true,
    useStyles: false,
  });
  const sheet = workbook.addWorksheet('人员信息');
  sheet.columns = REGISTER_COLUMNS.map((c) => ({ header: c.header, key: c.key, width: c.width }));
  const person = { next: 0 };
  for (let h = 0; h < households; h++) {
    for (const row of householdRows(h, person, grids, groups)) sheet.addRow(row).commit();
  }
  sheet.commit();
  await workbook.commit();
  return person.next;
}
