import { entityNotFound, invalidInput, type AppError } from '@xiangzhi/subgraph-kit';

/** A bad upload or claim: `ATTACHMENT_<FIELD>_INVALID` with the field and the message. */
export const attachmentInput = invalidInput('ATTACHMENT');

/** An attachment id that is unknown, malformed or someone else's upload: one answer for all three. */
export const attachmentNotFound = (field: string): AppError =>
  entityNotFound('ATTACHMENT', field, '附件不存在，或不是您上传的');
