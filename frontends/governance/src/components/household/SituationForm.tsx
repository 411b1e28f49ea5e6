import { gqlRequest, useT } from '@xiangzhi/platform';
import { Form, Input } from 'antd';
import { INCOME_BANDS, type IncomeBand } from '../../api/enums';
import { UPDATE_HOUSEHOLD_MUTATION, type HouseholdDetail } from '../../api/household';
import { formFieldOf } from '../../lib/errors';
import { useSaveForm } from '../../lib/useSaveForm';
import { ConflictAlert } from '../ConflictAlert';
import { SituationItems } from './SituationItems';
import { GroupSelect } from '../register/GroupSelect';
import { Select } from '../LazySelect';
import { FormFooter } from '../FormFooter';

interface SituationValues {
  address: string;
  groupId: string | null;
  incomeBand: IncomeBand | null;
  productionSituation: string;
  livingSituation: string;
  difficulties: string;
}

const FIELDS = ['address', 'groupId', 'incomeBand', 'productionSituation', 'livingSituation', 'difficulties'] as const;

export type SavedSituation = Pick<
  HouseholdDetail,
  'id' | 'version' | 'address' | 'group' | 'incomeBand' | 'productionSituation' | 'livingSituation' | 'difficulties'
>;

export interface SituationFormProps {
  household: HouseholdDetail;
  onSaved(saved: SavedSituation): void;
  onCancel(): void;
  /** Reloads the household after a conflict (someone else saved first). */
  onReload(): void;
}

/**
 * Edits the household's situation with its version: if someone saved in between the server
 * answers CONFLICT and nothing is written; the user reloads and edits the fresh data.
 */
export function SituationForm({ household, onSaved, onCancel, onReload }: SituationFormProps) {
  const t = useT();
  const [form] = Form.useForm<SituationValues>();
  const { saving, error, conflict, save } = useSaveForm(form, {
    fieldOf: (field) => formFieldOf(field, FIELDS),
    conflictFallback: t('gov.household.conflict'),
  });

  const submit = (values: SituationValues) =>
    save(async () => {
      const input = {
        id: household.id,
        version: household.version,
        address: values.address.trim(),
        groupId: values.groupId ?? null,
        incomeBand: values.incomeBand ?? null,
        productionSituation: values.productionSituation.trim() || null,
        livingSituation: values.livingSituation.trim() || null,
        difficulties: values.difficulties.trim() || null,
      };
      const data = await gqlRequest(UPDATE_HOUSEHOLD_MUTATION, { input });
      onSaved(data.updateHousehold);
    });

  return (
    <Form<SituationValues>
      form={form}
      layout="vertical"
      requiredMark={false}
      disabled={saving}
      onFinish={submit}
      initialValues={{
        address: household.address,
        groupId: household.group?.id ?? null,
        incomeBand: household.incomeBand,
        productionSituation: household.productionSituation ?? '',
        livingSituation: household.livingSituation ?? '',
        difficulties: household.difficulties ?? '',
      }}
      data-testid="household-situation-form"
    >
      <ConflictAlert message={conflict} testId="household" onReload={onReload} />
      <Form.Item
        name="address"
        label={t('governance.address')}
        rules={[{ required: true, whitespace: true, message: t('gov.household.addressRequired') }]}
      >
        <Input maxLength={200} data-testid="situation-address" />
      </Form.Item>
      <Form.Item name="groupId" label={t('gov.hhForm.group')}>
        <GroupSelect villageCode={household.villageCode} testId="situation-group" />
      </Form.Item>
      <Form.Item name="incomeBand" label={t('gov.household.incomeBand')}>
        <Select<IncomeBand>
          allowClear
          options={INCOME_BANDS.map((band) => ({ value: band, label: t(`gov.income.${band}`) }))}
          data-testid="situation-income"
        />
      </Form.Item>
      <SituationItems testId="situation" difficultiesName="difficulties" />
      <FormFooter testId="situation" error={error} saving={saving} disabled={conflict !== null} onCancel={onCancel} />
    </Form>
  );
}
