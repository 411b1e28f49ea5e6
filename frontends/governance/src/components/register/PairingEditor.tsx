import { gqlRequest, nodesOf, useGqlQuery, useT, COLORS } from '@xiangzhi/platform';
import { Button, Flex, Form, Input } from 'antd';
import { useState } from 'react';
import type { CadreBrief } from '../../api/household';
import {
  END_PAIRING_MUTATION,
  HOUSEHOLD_PAIRINGS_QUERY,
  PAIR_HOUSEHOLD_MUTATION,
  SWAP_PAIRING_MUTATION,
  type HouseholdPairing,
} from '../../api/register-forms';
import { isoDate } from '../../lib/dates';
import { formFieldOf } from '../../lib/errors';
import { useSaveForm } from '../../lib/useSaveForm';
import { ConflictAlert } from '../ConflictAlert';
import { PairingSection } from '../household/HistorySections';
import { CadreSelect } from './CadreSelect';
import { FormFooter } from '../FormFooter';

type Mode = { kind: 'pair' } | { kind: 'swap' | 'end'; pairing: HouseholdPairing };
interface PairValues {
  cadreId?: string;
  toCadreId?: string;
  reason?: string;
}
const FIELDS = ['cadreId', 'toCadreId', 'reason'] as const;

export interface PairingEditorProps {
  householdId: string;
  villageCode: string;
  cadres: CadreBrief[];
  canManage: boolean;
  /** After a change: the household is loaded again. */
  onChanged(): void;
}

/** The household's cadres; the village office pairs one by hand, unpairs with a reason, or swaps (换人). */
export function PairingEditor({ householdId, villageCode, cadres, canManage, onChanged }: PairingEditorProps) {
  const t = useT();
  const [mode, setMode] = useState<Mode | null>(null);
  const pairings = useGqlQuery(HOUSEHOLD_PAIRINGS_QUERY, { householdId }, { skip: !canManage });
  const [form] = Form.useForm<PairValues>();
  const { saving, error, conflict, save } = useSaveForm(form, {
    // the end date is today's: a refusal of it is shown at the reason
    fieldOf: (field) => (field?.endsWith('endedOn') ? 'reason' : formFieldOf(field, FIELDS)),
    conflictFallback: t('gov.household.conflict'),
  });
  const open = (next: Mode) => {
    form.resetFields();
    setMode(next);
  };
  const done = () => {
    setMode(null);
    pairings.reload();
    onChanged();
  };

  const submit = (values: PairValues) =>
    save(async () => {
      if (!mode) return;
      const reason = values.reason?.trim() ?? '';
      if (mode.kind === 'pair')
        await gqlRequest(PAIR_HOUSEHOLD_MUTATION, { input: { householdId, cadreId: values.cadreId ?? '' } });
      else if (mode.kind === 'swap')
        await gqlRequest(SWAP_PAIRING_MUTATION, {
          input: { householdId, fromCadreId: mode.pairing.cadre.id, toCadreId: values.toCadreId ?? '', reason },
        });
      else
        await gqlRequest(END_PAIRING_MUTATION, {
          input: { id: mode.pairing.id, version: mode.pairing.version, endedOn: isoDate(), reason },
        });
      done();
    });

  const active = nodesOf(pairings.data?.pairings);
  const required = (message: string) => [{ required: true, whitespace: true, message }];
  return (
    <Flex vertical gap={8}>
      <PairingSection cadres={cadres} />
      {canManage ? (
        <Flex wrap gap={8} data-testid="pairing-actions">
          {active.map((pairing) => (
            <Flex key={pairing.id} gap={6} align="center" wrap data-testid="pairing-action-row">
              <span style={{ color: COLORS.textSecondary }}>{pairing.cadre.name}</span>
              <Button size="small" onClick={() => open({ kind: 'swap', pairing })} data-testid="pairing-swap">
                {t('gov.pairForm.swap')}
              </Button>
              <Button size="small" danger onClick={() => open({ kind: 'end', pairing })} data-testid="pairing-end">
                {t('gov.pairForm.end')}
              </Button>
            </Flex>
          ))}
          <Button size="small" type="primary" onClick={() => open({ kind: 'pair' })} data-testid="pairing-add">
            {t('gov.pairForm.pair')}
          </Button>
        </Flex>
      ) : null}
      {mode ? (
        <Form<PairValues>
          form={form}
          layout="vertical"
          requiredMark={false}
          disabled={saving}
          onFinish={submit}
          style={{ padding: 12, background: COLORS.fillAlt, borderRadius: 6 }}
          data-testid="pairing-form"
          data-mode={mode.kind}
        >
          <ConflictAlert message={conflict} testId="pairing" onReload={done} />
          {mode.kind === 'pair' ? (
            <Form.Item name="cadreId" label={t('gov.pairForm.cadre')} rules={required(t('gov.pairForm.cadre'))}>
              <CadreSelect villageCode={villageCode} testId="pairing-cadre" />
            </Form.Item>
          ) : null}
          {mode.kind === 'swap' ? (
            <Form.Item name="toCadreId" label={t('gov.pairForm.newCadre')} rules={required(t('gov.pairForm.cadre'))}>
              <CadreSelect villageCode={villageCode} exclude={mode.pairing.cadre.id} testId="pairing-to-cadre" />
            </Form.Item>
          ) : null}
          {mode.kind !== 'pair' ? (
            <Form.Item name="reason" rules={required(t('gov.pairForm.reason'))}>
              <Input maxLength={200} placeholder={t('gov.pairForm.reason')} data-testid="pairing-reason" />
            </Form.Item>
          ) : null}
          <FormFooter
            testId="pairing"
            error={error}
            saving={saving}
            saveLabel={t('gov.pairForm.submit')}
            saveTestId="pairing-submit"
            onCancel={() => setMode(null)}
          />
        </Form>
      ) : null}
    </Flex>
  );
}
