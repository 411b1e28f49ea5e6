import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { loadDemo } from '../src/demo.js';
import { VillagerGroup } from '../src/modules/territory/index.js';
import { warmImportParser } from '../src/modules/register-import/index.js';
import { startGovernance, type Harness } from './harness.js';
import { fixture, ids, PASSWORD, VILLAGE_A1, VILLAGE_B1 } from './fixture.js';
import {
  COMMIT,
  VALIDATE,
  commit,
  idCard,
  readWorkbook,
  settle,
  validate,
  workbook,
  type SheetRow,
} from './register-import.fixture.js';

let h: Harness;
const tokens: Record<string, string> = {};

const sql = async <T = Record<string, unknown>>(text: string, params: unknown[] = []): Promise<T[]> =>
  h.subgraph.orm.em.fork().getConnection().execute<T[]>(text, params);
const count = async (village: string): Promise<{ households: number; residents: number }> => {
  const [r] = await sql<{ households: string; residents: string }>(
    `select (select count(*) from household where village_code = ?) households,
            (select count(*) from resident x join household h on h.id = x.household_id where h.village_code = ?) residents`,
    [village, village],
  );
  return { households: Number(r.households), residents: Number(r.residents) };
};

/** Two good households of VILLAGE_A1 (3 people), with a group, a grid, tags and an income band. */
const goodRows = (phone = '13812345678'): SheetRow[] => [
  {
    householdKey: 'H1',
    group: '一组',
    grid: '第1网格',
    address: '石门村一组 8 号',
    name: '陈德明',
    relation: '户主',
    idCardNo: idCard(11),
    phone,
    incomeBand: '1-3万元',
    production: '种植油茶 20 亩',
    living: '住房安全',
    difficulties: '缺少灌溉水源',
    tags: '低保户、空巢老人户',
  },
  { householdKey: 'H1', name: '刘秀英', relation: '配偶', idCardNo: idCard(22, '19620715') },
  // the other way villages fill the key column: the head's ID number
  {
    householdKey: idCard(31, '19850101'),
    group: '一组',
    address: '石门村一组 9 号',
    name: '陈建国',
    relation: '户主',
    idCardNo: idCard(31, '19850101'),
    occupation: '外出务工',
  },
];

beforeAll(async () => {
  h = await startGovernance();
  await loadDemo(h.subgraph.orm.em.fork(), fixture, h.crypto);
  const em = h.subgraph.orm.em.fork();
  for (const name of ['一组', '二组']) em.create(VillagerGroup, { villageCode: VILLAGE_A1, name });
  await em.flush();
  for (const u of ['sec_a1', 'sec_b1', 'town_a', 'cadre_a1']) {
    const res = await h.gql<{ login: { accessToken: string } }>(
      'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { accessToken } }',
      { u, p: PASSWORD },
    );
    tokens[u] = res.data!.login.accessToken;
  }
  // as the service would at start: the parser thread's modules take seconds to load
  await warmImportParser();
});
afterAll(async () => {
  await h?.stop();
});

