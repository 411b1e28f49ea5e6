export { PointEntryRequest, PointRequestKind, PointRequestStatus } from './point-entry-request.entity.js';
export { PointApprovalService, validateRequest, type PointRequestInput } from './point-approval.service.js';
export { PointApprovalResolver } from './point-approval.resolver.js';
