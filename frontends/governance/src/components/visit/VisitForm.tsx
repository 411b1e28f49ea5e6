import { gqlRequest, useT } from '@xiangzhi/platform';
import { Alert, Button, Checkbox, Flex, Form, Input } from 'antd';
import { useEffect, useState } from 'react';
import type { VisitMethod } from '../../api/enums';
import { RECORD_VISIT_MUTATION, type RecordVisitInput, type VisitHousehold } from '../../api/visits';
import { isoDate } from '../../lib/dates';
import { formFieldOf } from '../../lib/errors';
import { useSaveForm } from '../../lib/useSaveForm';
import { ConflictAlert } from '../ConflictAlert';
import { SituationItems } from '../household/SituationItems';
import { TextAreaItem } from '../TextAreaItem';
import { MethodButtons } from './MethodButtons';
import { Select } from '../LazySelect';

interface VisitValues {
  visitedOn: string;
  family: string;
  production: string;
  living: string;
  difficulties: string;
  demands: string;
  cadreIds: string[];
  updateHousehold: boolean;
  productionSituation: string;
  livingSituation: string;
  householdDifficulties: string;
}

const FIELDS = [
  'visitedOn',
  'family',
  'production',
  'living',
  'difficulties',
  'demands',
  'cadreIds',
  'productionSituation',
  'livingSituation',
] as const;
/** The fields under 更多 (collapsed at first). */
const DETAIL_FIELDS: readonly string[] = ['production', 'living', 'difficulties', 'demands'];

/** "updateHousehold.difficulties" is the situation box; plain "difficulties" the visit's. */
const fieldOf = (field: string | null) =>
  field?.startsWith('updateHousehold.') && field.endsWith('difficulties')
    ? 'householdDifficulties'
    : formFieldOf(field, FIELDS);

const text = (value: string | undefined) => value?.trim() || null;
/** Only what the cadre changed is sent (null = unchanged), so a reload never overwrites others' edits. */
const changed = (value: string | undefined, current: string | null) => {
  const next = text(value);
  return next === (current?.trim() || null) ? null : next;
};

export interface VisitFormProps {
  household: VisitHousehold;
  /** The caller has no cadre record: they name the cadres who went (the household's by default). */
  chooseCadres: boolean;
  onSaved(visitId: string): void;
  onReloadHousehold(): void;
}

