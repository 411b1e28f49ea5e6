import { inflateSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditRecord } from '../src/modules/audit/index.js';
import { GridMember, GridRole } from '../src/modules/cadre/index.js';
import { bootPairing, pids, a3, type PairingHarness } from './pairing.fixture.js';
import { householdId, ids, VILLAGE_A1 } from './fixture.js';

let t: PairingHarness;
const CARDS =
  'query($h: [ID!], $g: ID) { contactCards(householdIds: $h, gridId: $g) { fileName contentType contentBase64 } }';
type File = { fileName: string; contentType: string; contentBase64: string };
const cards = async (
  user: Parameters<PairingHarness['ok']>[0],
  vars: Record<string, unknown>,
): Promise<{ file: File; pdf: Buffer }> => {
  const { contactCards: file } = await t.ok<{ contactCards: File }>(user, CARDS, vars);
  return { file, pdf: Buffer.from(file.contentBase64, 'base64') };
};

/** What the PDF bytes say without a PDF library: pages, fonts, images, and the characters its fonts map (ToUnicode). */
function inspect(pdf: Buffer): { pages: number; fonts: string[]; images: number; mapped: string } {
  const text = pdf.toString('latin1');
  const streams: string[] = [];
  for (const m of text.matchAll(/stream\r?\n/g)) {
    const start = m.index! + m[0].length;
    const end = text.indexOf('endstream', start);
    try {
      streams.push(inflateSync(pdf.subarray(start, end)).toString('latin1'));
    } catch {
      /* an image or an uncompressed stream */
    }
  }
  const mapped = streams.filter((s) => s.includes('begincmap')).join('\n');
  return {
    pages: (text.match(/\/Type \/Page\b(?!s)/g) ?? []).length,
    fonts: [...text.matchAll(/\/BaseFont \/([A-Z]{6}\+[\w-]+)/g)].map((m) => m[1]!),
    // each QR code is an image with a soft mask (its alpha channel): count the images that have one
    images: (text.match(/\/SMask \d+ 0 R/g) ?? []).length,
    mapped,
  };
}
/** True when every character of `s` has a glyph in the embedded font subset that maps back to it. */
const rendersText = (mapped: string, s: string): boolean =>
  [...s].every((ch) =>
    mapped.toUpperCase().includes(`<${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}>`),
  );

beforeAll(async () => {
  t = await bootPairing();
  const update = 'mutation($i: UpdateCadreInput!) { updateCadre(input: $i) { id version } }';
  await t.ok('sec_a1', update, { i: { id: ids.cadreA1, version: 1, phone: '13812345678' } });
  const { createCadre: leader } = await t.ok<{ createCadre: { id: string } }>(
    'sec_a1',
    'mutation($i: CreateCadreInput!) { createCadre(input: $i) { id } }',
    {
      i: {
        name: '黄网格',
        kind: 'VILLAGE_COMMITTEE',
        post: '村委委员、网格长',
        divisionCode: VILLAGE_A1,
        phone: '13900001111',
        gridId: ids.gridA1,
      },
    },
  );
  const em = t.h.subgraph.orm.em.fork();
  await em.nativeDelete(GridMember, { grid: ids.gridA1 });
  em.create(GridMember, { grid: ids.gridA1, cadre: leader.id, role: GridRole.LEADER, startedOn: '2026-01-01' });
  await em.flush();
});
afterAll(async () => {
  await t?.h.stop();
});

describe('contact cards (党群联系卡)', () => {
  it('prints the chosen households as one PDF with the CJK font embedded, a QR code per card, and Chinese text that maps back', async () => {
    const chosen = [householdId(0, 0), householdId(0, 1), householdId(0, 5)];
    const { file, pdf } = await cards('sec_a1', { h: chosen });
    expect(file).toMatchObject({ contentType: 'application/pdf', fileName: '党群联系卡-3户.pdf' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.subarray(-6).toString()).toContain('%%EOF');
    const info = inspect(pdf);
    expect(info.pages).toBe(1);
    expect(info.fonts.length).toBeGreaterThan(0);
    expect(info.fonts.every((f) => f.includes('NotoSansSC'))).toBe(true);
    expect(info.images).toBe(3);
    for (const s of [
      '党群联系卡',
      '王建国',
      '李建国',
      '杨建国',
      '石门村',
      '赵红梅',
      '村党支部书记',
      '黄网格',
      '网格长',
      '青山镇',
    ])
      expect(rendersText(info.mapped, s), s).toBe(true);
    // the household left unpaired still gets a card that says a cadre is to be arranged
    expect(rendersText(info.mapped, '待安排')).toBe(true);
  });

  it('prints a whole grid, eight cards to an A4 page', async () => {
    const { file, pdf } = await cards('sec_a3', { g: pids.gridNorth });
    expect(file.fileName).toBe('党群联系卡-北片网格.pdf');
    const info = inspect(pdf);
    expect([info.pages, info.images]).toEqual([2, 10]);
    expect(rendersText(info.mapped, '周大山')).toBe(true);
  });

  it("shows the cadre's phone nowhere but on the card, and audits the printing", async () => {
    const res = await t.h.gql(
      'query($id: ID!) { cadre(id: $id) { phoneMasked households { edges { node { headName } } } } }',
      { id: ids.cadreA1 },
      t.tokens.sec_a1,
    );
    expect(JSON.stringify(res)).toContain('138****5678');
    expect(JSON.stringify(res)).not.toContain('13812345678');
    const audit = await t.h.subgraph.orm.em
      .fork()
      .find(AuditRecord, { subjectType: 'ContactCard' }, { orderBy: { at: 'asc' } });
    expect(audit.map((a) => [a.action, a.actorName, a.detail])).toEqual([
      ['EXPORT', 'sec_a1', '3 张'],
      ['EXPORT', 'sec_a3', '10 张'],
    ]);
  });

  it('lets a cadre print the own households only', async () => {
    const { pdf } = await cards('cadre_a1', { h: [householdId(0, 0)] });
    expect(inspect(pdf).pages).toBe(1);
    expect((await t.fails('cadre_a1', CARDS, { h: [householdId(0, 6)] })).code).toBe('HOUSEHOLD_NOT_FOUND');
  });

  it("refuses another village's households and grids, read-only accounts, and a request naming neither or both", async () => {
    expect((await t.fails('sec_a1', CARDS, { h: [householdId(0, 0), householdId(2, 0)] })).code).toBe(
      'HOUSEHOLD_NOT_FOUND',
    );
    expect((await t.fails('sec_a1', CARDS, { g: ids.gridB1 })).code).toBe('FORBIDDEN');
    expect((await t.fails('sec_a1', CARDS, { g: pids.gridNorth })).code).toBe('FORBIDDEN');
    expect((await t.fails('dept', CARDS, { h: [a3(0)] })).code).toBe('FORBIDDEN');
    expect((await t.fails('screen', CARDS, { h: [a3(0)] })).code).toBe('FORBIDDEN');
    expect(await t.fails('sec_a1', CARDS, {})).toMatchObject({
      code: 'CONTACT_CARD_HOUSEHOLD_IDS_INVALID',
      field: 'householdIds',
    });
    expect(await t.fails('sec_a1', CARDS, { h: [householdId(0, 0)], g: ids.gridA1 })).toMatchObject({
      code: 'CONTACT_CARD_GRID_ID_INVALID',
      field: 'gridId',
    });
  });
});
