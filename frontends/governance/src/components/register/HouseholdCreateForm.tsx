import { gqlRequest, useIsPhone, useT } from '@xiangzhi/platform';
import { Alert, Card, Checkbox, Flex, Form, Input } from 'antd';
import { TAG_KINDS, type TagKind } from '../../api/enums';
import { SET_TAG_MUTATION } from '../../api/household';
import { CREATE_HOUSEHOLD_MUTATION } from '../../api/register-forms';
import { formFieldOf } from '../../lib/errors';
import { navigate } from '../../lib/routing';
import { useSaveForm } from '../../lib/useSaveForm';
import { GridSelect } from '../GridSelect';
import { GroupSelect } from './GroupSelect';
import { RESIDENT_FIELDS, ResidentFields, residentInput, type ResidentValues } from './ResidentFields';
import { FormFooter } from '../FormFooter';

interface HouseholdValues extends ResidentValues {
  address: string;
  gridId?: string | null;
  groupId?: string | null;
  tags?: TagKind[];
}

const FIELDS = ['address', 'gridId', 'groupId', 'tags', ...RESIDENT_FIELDS] as const;

export interface HouseholdCreateFormProps {
  /** The village the household is registered in (12 digits); null asks to pick one first. */
  villageCode: string | null;
  onCancel(): void;
}

/**
 * 新增农户: address, grid, villager group, special groups and the head; then the household page,
 * where the family members are added.
 */
export function HouseholdCreateForm({ villageCode, onCancel }: HouseholdCreateFormProps) {
  const t = useT();
  const isPhone = useIsPhone();
  const [form] = Form.useForm<HouseholdValues>();
  const { saving, error, save } = useSaveForm(form, { fieldOf: (field) => formFieldOf(field, FIELDS) });

  if (!villageCode)
    return <Alert type="info" showIcon title={t('gov.hhForm.pickVillage')} data-testid="household-create-pick" />;

  const submit = (values: HouseholdValues) =>
    save(async () => {
      const input = {
        villageCode,
        address: values.address.trim(),
        gridId: values.gridId ?? null,
        groupId: values.groupId ?? null,
        head: residentInput(values, { head: true }),
      };
      const { createHousehold } = await gqlRequest(CREATE_HOUSEHOLD_MUTATION, { input });
      for (const tag of values.tags ?? [])
        await gqlRequest(SET_TAG_MUTATION, { householdId: createHousehold.id, tag, note: null });
      navigate({ page: 'household', id: createHousehold.id });
    });

  return (
    <Card size="small" title={t('gov.hhForm.title')} style={{ marginBottom: 16 }}>
      <Form<HouseholdValues>
        form={form}
        layout="vertical"
        requiredMark={false}
        disabled={saving}
        onFinish={submit}
        data-testid="household-create-form"
      >
        <Form.Item
          name="address"
          label={t('governance.address')}
          rules={[{ required: true, whitespace: true, message: t('gov.household.addressRequired') }]}
        >
          <Input maxLength={200} data-testid="household-create-address" />
        </Form.Item>
        <Flex gap={12} vertical={isPhone}>
          <Form.Item name="gridId" label={t('gov.hhForm.grid')} style={{ flex: 1 }}>
            <GridSelect
              regionCode={villageCode}
              value={null}
              onChange={() => {}}
              areaOnly
              width="100%"
              testId="household-create-grid"
            />
          </Form.Item>
          <Form.Item name="groupId" label={t('gov.hhForm.group')} style={{ flex: 1 }}>
            <GroupSelect villageCode={villageCode} testId="household-create-group" />
          </Form.Item>
        </Flex>
        <Form.Item name="tags" label={t('gov.hhForm.tags')}>
          <Checkbox.Group
            options={TAG_KINDS.map((tag) => ({ value: tag, label: t(`gov.tag.${tag}`) }))}
            data-testid="household-create-tags"
          />
        </Form.Item>
        <h4 style={{ margin: '4px 0 8px' }}>{t('gov.hhForm.head')}</h4>
        <ResidentFields head testId="household-create-head" />
        <FormFooter
          testId="household-create"
          error={error}
          saving={saving}
          saveLabel={t('gov.hhForm.create')}
          onCancel={onCancel}
        />
      </Form>
    </Card>
  );
}
