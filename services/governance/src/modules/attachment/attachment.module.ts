import type { GovernanceModule } from '../../module.js';
import { Attachment } from './attachment.entity.js';
import { AttachmentResolver } from './attachment.resolver.js';

/** What the attachment module adds to the governance subgraph: photo uploads and their signed links. */
export const attachmentModule: GovernanceModule = {
  entities: [Attachment],
  resolvers: [AttachmentResolver],
  references: {},
};
