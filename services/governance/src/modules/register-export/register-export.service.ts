import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import type { Cursor } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { narrowScope, type Principal } from '@xiangzhi/auth';
import type { FieldCrypto } from '../../pii/field-crypto.js';
import { Household } from '../household/index.js';
import { Resident, Sex } from '../household/index.js';
import { HOUSEHOLD_TAG_LABELS, HouseholdTag, SENSITIVE_TAGS } from '../household/index.js';
import { HouseholdService } from '../household/index.js';
import { Grid } from '../grid/index.js';
import { VillagerGroup } from '../territory/index.js';
import { Region } from '../region/index.js';
import { AuditAction } from '../audit/index.js';
import { AuditService } from '../audit/index.js';
import { INCOME_BAND_LABELS, type ColumnKey } from '../register-import/index.js';
import { DATA_SHEET, DATA_SHEET_OPTIONS, addListValidations, layoutDataSheet } from '../register-import/index.js';
import { FileDownload, XLSX_CONTENT_TYPE, fileDownload } from '@xiangzhi/subgraph-kit';
import { mayExportRegister } from './register-export.access.js';
import { maySeePersonalData, mayUnmaskRegion } from '../audit/index.js';
import { exportErrors, registerExportInput } from './register-export.errors.js';

/** Households per page read from the database (one statement each for households, residents, tags). */
const PAGE = 1000;

type Row = Record<ColumnKey, string>;

/**
 * The register as an .xlsx in the template's columns (so the file imports again), within the
 * caller's scope (the same filter as the household list), masked unless the caller may unmask the
 * region and asks to, with sensitive tags only for those who may see personal data (the rules of
 * modules/audit/pii-access.ts); every export writes an audit record with its row count.
 */
export class RegisterExportService {
  constructor(
    private readonly em: EntityManager,
    private readonly principal: Principal,
    private readonly crypto: FieldCrypto,
  ) {}

