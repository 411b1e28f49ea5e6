import type { EntityManager } from '@mikro-orm/postgresql';
import { Action, can, type Principal } from '@xiangzhi/auth';
import {
  charCount,
  forbidden,
  groupBy,
  hasControlChars,
  imageTypeOf,
  isUuid,
  type FileAccess,
} from '@xiangzhi/subgraph-kit';
import { Attachment } from './attachment.entity.js';
import { attachmentInput, attachmentNotFound } from './attachment.errors.js';
import type { UploadAttachmentInput } from './dto/upload-attachment.input.js';

export const MAX_ATTACHMENT_BYTES = 5 * 1024 * 1024;
/** Photos one record takes (a phone's picker offers nine). */
export const MAX_ATTACHMENTS_PER_OWNER = 9;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** Who may upload: whoever raises cases or checks in on patrols. */
const mayUpload = (p: Principal): boolean => can(p, Action.CASE_RAISE) || can(p, Action.PATROL_CHECK_IN);

/** Uploads and claims of photos; the bytes go to the FileStorage, the row says whose they are. */
export class AttachmentService {
  constructor(
    private readonly em: EntityManager,
    private readonly principal: Principal,
    private readonly files: FileAccess,
  ) {}

  async upload(input: UploadAttachmentInput): Promise<Attachment> {
    if (!mayUpload(this.principal)) throw forbidden('您没有上传照片的权限（登记民情或巡查签到的人员才能上传）');
    const fileName = input.fileName.trim();
    if (!fileName || charCount(fileName) > 100 || hasControlChars(fileName) || /[/\\]/.test(fileName))
      throw attachmentInput('fileName', '文件名须为 1～100 个字，不能含斜杠或控制字符');
    const data = input.dataBase64.replace(/\s+/g, '');
    if (!data || data.length % 4 !== 0 || !BASE64.test(data))
      throw attachmentInput('dataBase64', '文件内容不是有效的 base64 编码');
    const bytes = Buffer.from(data, 'base64');
    if (bytes.length > MAX_ATTACHMENT_BYTES)
      throw attachmentInput('dataBase64', `照片不能超过 5 MB（本张 ${(bytes.length / 1024 / 1024).toFixed(1)} MB）`);
    // the declared type is the browser's guess from the name: the first bytes decide
    const type = imageTypeOf(bytes);
    if (!type) throw attachmentInput('contentType', '只能上传 JPEG、PNG 或 WebP 格式的照片');
    const attachment = this.em.create(Attachment, {
      fileName,
      contentType: type,
      size: bytes.length,
      uploadedByAccountId: this.principal.accountId,
      divisionCode: this.principal.divisionCode,
    });
    // bytes first: a row never names a file that is not there (an unclaimed file without a row is harmless)
    await this.files.storage.put(this.files.storageKey(attachment.id), bytes, type);
    await this.em.flush();
    return attachment;
  }

  /**
   * Attaches the caller's own unclaimed uploads to a record, in the caller's transaction (flushed
   * with the record). Someone else's upload, an unknown id and a malformed one answer alike.
   */
  static async claim(
    em: EntityManager,
    ids: readonly string[],
    ownerType: string,
    ownerId: string,
    principal: Principal,
    field = 'attachmentIds',
  ): Promise<Attachment[]> {
    const wanted = [...new Set(ids)];
    if (!wanted.length) return [];
    if (wanted.length > MAX_ATTACHMENTS_PER_OWNER)
      throw attachmentInput(field, `每条记录最多 ${MAX_ATTACHMENTS_PER_OWNER} 张照片`);
    if (!wanted.every(isUuid)) throw attachmentNotFound(field);
    const found = await em.find(Attachment, { id: { $in: wanted }, uploadedByAccountId: principal.accountId });
    if (found.length !== wanted.length) throw attachmentNotFound(field);
    if (found.some((a) => a.ownerId !== null && !(a.ownerType === ownerType && a.ownerId === ownerId)))
      throw attachmentInput(field, '照片已用于另一条记录，请重新上传');
    const now = new Date();
    for (const a of found) Object.assign(a, { ownerType, ownerId, claimedAt: a.claimedAt ?? now });
    return found;
  }

  /** The claimed photos of each owner, oldest first: one statement for a whole list. */
  static async attachmentsOf(
    em: EntityManager,
    ownerType: string,
    ownerIds: readonly string[],
  ): Promise<Map<string, Attachment[]>> {
    if (!ownerIds.length) return new Map();
    const rows = await em.find(
      Attachment,
      { ownerType, ownerId: { $in: [...ownerIds] } },
      { orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] },
    );
    return groupBy(
      rows,
      (a) => a.ownerId!,
      (a) => a,
    );
  }
}