/** Method, date (today), what was learned; optional details and the household's new situation. */
export function VisitForm({ household, chooseCadres, onSaved, onReloadHousehold }: VisitFormProps) {
  const t = useT();
  const [form] = Form.useForm<VisitValues>();
  const [method, setMethod] = useState<VisitMethod>('IN_PERSON');
  const [more, setMore] = useState(false);
  const { saving, error, conflict, clearConflict, save } = useSaveForm(form, {
    fieldOf,
    onFieldError: (field) => {
      if (DETAIL_FIELDS.includes(field)) setMore(true);
      form.scrollToField(field, { block: 'center' });
    },
  });
  const updateHousehold = Form.useWatch('updateHousehold', form) ?? false;
  const today = isoDate();

  // After a reload the household comes back with its new version: the next save may go through,
  // and the situation boxes the cadre has not touched show what is now in the register.
  useEffect(() => {
    clearConflict();
    const fresh: Partial<VisitValues> = {};
    if (!form.isFieldTouched('productionSituation')) fresh.productionSituation = household.productionSituation ?? '';
    if (!form.isFieldTouched('livingSituation')) fresh.livingSituation = household.livingSituation ?? '';
    if (!form.isFieldTouched('householdDifficulties')) fresh.householdDifficulties = household.difficulties ?? '';
    form.setFieldsValue(fresh);
  }, [
    form,
    clearConflict,
    household.version,
    household.productionSituation,
    household.livingSituation,
    household.difficulties,
  ]);

  const submit = (values: VisitValues) =>
    save(async () => {
      const input: RecordVisitInput = {
        householdId: household.id,
        cadreIds: chooseCadres ? values.cadreIds : null,
        visitedOn: values.visitedOn,
        method,
        family: text(values.family),
        production: text(values.production),
        living: text(values.living),
        difficulties: text(values.difficulties),
        demands: text(values.demands),
        updateHousehold: values.updateHousehold
          ? {
              version: household.version,
              productionSituation: changed(values.productionSituation, household.productionSituation),
              livingSituation: changed(values.livingSituation, household.livingSituation),
              difficulties: changed(values.householdDifficulties, household.difficulties),
            }
          : null,
      };
      const data = await gqlRequest(RECORD_VISIT_MUTATION, { input });
      onSaved(data.recordVisit.id);
    });

  return (
    <Form<VisitValues>
      form={form}
      layout="vertical"
      requiredMark={false}
      onFinish={submit}
      initialValues={{
        visitedOn: today,
        family: '',
        production: '',
        living: '',
        difficulties: '',
        demands: '',
        cadreIds: household.pairedCadres.map((cadre) => cadre.id),
        updateHousehold: false,
        productionSituation: household.productionSituation ?? '',
        livingSituation: household.livingSituation ?? '',
        householdDifficulties: household.difficulties ?? '',
      }}
      data-testid="visit-form"
    >
      <Form.Item label={t('gov.visit.method')}>
        <MethodButtons value={method} onChange={setMethod} />
      </Form.Item>
      <Form.Item
        name="visitedOn"
        label={t('gov.visit.date')}
        rules={[{ required: true, message: t('gov.visit.dateRequired') }]}
      >
        <Input type="date" size="large" max={today} data-testid="visit-date" />
      </Form.Item>
      {chooseCadres ? (
        <Form.Item
          name="cadreIds"
          label={t('gov.visit.cadres')}
          rules={[{ required: true, type: 'array', min: 1, message: t('gov.visit.cadresRequired') }]}
        >
          <Select
            mode="multiple"
            size="large"
            options={household.pairedCadres.map((cadre) => ({
              value: cadre.id,
              label: `${cadre.name}（${cadre.post}）`,
            }))}
            data-testid="visit-cadres"
          />
        </Form.Item>
      ) : null}
      <TextAreaItem
        name="family"
        label={t('gov.visit.learned')}
        testId="visit-learned"
        minRows={3}
        maxRows={8}
        placeholder={t('gov.visit.learnedPlaceholder')}
      />
      <Button
        type="link"
        style={{ padding: 0, marginBottom: 8 }}
        onClick={() => setMore(!more)}
        aria-expanded={more}
        data-testid="visit-more-toggle"
      >
        {more ? t('gov.visit.lessDetail') : t('gov.visit.moreDetail')}
      </Button>
      <div hidden={!more}>
        <TextAreaItem name="difficulties" label={t('gov.visit.difficulties')} testId="visit-difficulties" />
        <TextAreaItem name="demands" label={t('gov.visit.demands')} testId="visit-demands" />
        <TextAreaItem name="production" label={t('gov.visit.production')} testId="visit-production" />
        <TextAreaItem name="living" label={t('gov.visit.living')} testId="visit-living" />
      </div>
      <Form.Item name="updateHousehold" valuePropName="checked" style={{ marginBottom: 8 }}>
        <Checkbox data-testid="visit-update-household">{t('gov.visit.updateHousehold')}</Checkbox>
      </Form.Item>
      <div hidden={!updateHousehold} data-testid="visit-situation">
        <SituationItems testId="visit-situation" difficultiesName="householdDifficulties" />
      </div>
      <ConflictAlert message={conflict} testId="visit" onReload={onReloadHousehold} />
      {error ? (
        <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} data-testid="visit-error" />
      ) : null}
      <Flex>
        <Button
          type="primary"
          htmlType="submit"
          size="large"
          block
          loading={saving}
          style={{ height: 52, fontSize: 17 }}
          data-testid="visit-submit"
        >
          {t('gov.visit.submit')}
        </Button>
      </Flex>
    </Form>
  );
}
