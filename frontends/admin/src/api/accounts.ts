// Documents in accounts.graphql; their types are generated (`npm run codegen`).
import type {
  AccountStatus,
  AdminAccountDetailFragment,
  AdminAccountRowFragment,
  AdminCreateAccountMutation,
} from '../gql/graphql';

export {
  AdminAccountDocument as ACCOUNT_QUERY,
  AdminAccountsDocument as ACCOUNTS_QUERY,
  AdminAssignRolesDocument as ASSIGN_ROLES_MUTATION,
  AdminCreateAccountDocument as CREATE_ACCOUNT_MUTATION,
  AdminResetPasswordDocument as RESET_PASSWORD_MUTATION,
  AdminSetAccountDisabledDocument as SET_DISABLED_MUTATION,
  AdminUnlockAccountDocument as UNLOCK_ACCOUNT_MUTATION,
  AdminUpdateAccountDocument as UPDATE_ACCOUNT_MUTATION,
} from '../gql/graphql';
export type { AccountStatus } from '../gql/graphql';

export const ACCOUNT_STATUSES: readonly AccountStatus[] = ['ACTIVE', 'LOCKED', 'DISABLED'];

export type AccountRow = AdminAccountRowFragment;
export type AccountDetail = AdminAccountDetailFragment;
export type CreatedAccount = AdminCreateAccountMutation['createAccount'];