  async export(
    regionCode: string | null | undefined,
    unmasked: boolean,
    reason: string | null | undefined,
  ): Promise<FileDownload> {
    if (!mayExportRegister(this.principal)) throw exportErrors.forbidden();
    const why = reason?.trim() ?? '';
    if (why.length > 200) throw registerExportInput('reason', '事由不能超过 200 个字');
    const scopeCode = narrowScope(this.principal, regionCode);
    if (unmasked) {
      if (!mayUnmaskRegion(this.principal, scopeCode)) throw exportErrors.cannotUnmask();
      if (!why) throw registerExportInput('reason', '导出明文（未脱敏）须填写事由');
    }
    const scope = await new HouseholdService(this.em, this.principal).scopeFilter(regionCode);
    const sensitive = maySeePersonalData(this.principal);

    const chunks: Buffer[] = [];
    const sink = new PassThrough();
    sink.on('data', (c: Buffer) => chunks.push(c));
    const finished = new Promise<void>((resolve, reject) => {
      sink.on('end', resolve);
      sink.on('error', reject);
    });
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: sink, useSharedStrings: false, useStyles: true });
    const sheet = wb.addWorksheet(DATA_SHEET, DATA_SHEET_OPTIONS);
    layoutDataSheet(sheet);
    addListValidations(sheet, 1);

    const em = this.em.fork();
    const names = new Map<string, string>();
    let after: string | null | undefined = null;
    let households = 0;
    let rows = 0;
    for (;;) {
      const page: Cursor<Household, never, '*', never, false> = await em.findByCursor(Household, scope, {
        first: PAGE,
        after: after ?? undefined,
        orderBy: { villageCode: 'asc', address: 'asc', id: 'asc' },
        includeCount: false,
      });
      if (!page.items.length) break;
      const ids = page.items.map((h) => h.id);
      const residents = await em.find(
        Resident,
        { household: { $in: ids } },
        {
          orderBy: { isHead: 'desc', sortOrder: 'asc', createdAt: 'asc' },
          ...(unmasked ? { populate: ['idCardCipher', 'phoneCipher'] as never[] } : {}),
        },
      );
      const tags = await em.find(
        HouseholdTag,
        { household: { $in: ids }, removedAt: null },
        { orderBy: { setAt: 'asc' } },
      );
      await this.loadNames(em, page.items, names);
      const byHousehold = new Map<string, Resident[]>();
      for (const r of residents) byHousehold.set(r.household.id, [...(byHousehold.get(r.household.id) ?? []), r]);
      const tagsOf = new Map<string, string[]>();
      for (const t of tags) {
        if (SENSITIVE_TAGS.has(t.tag) && !sensitive) continue;
        tagsOf.set(t.household.id, [...(tagsOf.get(t.household.id) ?? []), HOUSEHOLD_TAG_LABELS[t.tag]]);
      }
      for (const h of page.items) {
        households++;
        const household: Omit<Row, 'name' | 'relation' | 'sex' | 'idCardNo' | 'phone' | 'birthDate' | 'occupation'> = {
          householdKey: String(households),
          group: h.group ? (names.get(h.group.id) ?? '') : '',
          grid: h.grid ? (names.get(h.grid.id) ?? '') : '',
          address: h.address,
          incomeBand: h.incomeBand ? INCOME_BAND_LABELS[h.incomeBand] : '',
          production: h.productionSituation ?? '',
          living: h.livingSituation ?? '',
          difficulties: h.difficulties ?? '',
          tags: (tagsOf.get(h.id) ?? []).join('、'),
        };
        for (const r of byHousehold.get(h.id) ?? []) {
          rows++;
          sheet
            .addRow({
              ...household,
              name: r.name,
              relation: r.relation,
              sex: r.sex === Sex.MALE ? '男' : '女',
              idCardNo: unmasked && r.idCardCipher ? this.crypto.decrypt(r.idCardCipher) : (r.idCardMasked ?? ''),
              phone: unmasked && r.phoneCipher ? this.crypto.decrypt(r.phoneCipher) : (r.phoneMasked ?? ''),
              // without PERSONAL_DATA_READ the year only: a full date narrows a masked ID number to a few candidates
              birthDate: (sensitive ? r.birthDate : r.birthDate?.slice(0, 4)) ?? '',
              occupation: r.occupation ?? '',
            } satisfies Row)
            .commit();
        }
      }
      if (!page.hasNextPage) break;
      after = page.endCursor;
      em.clear();
    }
    sheet.commit();
    await wb.commit();
    await finished;

    const region = await this.em.findOne(Region, { code: scopeCode });
    new AuditService(this.em, this.principal).record({
      action: AuditAction.EXPORT,
      subjectType: 'Household',
      subjectId: null,
      divisionCode: scopeCode,
      reason: why || '导出人员信息台账（脱敏）',
      detail: JSON.stringify({ unmasked, households, rows, regionCode: scopeCode }),
    });
    await this.em.flush();
    const day = new Date().toISOString().slice(0, 10).replace(/-/g, '');
    return fileDownload(
      `人员信息台账_${region?.name ?? scopeCode}_${day}${unmasked ? '_明文' : ''}.xlsx`,
      XLSX_CONTENT_TYPE,
      Buffer.concat(chunks),
    );
  }

  /** Grid and villager-group names of a page, one statement each for those not seen yet. */
  private async loadNames(em: EntityManager, items: Household[], names: Map<string, string>): Promise<void> {
    const gridIds = [...new Set(items.flatMap((h) => (h.grid && !names.has(h.grid.id) ? [h.grid.id] : [])))];
    const groupIds = [...new Set(items.flatMap((h) => (h.group && !names.has(h.group.id) ? [h.group.id] : [])))];
    const grids = gridIds.length ? await em.find(Grid, { id: { $in: gridIds } }) : [];
    const groups = groupIds.length ? await em.find(VillagerGroup, { id: { $in: groupIds } }) : [];
    for (const g of [...grids, ...groups]) names.set(g.id, g.name);
  }
}
