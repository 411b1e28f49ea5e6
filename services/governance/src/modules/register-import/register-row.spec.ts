import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { FieldCrypto } from '../../pii/field-crypto.js';
import { cellText, dateText, stageRow, type RowContext } from './register-row.js';
import { columnOfHeader, parseIncomeBand, parseTags } from './register-columns.js';

const ctx: RowContext = {
  crypto: new FieldCrypto(randomBytes(32)),
  groups: new Map([['三组', 'g3']]),
  grids: new Map([['第1网格', 'grid1']]),
};

describe('cells', () => {
  it('reads dates as Excel writes them and as people type them', () => {
    expect(dateText(21975)).toBe('1960-02-29');
    expect(dateText(19600301)).toBe('1960-03-01');
    expect(dateText('1960/3/1')).toBe('1960-03-01');
    expect(dateText('1960年3月1日')).toBe('1960-03-01');
    expect(dateText('1960.03.01')).toBe('1960-03-01');
    expect(dateText('去年')).toBe('去年');
    expect(dateText(null)).toBeNull();
  });
  it('keeps long numbers whole and trims text', () => {
    expect(cellText(13812345678)).toBe('13812345678');
    expect(cellText('  王 ')).toBe('王');
    expect(cellText(null)).toBe('');
  });
  it('knows the headers, income bands and tags in the ways villages write them', () => {
    expect(columnOfHeader('*身份证号码')).toBe('idCardNo');
    expect(columnOfHeader('户主身份证号')).toBe('householdKey');
    expect(columnOfHeader('家庭住址')).toBe('address');
    expect(columnOfHeader('备注')).toBeNull();
    expect(parseIncomeBand('1–3 万元')).toBe('FROM_10K_TO_30K');
    expect(parseIncomeBand('ABOVE_100K')).toBe('ABOVE_100K');
    expect(parseIncomeBand('很多')).toBeNull();
    expect(parseTags('低保户、五保户，留守儿童;特困供养 贫困户')).toEqual({
      tags: ['DIBAO', 'WUBAO', 'LEFT_BEHIND_CHILD'],
      unknown: ['贫困户'],
    });
  });
});

describe('stageRow', () => {
  it('seals a good head row and resolves its grid and group', () => {
    const row = stageRow(
      2,
      {
        householdKey: 'H1',
        group: '三组',
        grid: '第1网格',
        address: '石门村 1 号',
        name: '王秀英',
        relation: '户主',
        idCardNo: '11010519491231002x',
        phone: 13812345678,
        incomeBand: '1万元以下',
        tags: '空巢老人户、低保户',
      },
      ctx,
    );
    expect(row).toMatchObject({
      rowNo: 2,
      householdKey: 'H1',
      isHead: true,
      errors: null,
      sex: 'FEMALE',
      birthDate: '1949-12-31',
      nameInitials: 'wxy',
      idCardMasked: '1101**********002X',
      phoneMasked: '138****5678',
      groupId: 'g3',
      gridId: 'grid1',
      incomeBand: 'BELOW_10K',
      tags: 'DIBAO,EMPTY_NEST_ELDERLY',
    });
    expect(JSON.stringify(row)).not.toContain('11010519491231002');
    expect(JSON.stringify(row)).not.toContain('13812345678');
    expect(ctx.crypto.decrypt(row.idCardCipher!)).toBe('11010519491231002X');
  });
  it('names each problem by its Chinese column', () => {
    const row = stageRow(
      9,
      {
        householdKey: 'H2',
        grid: '第9网格',
        name: '李四',
        relation: '户主',
        // eslint-disable-next-line no-loss-of-precision -- the point: Excel keeps an ID typed as a number like this
        idCardNo: 430999196003010011,
        sex: '未知',
      },
      ctx,
    );
    expect(row.errors).toEqual([
      { column: '身份证号', message: '身份证号被存成了数字（末几位已丢失），请将该列设为“文本”格式后重新填写' },
      { column: '性别', message: '性别应为“男”或“女”' },
      { column: '网格', message: '本村没有名为“第9网格”的网格（片区），请先在系统中建立或改正名称' },
      { column: '住址', message: '户主行须填写住址' },
    ]);
  });
  it('asks for the household key and the relation', () => {
    const row = stageRow(3, { name: '张三', sex: '男' }, ctx);
    expect(row.errors?.map((e) => e.column)).toEqual(['户编号/户主身份证号', '与户主关系']);
  });
});
