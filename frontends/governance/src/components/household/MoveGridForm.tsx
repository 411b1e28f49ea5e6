import { ReloadOutlined } from '@ant-design/icons';
import { gqlRequest, useT, COLORS } from '@xiangzhi/platform';
import { Alert, Button, Flex, Input } from 'antd';
import { useState } from 'react';
import { MOVE_HOUSEHOLD_MUTATION, type HouseholdDetail, type MovedHousehold } from '../../api/household';
import { asRequestError, CONFLICT } from '../../lib/errors';
import { GridSelect } from '../GridSelect';

export interface MoveGridFormProps {
  household: HouseholdDetail;
  onMoved(moved: MovedHousehold): void;
  onCancel(): void;
  onReload(): void;
}

/** Moves the household to another area grid of its village, with a reason; a full grid refuses (GRID_FULL). */
export function MoveGridForm({ household, onMoved, onCancel, onReload }: MoveGridFormProps) {
  const t = useT();
  const [gridId, setGridId] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<{ message: string; field: string | null; conflict: boolean } | null>(null);

  const submit = async () => {
    if (!gridId) return;
    setBusy(true);
    setError(null);
    try {
      const input = { householdId: household.id, version: household.version, toGridId: gridId, reason: reason.trim() };
      const data = await gqlRequest(MOVE_HOUSEHOLD_MUTATION, { input });
      onMoved(data.moveHousehold);
    } catch (caught) {
      const failure = asRequestError(caught, t('gov.common.failed'));
      setError({ message: failure.message, field: failure.field, conflict: failure.code === CONFLICT });
    } finally {
      setBusy(false);
    }
  };

  const fieldIs = (name: string) => error?.field?.split('.').pop() === name;
  return (
    <Flex
      vertical
      gap={8}
      style={{ padding: 12, background: COLORS.fillAlt, borderRadius: 6, marginBottom: 8 }}
      data-testid="move-grid-form"
    >
      <GridSelect
        regionCode={household.villageCode}
        value={gridId}
        onChange={setGridId}
        testId="move-grid-select"
        areaOnly
        width="100%"
      />
      {fieldIs('toGridId') ? <span style={{ color: COLORS.error }}>{error?.message}</span> : null}
      <Input
        value={reason}
        maxLength={200}
        status={fieldIs('reason') ? 'error' : undefined}
        placeholder={t('gov.household.moveReason')}
        onChange={(event) => setReason(event.target.value)}
        data-testid="move-grid-reason"
      />
      {fieldIs('reason') ? <span style={{ color: COLORS.error }}>{error?.message}</span> : null}
      {error && !fieldIs('reason') && !fieldIs('toGridId') ? (
        <Alert
          type={error.conflict ? 'warning' : 'error'}
          showIcon
          title={error.message}
          action={
            error.conflict ? (
              <Button size="small" icon={<ReloadOutlined />} onClick={onReload} data-testid="move-grid-reload">
                {t('gov.household.reload')}
              </Button>
            ) : null
          }
          data-testid="move-grid-error"
        />
      ) : null}
      <Flex gap={8} justify="flex-end">
        <Button onClick={onCancel}>{t('gov.common.cancel')}</Button>
        <Button
          type="primary"
          disabled={!gridId || error?.conflict}
          loading={busy}
          onClick={submit}
          data-testid="move-grid-submit"
        >
          {t('gov.household.move')}
        </Button>
      </Flex>
    </Flex>
  );
}
