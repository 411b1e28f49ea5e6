import { Directive, Field, ObjectType } from 'type-graphql';

/** A generated file handed to the browser (Excel, PDF): the register template and export, rosters, contact cards. */
// shareable: governance and meetings both answer with it (a value type, the same in every subgraph)
@Directive('@shareable')
@ObjectType('FileDownload', { description: '下载文件（base64 编码）/ A file to download' })
export class FileDownload {
  @Field(() => String, { description: '文件名，如“人员信息台账.xlsx”' })
  fileName!: string;

  @Field(() => String, {
    description: 'MIME 类型，如 application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  })
  contentType!: string;

  @Field(() => String, { description: '文件内容（base64）' })
  contentBase64!: string;
}

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const fileDownload = (fileName: string, contentType: string, content: Buffer): FileDownload =>
  Object.assign(new FileDownload(), { fileName, contentType, contentBase64: content.toString('base64') });
