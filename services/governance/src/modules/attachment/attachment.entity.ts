import { Entity, Index, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '@xiangzhi/subgraph-kit';

/**
 * A photo taken on a phone (a case, a patrol check-in): uploaded first, unclaimed, then claimed by
 * the record it belongs to in that record's own transaction. The bytes live in the FileStorage.
 */
@ObjectType('Attachment', { description: '附件（照片）/ Attachment' })
@Entity({ tableName: 'attachment' })
@Index({ properties: ['ownerType', 'ownerId'] })
export class Attachment extends BaseEntity {
  @Field(() => ID, { description: '编号' })
  declare id: string;

  @Field(() => String, { description: '文件名' })
  @Property({ type: 'string', length: 100 })
  fileName!: string;

  @Field(() => String, { description: 'MIME 类型（按文件内容判定）：image/jpeg、image/png 或 image/webp' })
  @Property({ type: 'string', length: 32 })
  contentType!: string;

  @Field(() => Int, { description: '大小（字节）' })
  @Property({ type: 'integer' })
  size!: number;

  /** Who uploaded it: only they may attach it to a record. */
  @Index()
  @Property({ type: 'uuid' })
  uploadedByAccountId!: string;

  /** The uploader's division when uploading (where the photo was taken, for housekeeping). */
  @Property({ type: 'string', length: 12 })
  divisionCode!: string;

  /** What it belongs to once claimed: `Case`, `PatrolCheckIn`, …; null while unclaimed. */
  @Property({ type: 'string', length: 32, nullable: true })
  ownerType: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  ownerId: string | null = null;

  @Property({ type: 'datetime', nullable: true })
  claimedAt: Date | null = null;

  @Field(() => Date, { description: '上传时间' })
  declare createdAt: Date;
}
