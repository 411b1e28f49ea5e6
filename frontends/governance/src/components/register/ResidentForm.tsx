import { gqlRequest, useT, COLORS } from '@xiangzhi/platform';
import { Form } from 'antd';
import type { ResidentDetail } from '../../api/household';
import { ADD_RESIDENT_MUTATION, UPDATE_RESIDENT_MUTATION } from '../../api/register-forms';
import { formFieldOf } from '../../lib/errors';
import { useSaveForm } from '../../lib/useSaveForm';
import { ConflictAlert } from '../ConflictAlert';
import { RESIDENT_FIELDS, ResidentFields, residentInput, type ResidentValues } from './ResidentFields';
import { FormFooter } from '../FormFooter';

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
      <FormFooter
        testId="resident"
        error={error}
        saving={saving}
        disabled={conflict !== null}
        saveLabel={t('gov.resForm.save')}
        onCancel={onCancel}
      />
    </Form>
  );
}
