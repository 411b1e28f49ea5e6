// Public API of the attachment module: photos uploaded from a phone, claimed by a case or a patrol check-in.
// A module that owns photos claims them in its own transaction and lists them with attachmentsOf (batched).
export { attachmentModule } from './attachment.module.js';
export { Attachment } from './attachment.entity.js';
export { AttachmentService, MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS_PER_OWNER } from './attachment.service.js';
