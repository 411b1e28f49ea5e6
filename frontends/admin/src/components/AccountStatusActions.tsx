import { gqlRequest, useT } from '@xiangzhi/platform';
import { Alert, Button, Flex } from 'antd';
import { useState } from 'react';
import {
  RESET_PASSWORD_MUTATION,
  SET_DISABLED_MUTATION,
  UNLOCK_ACCOUNT_MUTATION,
  type AccountDetail,
} from '../api/accounts';
import { formatTime } from '../lib/dates';
import { errorMessage } from '../lib/form-errors';
import { ConfirmButton } from './ConfirmButton';
import { StatusTag } from './StatusTag';
import { TemporaryPassword } from './TemporaryPassword';

export interface AccountStatusActionsProps {
  account: AccountDetail;
  /** System administrator: disable, enable, reset the password. */
  canManage: boolean;
  /** Security administrator: unlock a locked account. */
  canUnlock: boolean;
  onChanged(account: AccountDetail): void;
}

type Busy = 'unlock' | 'disable' | 'reset' | null;

/** Status, lock, and what the administrators may do about them. */
export function AccountStatusActions({ account, canManage, canUnlock, onChanged }: AccountStatusActionsProps) {
  const t = useT();
  const [busy, setBusy] = useState<Busy>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [temporaryPassword, setTemporaryPassword] = useState<string | null>(null);

  const run = async (kind: Exclude<Busy, null>, request: () => Promise<AccountDetail>, message: string | null) => {
    setBusy(kind);
    setError(null);
    setDone(null);
    try {
      onChanged(await request());
      setDone(message);
    } catch (caught) {
      setError(errorMessage(caught, t('admin.failed')));
    } finally {
      setBusy(null);
    }
  };

  const unlock = () =>
    run(
      'unlock',
      async () => (await gqlRequest(UNLOCK_ACCOUNT_MUTATION, { id: account.id })).unlockAccount,
      t('admin.account.unlocked'),
    );
  const setDisabled = (disabled: boolean) =>
    run(
      'disable',
      async () => {
        const variables = { id: account.id, disabled, version: account.version };
        return (await gqlRequest(SET_DISABLED_MUTATION, variables)).setAccountDisabled;
      },
      t('admin.saved'),
    );
  const reset = () =>
    run(
      'reset',
      async () => {
        const result = (await gqlRequest(RESET_PASSWORD_MUTATION, { id: account.id })).resetPassword;
        setTemporaryPassword(result.temporaryPassword);
        return result.account;
      },
      null,
    );

  const locked = account.status === 'LOCKED';
  return (
    <Flex vertical gap={12} data-testid="account-status-actions">
      <Flex gap={8} align="center" wrap>
        <StatusTag status={account.status} />
        {locked && account.lockedUntil ? (
          <span data-testid="account-locked-until">
            {t('admin.account.lockedUntil', { time: formatTime(account.lockedUntil) })}
          </span>
        ) : null}
      </Flex>
      <Flex gap={8} wrap>
        {canUnlock && locked ? (
          <Button type="primary" loading={busy === 'unlock'} onClick={() => void unlock()} data-testid="account-unlock">
            {t('admin.account.unlock')}
          </Button>
        ) : null}
        {canManage && !account.disabled ? (
          <ConfirmButton
            testId="account-disable"
            danger
            label={t('admin.account.disable')}
            question={t('admin.account.disableConfirm')}
            loading={busy === 'disable'}
            onConfirm={() => void setDisabled(true)}
          />
        ) : null}
        {canManage && account.disabled ? (
          <Button loading={busy === 'disable'} onClick={() => void setDisabled(false)} data-testid="account-enable">
            {t('admin.account.enable')}
          </Button>
        ) : null}
        {canManage ? (
          <ConfirmButton
            testId="account-reset"
            label={t('admin.account.reset')}
            question={t('admin.account.resetConfirm')}
            loading={busy === 'reset'}
            onConfirm={() => void reset()}
          />
        ) : null}
      </Flex>
      {error ? <Alert type="error" showIcon title={error} data-testid="account-action-error" /> : null}
      {done ? <Alert type="success" showIcon title={done} data-testid="account-action-done" /> : null}
      {temporaryPassword ? <TemporaryPassword password={temporaryPassword} /> : null}
    </Flex>
  );
}
