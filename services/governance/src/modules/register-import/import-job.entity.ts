import { Entity, Enum, Index, Property, type Opt } from '@mikro-orm/core';
import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '@xiangzhi/subgraph-kit';

export enum ImportStatus {
  VALIDATING = 'VALIDATING',
  VALIDATED = 'VALIDATED',
  IMPORTING = 'IMPORTING',
  DONE = 'DONE',
  FAILED = 'FAILED',
}
export enum ImportMode {
  ALL_OR_NOTHING = 'ALL_OR_NOTHING',
  VALID_ONLY = 'VALID_ONLY',
}

registerEnumType(ImportStatus, {
  name: 'ImportStatus',
  description: '导入任务状态 / Import job status',
  valuesConfig: {
    VALIDATING: { description: '正在校验（尚未写入任何数据）' },
    VALIDATED: { description: '校验完成，等待选择导入方式' },
    IMPORTING: { description: '正在写入' },
    DONE: { description: '导入完成' },
    FAILED: { description: '失败（见错误报告）' },
  },
});
registerEnumType(ImportMode, {
  name: 'ImportMode',
  description: '导入方式 / Import mode',
  valuesConfig: {
    ALL_OR_NOTHING: { description: '全部导入：有任何错误行则不导入' },
    VALID_ONLY: { description: '只导入无错误的户' },
  },
});

/** A problem of the file as a whole (no header row, …) or of the run; row problems live on the staged rows. */
export interface JobProblem {
  row: number;
  column: string;
  message: string;
}

/** An Excel import of the register: validated first (report), then written as the user chooses. */
@ObjectType('ImportJob', { description: '人员信息台账导入任务 / Register import job' })
@Entity({ tableName: 'import_job' })
export class ImportJob extends BaseEntity {
  @Field(() => ID, { description: '编号' })
  declare id: string;

  /** The village imported into. */
  @Field(() => String, { description: '导入到的村区划代码' })
  @Index()
  @Property({ type: 'string', length: 12 })
  divisionCode!: string;

  @Property({ type: 'string', length: 64 })
  createdBy!: string;

  @Field(() => String, { description: '文件名' })
  @Property({ type: 'string', length: 200 })
  fileName!: string;

  @Field(() => ImportStatus, { description: '状态' })
  @Enum({ items: () => ImportStatus, type: 'string' })
  status: Opt<ImportStatus> = ImportStatus.VALIDATING;

  @Field(() => ImportMode, { nullable: true, description: '选择的导入方式；尚未导入时为空' })
  @Enum({ items: () => ImportMode, type: 'string', nullable: true })
  mode: ImportMode | null = null;

  @Field(() => Int, { description: '数据行数（不含表头和空行）' })
  @Property({ type: 'integer', default: 0 })
  totalRows: Opt<number> = 0;

  @Field(() => Int, { description: '可导入的行数（本行及同户各行均无错误）' })
  @Property({ type: 'integer', default: 0 })
  validRows: Opt<number> = 0;

  @Field(() => Int, { description: '有错误的行数（含因同户其他行有错而暂不导入的行）' })
  @Property({ type: 'integer', default: 0 })
  errorRows: Opt<number> = 0;

  @Field(() => Int, { description: '已写入的行数' })
  @Property({ type: 'integer', default: 0 })
  processedRows: Opt<number> = 0;

  @Field(() => Int, { description: '新建的户数' })
  @Property({ type: 'integer', default: 0 })
  createdHouseholds: Opt<number> = 0;

  @Field(() => Int, { description: '更新的已有户数（按身份证号匹配）' })
  @Property({ type: 'integer', default: 0 })
  updatedHouseholds: Opt<number> = 0;

  @Field(() => Float, { description: '当前阶段（校验或写入）的进度，0 到 1' })
  @Property({ type: 'double', default: 0 })
  progress: Opt<number> = 0;

  /**
   * Problems of the file as a whole or of the run: [{ row, column, message }] (Chinese). Row problems are on
   * import_row.
   */
  @Property({ type: 'json', nullable: true })
  report: JobProblem[] | null = null;

  @Field(() => Date, { description: '创建时间' })
  declare createdAt: Date;

  @Field(() => Date, { nullable: true, description: '完成时间' })
  @Property({ type: 'datetime', nullable: true })
  finishedAt: Date | null = null;
}

/** One (row, column, message) of the report. */
@ObjectType('ImportRowError', { description: '导入错误（行、列、原因）/ Import row error' })
export class ImportRowError {
  @Field(() => Int, { description: 'Excel 中的行号（表头为第 1 行时数据从第 2 行起）；0 表示整个文件' })
  row!: number;

  @Field(() => String, { description: '列名，如“身份证号”；整行或整个文件的问题为空字符串' })
  column!: string;

  @Field(() => String, { description: '错误原因（中文）' })
  message!: string;
}
