import { gqlRequest, useIsPhone, useT, COLORS } from '@xiangzhi/platform';
import { Alert, Button, Flex, Form } from 'antd';
import type { ResidentDetail } from '../../api/household';
import { ADD_RESIDENT_MUTATION, UPDATE_RESIDENT_MUTATION } from '../../api/register-forms';
import { formFieldOf } from '../../lib/errors';
import { useSaveForm } from '../../lib/useSaveForm';
import { ConflictAlert } from '../ConflictAlert';
import { RESIDENT_FIELDS, ResidentFields, residentInput, type ResidentValues } from './ResidentFields';

export interface ResidentFormProps {
  householdId: string;
  /** The member edited; none adds a member. */
  resident?: ResidentDetail;
  onSaved(): void;
  onCancel(): void;
  onReload(): void;
}

/** Adds a family member, or edits one with its version (CONFLICT when someone saved in between). */
export function ResidentForm({ householdId, resident, onSaved, onCancel, onReload }: ResidentFormProps) {
  const t = useT();
  const isPhone = useIsPhone();
  const [form] = Form.useForm<ResidentValues>();
  const { saving, error, conflict, save } = useSaveForm(form, {
    fieldOf: (field) => formFieldOf(field, RESIDENT_FIELDS),
    conflictFallback: t('gov.household.conflict'),
  });
  const head = resident?.isHead ?? false;

  const submit = (values: ResidentValues) =>
    save(async () => {
      if (resident) {
        const input = {
          id: resident.id,
          version: resident.version,
          ...residentInput(values, { head, keepEmpty: true }),
        };
        await gqlRequest(UPDATE_RESIDENT_MUTATION, { input });
      } else {
        await gqlRequest(ADD_RESIDENT_MUTATION, { input: { householdId, resident: residentInput(values) } });
      }
      onSaved();
    });

  return (
    <Form<ResidentValues>
      form={form}
      layout="vertical"
      requiredMark={false}
      disabled={saving}
      onFinish={submit}
      initialValues={
        resident
          ? {
              name: resident.name,
              relation: resident.relation ?? undefined,
              sex: resident.sex ?? undefined,
              birthDate: resident.birthDate ?? undefined,
              occupation: resident.occupation ?? undefined,
            }
          : {}
      }
      style={{ padding: 12, background: COLORS.fillAlt, borderRadius: 6, marginBottom: 12 }}
      data-testid="resident-form"
    >
      <ConflictAlert message={conflict} testId="resident" onReload={onReload} />
      <ResidentFields head={head} editing={Boolean(resident)} testId="resident-form" />
      {error ? (
        <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} data-testid="resident-error" />
      ) : null}
      <Flex gap={8} justify="flex-end">
        <Button size={isPhone ? 'large' : 'middle'} onClick={onCancel} data-testid="resident-cancel">
          {t('gov.common.cancel')}
        </Button>
        <Button
          size={isPhone ? 'large' : 'middle'}
          type="primary"
          htmlType="submit"
          loading={saving}
          disabled={conflict !== null}
          data-testid="resident-save"
        >
          {t('gov.resForm.save')}
        </Button>
      </Flex>
    </Form>
  );
}