describe('registerTemplate', () => {
  it('is an .xlsx with the Chinese headers, an instructions sheet and drop-down lists', async () => {
    const res = await h.gql<{ registerTemplate: { fileName: string; contentType: string; contentBase64: string } }>(
      '{ registerTemplate { fileName contentType contentBase64 } }',
      {},
      tokens.cadre_a1,
    );
    const file = res.data!.registerTemplate;
    expect(file.fileName).toMatch(/\.xlsx$/);
    expect(file.contentType).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const book = await readWorkbook(file.contentBase64);
    expect(book.sheets).toEqual(['人员信息', '填写说明']);
    expect(book.headers).toEqual([
      '户编号/户主身份证号',
      '村民小组',
      '网格',
      '住址',
      '姓名',
      '与户主关系',
      '性别',
      '身份证号',
      '联系电话',
      '出生日期',
      '职业',
      '家庭年收入档次',
      '生产情况',
      '生活情况',
      '困难诉求',
      '特殊群体标签',
    ]);
    expect(book.rows).toEqual([]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(file.contentBase64, 'base64') as unknown as ArrayBuffer);
    const sex = wb.worksheets[0].getCell('G2').dataValidation;
    expect(sex).toMatchObject({ type: 'list', formulae: ['"男,女"'] });
    expect(wb.worksheets[0].getCell('L100').dataValidation?.formulae?.[0]).toContain('1-3万元');
  });
  it('asks for a login', async () => {
    expect((await h.gql('{ registerTemplate { fileName } }')).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('validateRegisterImport', () => {
  it('reports every bad row by row number and Chinese column name, and writes nothing', async () => {
    const before = await count(VILLAGE_A1);
    const bad: SheetRow[] = [
      ...goodRows(),
      {
        householdKey: 'H3',
        address: '石门村二组 1 号',
        name: '张三',
        relation: '户主',
        idCardNo: '110105194912310021',
        phone: '12345',
      },
      {
        householdKey: 'H4',
        grid: '第9网格',
        group: '五组',
        address: '石门村二组 2 号',
        name: '李四',
        relation: '户主',
        idCardNo: idCard(41),
        incomeBand: '很多',
        tags: '贫困户',
      },
      { householdKey: 'H5', name: '王五', relation: '子', idCardNo: idCard(51, '20001010') },
      { householdKey: 'H6', address: '石门村二组 3 号', name: '赵六', relation: '户主', idCardNo: idCard(11) },
      { householdKey: 'H7', address: '石门村二组 4 号', name: '孙七', relation: '户主', idCardNo: idCard(71) },
      {
        householdKey: 'H7',
        address: '石门村二组 5 号',
        name: '孙小七',
        relation: '子',
        idCardNo: idCard(73, '20100101'),
      },
      { householdKey: 'H8', name: '', relation: '户主', address: '石门村二组 6 号' },
    ];
    const job = await validate(h, tokens.sec_a1, VILLAGE_A1, await workbook(bad));
    expect(job).toMatchObject({
      status: 'VALIDATED',
      fileName: '台账.xlsx',
      totalRows: 10,
      progress: 1,
      processedRows: 0,
    });
    const at = (row: number, column: string) =>
      job.errors.filter((e) => e.row === row && e.column === column).map((e) => e.message);
    expect(at(5, '身份证号')).toEqual(['身份证号校验位不正确，请核对']);
    expect(at(5, '联系电话')[0]).toContain('手机号应为 11 位');
    expect(at(6, '网格')[0]).toBe('本村没有名为“第9网格”的网格（片区），请先在系统中建立或改正名称');
    expect(at(6, '村民小组')[0]).toContain('“五组”');
    expect(at(6, '家庭年收入档次')[0]).toContain('1-3万元');
    expect(at(6, '特殊群体标签')).toEqual(['未知的特殊群体标签：贫困户']);
    expect(at(7, '与户主关系')).toEqual(['本户没有“户主”行（与户主关系填“户主”）']);
    expect(at(8, '身份证号')).toEqual(['与第 2 行的身份证号重复']);
    expect(at(10, '住址')).toEqual(['与本户户主行（第 9 行）不一致；同户其他行可留空']);
    expect(at(9, '户编号/户主身份证号')).toEqual(['同户第 10 行有错误，本户暂不导入']);
    // the first of two equal ID numbers is fine: the later one is the problem
    expect(job.errors.filter((e) => e.row <= 4)).toEqual([]);
    expect(at(11, '姓名')).toEqual(['姓名不能为空']);
    expect(at(11, '身份证号')[0]).toContain('户主须填写身份证号');
    expect(job.errorRows).toBe(7);
    expect(job.validRows).toBe(3);
    expect(await count(VILLAGE_A1)).toEqual(before);
  });

  it('keeps no plaintext ID number or phone in the staged rows', async () => {
    const job = await validate(h, tokens.sec_a1, VILLAGE_A1, await workbook(goodRows('13900001111')));
    const staged = await sql<{ t: string }>('select row_to_json(r)::text t from import_row r where job_id = ?', [
      job.id,
    ]);
    expect(staged).toHaveLength(3);
    const text = staged.map((s) => s.t).join('\n');
    expect(text).not.toContain(idCard(11));
    expect(text).not.toContain('13900001111');
    expect(text).toContain('139****1111');
  });

  it('finds the header below a title row and reads ID numbers written as text with a lower-case x', async () => {
    const job = await validate(
      h,
      tokens.sec_a1,
      VILLAGE_A1,
      await workbook(
        [
          {
            householdKey: 'X',
            address: '石门村三组 1 号',
            name: '周八',
            relation: '户主',
            idCardNo: '11010519491231002x',
            birthDate: '1949/12/31',
          },
        ],
        { title: '石门村人员信息分布台账（2026 年）' },
      ),
    );
    expect(job).toMatchObject({ status: 'VALIDATED', totalRows: 1, errorRows: 0, errors: [] });
  });

  it('fails a file without the required columns, and refuses what is not an .xlsx', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Sheet1').addRow(['姓名', '性别', '住址']);
    const job = await validate(
      h,
      tokens.sec_a1,
      VILLAGE_A1,
      Buffer.from(await wb.xlsx.writeBuffer()).toString('base64'),
    );
    expect(job.status).toBe('FAILED');
    expect(job.errors.map((e) => e.message)).toEqual(['缺少“户编号/户主身份证号”列', '缺少“与户主关系”列']);
    const res = await h.gql(
      VALIDATE,
      { v: VILLAGE_A1, f: 'a.xlsx', c: Buffer.from('姓名,性别').toString('base64') },
      tokens.sec_a1,
    );
    expect(res.errors?.[0]).toMatchObject({ extensions: { code: 'NOT_XLSX', field: 'contentBase64' } });
  });
});

describe('commitRegisterImport', () => {
  it('refuses ALL_OR_NOTHING when a row is invalid, and VALID_ONLY writes only the valid households', async () => {
    const before = await count(VILLAGE_A1);
    const rows: SheetRow[] = [
      { householdKey: 'A', address: '石门村四组 1 号', name: '吴一', relation: '户主', idCardNo: idCard(101) },
      { householdKey: 'A', name: '吴二', relation: '子', idCardNo: idCard(102, '19900101') },
      {
        householdKey: 'B',
        address: '石门村四组 2 号',
        name: '吴三',
        relation: '户主',
        idCardNo: idCard(103),
        phone: '1',
      },
    ];
    const job = await validate(h, tokens.sec_a1, VILLAGE_A1, await workbook(rows));
    expect(job).toMatchObject({ validRows: 2, errorRows: 1 });
    const refused = await h.gql(COMMIT, { id: job.id, m: 'ALL_OR_NOTHING' }, tokens.sec_a1);
    expect(refused.errors?.[0]).toMatchObject({ extensions: { code: 'IMPORT_HAS_ERRORS', field: 'mode' } });
    expect(refused.errors?.[0].message).toContain('有 1 行存在错误');
    expect(await count(VILLAGE_A1)).toEqual(before);

    const done = await commit(h, tokens.sec_a1, job.id, 'VALID_ONLY');
    expect(done).toMatchObject({
      status: 'DONE',
      mode: 'VALID_ONLY',
      processedRows: 2,
      createdHouseholds: 1,
      updatedHouseholds: 0,
      progress: 1,
    });
    expect(await count(VILLAGE_A1)).toEqual({ households: before.households + 1, residents: before.residents + 2 });
    // the report of the rows left out stays readable after the import
    expect(done.errors.map((e) => [e.row, e.column])).toEqual([[4, '联系电话']]);
    const again = await h.gql(COMMIT, { id: job.id, m: 'VALID_ONLY' }, tokens.sec_a1);
    expect(again.errors?.[0].extensions?.code).toBe('IMPORT_NOT_READY');
  });

  it('writes households, people, tags and grid in ALL_OR_NOTHING; the same file again updates instead of duplicating', async () => {
    const before = await count(VILLAGE_A1);
    const first = await validate(h, tokens.sec_a1, VILLAGE_A1, await workbook(goodRows()));
    const done = await commit(h, tokens.sec_a1, first.id, 'ALL_OR_NOTHING');
    expect(done).toMatchObject({ status: 'DONE', createdHouseholds: 2, updatedHouseholds: 0, processedRows: 3 });
    const after = await count(VILLAGE_A1);
    expect(after).toEqual({ households: before.households + 2, residents: before.residents + 3 });

    const list = await h.gql<{
      households: {
        edges: {
          node: {
            id: string;
            headName: string;
            memberCount: number;
            incomeBand: string;
            grid: { name: string } | null;
            residents: { name: string; isHead: boolean; idCardMasked: string; phoneMasked: string | null }[];
          };
        }[];
      };
    }>(
      'query($s: String) { households(search: $s, first: 10) { edges { node { id headName memberCount incomeBand grid { name } residents { name isHead idCardMasked phoneMasked } } } } }',
      { s: '石门村一组 8 号' },
      tokens.sec_a1,
    );
    const household = list.data!.households.edges[0].node;
    expect(household).toMatchObject({
      headName: '陈德明',
      memberCount: 2,
      incomeBand: 'FROM_10K_TO_30K',
      grid: { name: '第1网格' },
    });
    expect([...household.residents].sort((a, b) => Number(b.isHead) - Number(a.isHead))).toEqual([
      {
        name: '陈德明',
        isHead: true,
        idCardMasked: '4309**********' + idCard(11).slice(-4),
        phoneMasked: '138****5678',
      },
      {
        name: '刘秀英',
        isHead: false,
        idCardMasked: '4309**********' + idCard(22, '19620715').slice(-4),
        phoneMasked: null,
      },
    ]);
    const people = await sql<{
      name: string;
      sex: string;
      birth_date: string;
      relation: string;
      sort_order: number;
      name_initials: string;
    }>(
      `select name, sex, to_char(birth_date, 'YYYY-MM-DD') birth_date, relation, sort_order, name_initials from resident where household_id = ? order by sort_order`,
      [household.id],
    );
    expect(people).toEqual([
      { name: '陈德明', sex: 'MALE', birth_date: '1960-03-01', relation: '户主', sort_order: 0, name_initials: 'cdm' },
      {
        name: '刘秀英',
        sex: 'FEMALE',
        birth_date: '1962-07-15',
        relation: '配偶',
        sort_order: 1,
        name_initials: 'lxy',
      },
    ]);
    const tags = await sql<{ tag: string; set_by: string }>(
      'select tag, set_by from household_tag where household_id = ? order by tag',
      [household.id],
    );
    expect(tags).toEqual([
      { tag: 'DIBAO', set_by: 'sec_a1' },
      { tag: 'EMPTY_NEST_ELDERLY', set_by: 'sec_a1' },
    ]);

    // the same people again, with a new phone and another grid: matched by ID number
    const second = await validate(
      h,
      tokens.sec_a1,
      VILLAGE_A1,
      await workbook(
        goodRows('13700001234').map((r, i) =>
          i === 0 ? { ...r, grid: '第1网格', address: '石门村一组 8 号（新）' } : r,
        ),
      ),
    );
    expect(second.errorRows).toBe(0);
    const redone = await commit(h, tokens.sec_a1, second.id, 'ALL_OR_NOTHING');
    expect(redone).toMatchObject({ status: 'DONE', createdHouseholds: 0, updatedHouseholds: 2 });
    expect(await count(VILLAGE_A1)).toEqual(after);
    const [moved] = await sql<{ address: string; version: number }>(
      'select address, version from household where id = ?',
      [household.id],
    );
    expect(moved.address).toBe('石门村一组 8 号（新）');
    const phones = await sql<{ phone_masked: string }>(
      'select phone_masked from resident where household_id = ? and is_head',
      [household.id],
    );
    expect(phones).toEqual([{ phone_masked: '137****1234' }]);
    expect(await sql('select tag from household_tag where household_id = ?', [household.id])).toHaveLength(2);

    // a third time, unchanged: nothing changes, not even the version
    const third = await commit(
      h,
      tokens.sec_a1,
      (
        await validate(
          h,
          tokens.sec_a1,
          VILLAGE_A1,
          await workbook(
            goodRows('13700001234').map((r, i) => (i === 0 ? { ...r, address: '石门村一组 8 号（新）' } : r)),
          ),
        )
      ).id,
      'VALID_ONLY',
    );
    expect(third).toMatchObject({ createdHouseholds: 0, updatedHouseholds: 2 });
    expect(
      (await sql<{ version: number }>('select version from household where id = ?', [household.id]))[0].version,
    ).toBe(moved.version);
    expect(await count(VILLAGE_A1)).toEqual(after);
  });

  it('keeps the grid history when an import moves a household', async () => {
    const em = h.subgraph.orm.em.fork();
    await em
      .getConnection()
      .execute(
        `insert into grid (id, name, level, division_code, version) values ('0190a000-0000-7000-8000-000000000777', '第7网格', 'AREA', '${VILLAGE_A1}', 1)`,
      );
    const job = await validate(
      h,
      tokens.sec_a1,
      VILLAGE_A1,
      await workbook(goodRows().map((r, i) => (i === 0 ? { ...r, grid: '第7网格' } : r))),
    );
    await commit(h, tokens.sec_a1, job.id, 'ALL_OR_NOTHING');
    const moves = await sql<{ from_grid_id: string; to_grid_id: string; moved_by: string }>(
      `select m.from_grid_id, m.to_grid_id, m.moved_by from household_grid_move m join household h on h.id = m.household_id where h.address = '石门村一组 8 号'`,
    );
    expect(moves).toEqual([
      { from_grid_id: ids.gridA1, to_grid_id: '0190a000-0000-7000-8000-000000000777', moved_by: 'sec_a1' },
    ]);
  });

  it('refuses a full grid (the per-jurisdiction capacity setting)', async () => {
    await sql(
      `insert into setting (id, division_code, key, value, updated_by, version) values ('0190a000-0000-7000-8000-000000000888', '${VILLAGE_B1}', 'grid.areaCapacity', '9', '0190a000-0000-7000-8000-000000000100', 1)`,
    );
    const rows: SheetRow[] = [1, 2].map((n) => ({
      householdKey: `G${n}`,
      grid: '第3网格',
      address: `柳溪村 ${n} 号`,
      name: `郑${n}`,
      relation: '户主',
      idCardNo: idCard(200 + n),
    }));
    const job = await validate(h, tokens.sec_b1, VILLAGE_B1, await workbook(rows));
    expect(job.errors).toEqual([
      { row: 3, column: '网格', message: '网格“第3网格”已满：上限 9 户，请选择其他网格或调整设置' },
    ]);
  });

  it('refuses an ID number registered in another village', async () => {
    const job = await validate(
      h,
      tokens.sec_b1,
      VILLAGE_B1,
      await workbook([
        { householdKey: 'Z', address: '柳溪村 20 号', name: '陈德明', relation: '户主', idCardNo: idCard(11) },
      ]),
    );
    expect(job.errors).toEqual([
      { row: 2, column: '身份证号', message: '该身份证号已在其他村（社区）登记，请先由原村迁出后再导入' },
    ]);
  });
});

describe('a job cut off by a restart', () => {
  it('shows as failed once it has not moved for half an hour, and can be written again', async () => {
    const rows: SheetRow[] = [
      { householdKey: 'R', address: '石门村五组 1 号', name: '冯一', relation: '户主', idCardNo: idCard(601) },
    ];
    const job = await validate(h, tokens.sec_a1, VILLAGE_A1, await workbook(rows));
    await sql(
      `update import_job set status = 'IMPORTING', mode = 'VALID_ONLY', updated_at = now() - interval '1 hour' where id = ?`,
      [job.id],
    );
    const seen = await settle(h, tokens.sec_a1, job.id);
    expect(seen.status).toBe('FAILED');
    expect(seen.errors[0]).toEqual({
      row: 0,
      column: '',
      message: '写入中断（服务曾重启），可重新点击导入，已写入的户不会重复',
    });
    expect(await commit(h, tokens.sec_a1, job.id, 'VALID_ONLY')).toMatchObject({
      status: 'DONE',
      createdHouseholds: 1,
      errors: [],
    });
  });
});

describe('import scoping', () => {
  it('refuses another village, a cadre and a read-only caller (FORBIDDEN), and hides jobs of other villages', async () => {
    const content = await workbook(goodRows());
    for (const [token, village] of [
      [tokens.sec_a1, VILLAGE_B1],
      [tokens.cadre_a1, VILLAGE_A1],
      [tokens.sec_b1, VILLAGE_A1],
    ] as const) {
      const res = await h.gql(VALIDATE, { v: village, f: 'x.xlsx', c: content }, token);
      expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    const job = await validate(h, tokens.sec_a1, VILLAGE_A1, content);
    const seen = await h.gql<{ importJob: { id: string } | null }>(
      'query($id: ID!) { importJob(id: $id) { id } }',
      { id: job.id },
      tokens.sec_b1,
    );
    expect(seen.data?.importJob).toBeNull();
    const byTown = await h.gql<{ importJob: { id: string } | null }>(
      'query($id: ID!) { importJob(id: $id) { id } }',
      { id: job.id },
      tokens.town_a,
    );
    expect(byTown.data?.importJob?.id).toBe(job.id);
    const other = await h.gql(COMMIT, { id: job.id, m: 'VALID_ONLY' }, tokens.sec_b1);
    expect(other.errors?.[0].extensions).toMatchObject({ code: 'IMPORT_JOB_NOT_FOUND', field: 'jobId' });
  });
});
