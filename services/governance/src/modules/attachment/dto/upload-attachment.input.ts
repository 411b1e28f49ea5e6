import { Field, InputType } from 'type-graphql';
import { MaxLength } from '@xiangzhi/subgraph-kit';

/** base64 of the largest photo taken (5 MB) and a little: a larger one is refused by the service with its message. */
const MAX_BASE64_CHARS = 7_200_000;

@InputType('UploadAttachmentInput', { description: '上传照片（JPEG、PNG 或 WebP，最大 5 MB）' })
export class UploadAttachmentInput {
  @Field(() => String, { description: '文件名，如 IMG_0001.jpg（最多 100 字）' })
  @MaxLength(200)
  fileName!: string;

  @Field(() => String, { description: '声明的 MIME 类型（仅作参考，以文件内容为准）' })
  @MaxLength(100)
  contentType!: string;

  @Field(() => String, { description: '文件内容（base64）' })
  @MaxLength(MAX_BASE64_CHARS)
  dataBase64!: string;
}
