import { gqlRequest, useT, COLORS } from '@xiangzhi/platform';
import { Alert, Button, Flex, Form, Input, Radio } from 'antd';
import { useState } from 'react';
import {
  CLOSE_TYPES,
  SATISFACTION_RATINGS,
  TRANSITION_CASE_MUTATION,
  type CaseAction,
  type CaseDetail,
} from '../../api/cases';
import { ACTION_FORMS, transitionInput, type ActionValues } from '../../lib/cases';
import { asRequestError, formFieldOf } from '../../lib/errors';
import { ConflictAlert } from '../ConflictAlert';
import { CadrePicker } from './CadrePicker';

/** The error codes of a stale `version`: someone acted on the case in between. */
const CONFLICT_CODES = ['CASE_VERSION_CONFLICT', 'CONFLICT'];
/** extensions.field → the form's field (the server names the input's field). */
const FIELD_NAMES = ['reason', 'cadreId', 'closeType', 'result', 'satisfaction', 'feedback', 'days'] as const;

export interface CaseActionFormProps {
  item: CaseDetail;
  action: CaseAction;
  onDone(updated: CaseDetail): void;
  onCancel(): void;
  /** After a version conflict: fetch the case again (the form closes). */
  onReload(): void;
}

/** One action's small form (reason, cadre, close type + result, rating + feedback, days), sent with `version`. */
export function CaseActionForm({ item, action, onDone, onCancel, onReload }: CaseActionFormProps) {
  const t = useT();
  const [form] = Form.useForm<ActionValues>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [conflict, setConflict] = useState<string | null>(null);
  const spec = ACTION_FORMS[action];
  const has = (field: (typeof spec.fields)[number]) => spec.fields.includes(field);
  const required = (message: string) => [{ required: true, whitespace: true, message }];

  const submit = async (values: ActionValues) => {
    setBusy(true);
    setError(null);
    setConflict(null);
    try {
      const days = values.days === undefined ? undefined : Number(values.days);
      const data = await gqlRequest(TRANSITION_CASE_MUTATION, {
        input: transitionInput(item.id, item.version, action, { ...values, days }),
      });
      onDone(data.transitionCase);
    } catch (caught) {
      const failure = asRequestError(caught, t('gov.common.failed'));
      const field = formFieldOf(failure.field, FIELD_NAMES);
      if (CONFLICT_CODES.includes(failure.code)) setConflict(failure.message || t('gov.case.conflict'));
      else if (field) form.setFields([{ name: field as keyof ActionValues, errors: [failure.message] }]);
      else setError(failure.message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Form<ActionValues>
      form={form}
      layout="vertical"
      requiredMark={false}
      onFinish={submit}
      style={{ padding: 12, background: COLORS.fillAlt, borderRadius: 6, marginTop: 8 }}
      data-testid="case-action-form"
      data-action={action}
    >
      <strong style={{ display: 'block', marginBottom: 8 }}>{t(`gov.caseAction.${action}`)}</strong>
      {has('cadre') ? (
        <Form.Item
          name="cadreId"
          label={t('gov.form.cadre')}
          rules={[{ required: true, message: t('gov.form.cadreRequired') }]}
        >
          <CadrePicker regionCode={item.divisionCode} />
        </Form.Item>
      ) : null}
      {has('closeType') ? (
        <Form.Item
          name="closeType"
          label={t('gov.form.closeType')}
          rules={[{ required: true, message: t('gov.form.closeTypeRequired') }]}
        >
          <Radio.Group
            optionType="button"
            options={CLOSE_TYPES.map((value) => ({ value, label: t(`gov.closeType.${value}`) }))}
            data-testid="case-form-close-type"
          />
        </Form.Item>
      ) : null}
      {has('result') ? (
        <Form.Item name="result" label={t('gov.form.result')} rules={required(t('gov.form.resultRequired'))}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} data-testid="case-form-result" />
        </Form.Item>
      ) : null}
      {has('satisfaction') ? (
        <Form.Item
          name="satisfaction"
          label={t('gov.form.satisfaction')}
          rules={[{ required: true, message: t('gov.form.satisfactionRequired') }]}
        >
          <Radio.Group
            optionType="button"
            buttonStyle="solid"
            size="large"
            options={SATISFACTION_RATINGS.map((value) => ({ value, label: t(`gov.satisfaction.${value}`) }))}
            data-testid="case-form-satisfaction"
          />
        </Form.Item>
      ) : null}
      {has('feedback') ? (
        <Form.Item name="feedback" label={t('gov.form.feedback')} rules={required(t('gov.form.feedbackRequired'))}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={500} data-testid="case-form-feedback" />
        </Form.Item>
      ) : null}
      {has('days') ? (
        <Form.Item
          name="days"
          label={t('gov.form.days')}
          rules={[
            {
              required: true,
              validator: async (_, value: unknown) => {
                const days = Number(value);
                if (!Number.isInteger(days) || days < 1 || days > 30) throw new Error(t('gov.form.daysRequired'));
              },
            },
          ]}
        >
          <Input type="number" inputMode="numeric" min={1} max={30} size="large" data-testid="case-form-days" />
        </Form.Item>
      ) : null}
      {has('reason') ? (
        <Form.Item
          name="reason"
          label={t('gov.form.reason')}
          rules={spec.reasonRequired ? required(t('gov.form.reasonRequired')) : []}
        >
          <Input.TextArea
            autoSize={{ minRows: 2, maxRows: 5 }}
            maxLength={500}
            placeholder={t('gov.form.reasonPlaceholder')}
            data-testid="case-form-reason"
          />
        </Form.Item>
      ) : null}
      <ConflictAlert message={conflict} testId="case-version" onReload={onReload} />
      {error ? (
        <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} data-testid="case-action-error" />
      ) : null}
      <Flex gap={8} justify="flex-end">
        <Button onClick={onCancel} disabled={busy} data-testid="case-action-cancel">
          {t('gov.common.cancel')}
        </Button>
        <Button type="primary" danger={spec.danger} htmlType="submit" loading={busy} data-testid="case-action-submit">
          {t(`gov.caseAction.${action}`)}
        </Button>
      </Flex>
    </Form>
  );
}
