import ExcelJS from 'exceljs';
import { RELATIONS } from '../household/index.js';
import { INCOME_BAND_LABELS, REGISTER_COLUMNS, type ColumnKey } from './register-columns.js';

export const DATA_SHEET = '人员信息';
/** Rows of the template that carry the drop-down lists and the text format. */
const TEMPLATE_ROWS = 5000;

type ListValidation = {
  type: 'list';
  allowBlank: boolean;
  formulae: string[];
  showErrorMessage: boolean;
  errorTitle: string;
  error: string;
};
type WithValidations = { dataValidations: { add(range: string, v: ListValidation): void } };

const letter = (i: number): string => String.fromCharCode(65 + i);

/**
 * The data sheet's header row and formats, shared by the template and the export: Chinese
 * headers, widths, ID-number and phone columns as text (the frozen header is DATA_SHEET_OPTIONS).
 */
export function layoutDataSheet(sheet: ExcelJS.Worksheet): void {
  sheet.columns = REGISTER_COLUMNS.map((c) => ({
    header: c.header,
    key: c.key,
    width: c.width,
    style: c.text ? { numFmt: '@' } : {},
  }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  REGISTER_COLUMNS.forEach((c, i) => {
    header.getCell(i + 1).fill = {
      type: 'pattern',
      pattern: 'solid',
      fgColor: { argb: c.required ? 'FFFCE4D6' : 'FFDDEBF7' },
    };
  });
}

/** The data sheet's options: the header row stays in view. */
export const DATA_SHEET_OPTIONS: Partial<ExcelJS.AddWorksheetOptions> = { views: [{ state: 'frozen', ySplit: 1 }] };

/** Drop-down lists where exceljs can write them: sex, relation, income band. */
export function addListValidations(sheet: ExcelJS.Worksheet, rows: number): void {
  const lists: Partial<Record<ColumnKey, string[]>> = {
    sex: ['男', '女'],
    relation: [...RELATIONS],
    incomeBand: Object.values(INCOME_BAND_LABELS),
  };
  for (const [key, values] of Object.entries(lists)) {
    const col = letter(REGISTER_COLUMNS.findIndex((c) => c.key === key));
    (sheet as unknown as WithValidations).dataValidations.add(`${col}2:${col}${rows + 1}`, {
      type: 'list',
      allowBlank: true,
      formulae: [`"${values.join(',')}"`],
      showErrorMessage: true,
      errorTitle: '请从列表中选择',
      error: `可选：${values.join('、')}`,
    });
  }
}

const RULES = [
  '每一行是一个人；同一户的成员在“户编号/户主身份证号”列填写相同的值，其中“与户主关系”为“户主”的一行是户主。',
  '户的信息（村民小组、网格、住址、收入档次、生产生活情况、困难诉求、特殊群体标签）写在户主行；其他成员行可留空，填写时须与户主行一致。',
  '导入时先校验全部行，给出错误清单（第几行、哪一列、什么问题），此时不写入任何数据；确认后再选择“全部导入”或“只导入无错误的户”。',
  '按身份证号匹配已登记的户和人：同一文件再次导入只会更新，不会重复建户。空白单元格不会清除系统中已有的内容；标签只增加，不删除。',
  '身份证号、联系电话导入后加密保存，页面和导出文件中默认脱敏显示。',
];

/** The downloadable template: the data sheet with lists, and an instructions sheet with an example. */
export async function registerTemplate(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = '乡治';
  const data = wb.addWorksheet(DATA_SHEET, DATA_SHEET_OPTIONS);
  layoutDataSheet(data);
  addListValidations(data, TEMPLATE_ROWS);

  const help = wb.addWorksheet('填写说明');
  help.columns = [{ width: 22 }, { width: 10 }, { width: 90 }];
  help.addRow(['人员信息分布台账 填写说明']).font = { bold: true, size: 14 };
  for (const rule of RULES) help.addRow([rule]);
  help.addRow([]);
  help.addRow(['列名', '是否必填', '说明']).font = { bold: true };
  for (const c of REGISTER_COLUMNS) help.addRow([c.header, c.required ? '必填' : '', c.note]);
  help.addRow([]);
  help.addRow(['示例（请在“人员信息”表中填写，不要在本表填写）']).font = { bold: true };
  help.addRow(REGISTER_COLUMNS.map((c) => c.header)).font = { bold: true };
  help.addRow([
    '11010519491231002X',
    '三组',
    '第1网格',
    '石门村三组12号',
    '王秀英',
    '户主',
    '女',
    '11010519491231002X',
    '13812345678',
    '',
    '务农',
    '1-3万元',
    '种植水稻 5 亩',
    '独居',
    '希望修缮住房',
    '空巢老人户',
  ]);
  help.addRow([
    '11010519491231002X',
    '',
    '',
    '',
    '李明',
    '子',
    '男',
    '',
    '',
    '1975-06-01',
    '外出务工',
    '',
    '',
    '',
    '',
    '',
  ]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
