import ExcelJS from 'exceljs';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Action, authorize, type Principal } from '@xiangzhi/auth';
import { AUDIT_ACTION_LABELS, AUDIT_OUTCOME_LABELS, AuditAction, AuditRecord } from './audit-record.entity.js';
import { AuditService, type AuditFilter } from './audit.service.js';
import { FileDownload, XLSX_CONTENT_TYPE, fileDownload } from '@xiangzhi/subgraph-kit';
import { auditInput } from './audit.errors.js';

/** More rows than this in one file: the auditor narrows the time range instead. */
export const AUDIT_EXPORT_MAX_ROWS = 50_000;

const COLUMNS: { header: string; key: string; width: number }[] = [
  { header: '时间', key: 'at', width: 20 },
  { header: '动作', key: 'action', width: 16 },
  { header: '结果', key: 'outcome', width: 8 },
  { header: '操作人', key: 'actorName', width: 18 },
  { header: '操作人账号编号', key: 'actorId', width: 38 },
  { header: '客户端地址', key: 'clientAddress', width: 18 },
  { header: '对象类型', key: 'subjectType', width: 14 },
  { header: '对象编号', key: 'subjectId', width: 38 },
  { header: '区划代码', key: 'divisionCode', width: 14 },
  { header: '事由', key: 'reason', width: 30 },
  { header: '补充信息', key: 'detail', width: 60 },
];

/** Beijing time as people read it, whatever the server's time zone. */
const beijing = (d: Date): string => new Date(d.getTime() + 8 * 3_600_000).toISOString().slice(0, 19).replace('T', ' ');

/** A text cell Excel will not run as a formula (CSV/XLSX injection: a username or detail starting with = + - @). */
const cell = (s: string | null): string => (s && /^[=+\-@\t\r]/.test(s) ? `'${s}` : (s ?? ''));

/** The audit search as an .xlsx for the auditor; the export itself is audited. */
export class AuditExportService {
  constructor(
    private readonly em: EntityManager,
    private readonly principal: Principal,
    private readonly clientAddress: string | null,
  ) {}

  async export(filter: AuditFilter): Promise<FileDownload> {
    authorize(this.principal, Action.AUDIT_EXPORT);
    const audit = new AuditService(this.em, this.principal, this.clientAddress);
    const where = audit.where(filter);
    const total = await this.em.count(AuditRecord, where);
    if (total > AUDIT_EXPORT_MAX_ROWS)
      throw auditInput(
        'from',
        `符合条件的记录有 ${total} 条，超过单次导出上限 ${AUDIT_EXPORT_MAX_ROWS} 条，请缩小时间范围`,
      );
    const rows = await this.em.find(AuditRecord, where, { orderBy: [{ at: 'desc' }, { id: 'desc' }] });

    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('审计记录', { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = COLUMNS;
    sheet.getRow(1).font = { bold: true };
    for (const r of rows) {
      sheet.addRow({
        at: beijing(r.at),
        action: AUDIT_ACTION_LABELS[r.action],
        outcome: AUDIT_OUTCOME_LABELS[r.outcome],
        actorName: cell(r.actorName),
        actorId: r.actorId ?? '',
        clientAddress: cell(r.clientAddress),
        subjectType: r.subjectType,
        subjectId: r.subjectId ?? '',
        divisionCode: r.divisionCode,
        reason: cell(r.reason),
        detail: cell(r.detail),
      });
    }
    const content = Buffer.from(await wb.xlsx.writeBuffer());

    audit.record({
      action: AuditAction.EXPORT,
      subjectType: 'AuditLog',
      subjectId: null,
      divisionCode: this.principal.divisionCode,
      reason: '导出审计记录',
      detail: `导出 ${rows.length} 条；条件：${describe(filter)}`,
    });
    await this.em.flush();
    const stamp = beijing(new Date()).slice(0, 10).replace(/-/g, '');
    return fileDownload(`审计记录_${stamp}.xlsx`, XLSX_CONTENT_TYPE, content);
  }
}

function describe(f: AuditFilter): string {
  const parts = [
    f.actor?.trim() ? `操作人“${f.actor.trim()}”` : '',
    f.action ? `动作 ${AUDIT_ACTION_LABELS[f.action]}` : '',
    f.subjectId ? `对象 ${f.subjectId}` : '',
    f.from ? `自 ${beijing(f.from)}` : '',
    f.to ? `至 ${beijing(f.to)}` : '',
  ].filter(Boolean);
  return parts.length ? parts.join('，') : '全部';
}
