// Documents in service-orders.graphql; their types are generated (`npm run codegen`).
import type { GovernanceServiceOrderFragment, ServiceOrderAction, ServiceOrderStatus } from '../gql/graphql';

export {
  GovernanceAcceptServiceOrderDocument as ACCEPT_SERVICE_ORDER_MUTATION,
  GovernanceCancelServiceOrderDocument as CANCEL_SERVICE_ORDER_MUTATION,
  GovernanceCompleteServiceOrderDocument as COMPLETE_SERVICE_ORDER_MUTATION,
  GovernanceConvertServiceOrderDocument as CONVERT_SERVICE_ORDER_MUTATION,
  GovernanceDispatchServiceOrderDocument as DISPATCH_SERVICE_ORDER_MUTATION,
  GovernanceServiceOrdersDocument as SERVICE_ORDERS_QUERY,
  GovernanceTakeServiceOrderDocument as TAKE_SERVICE_ORDER_MUTATION,
} from '../gql/graphql';

export type ServiceOrderRow = GovernanceServiceOrderFragment;
export type { ServiceOrderAction, ServiceOrderStatus };

/** The board's tabs: which statuses each shows (labels: messages/service-orders.ts). */
export const ORDER_TABS: readonly { key: string; statuses: readonly ServiceOrderStatus[] }[] = [
  { key: 'waiting', statuses: ['ORDERED'] },
  { key: 'posted', statuses: ['POSTED'] },
  { key: 'working', statuses: ['DISPATCHED', 'ACCEPTED'] },
  { key: 'done', statuses: ['DONE', 'RATED'] },
  { key: 'closed', statuses: ['CANCELLED', 'CONVERTED'] },
];
