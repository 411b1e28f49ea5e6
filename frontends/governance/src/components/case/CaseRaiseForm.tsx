import { gqlRequest, useT } from '@xiangzhi/platform';
import { Alert, Button, Checkbox, Form, Input, Radio } from 'antd';
import { useCallback, useState } from 'react';
import {
  CASE_DOMAINS,
  CASE_KINDS,
  RAISE_CASE_MUTATION,
  type CaseDomain,
  type CaseKind,
  type CaseSource,
  type SimilarCase,
} from '../../api/cases';
import { asRequestError, formFieldOf } from '../../lib/errors';
import { PhotoPicker } from './PhotoPicker';
import { SimilarCases } from './SimilarCases';

interface RaiseValues {
  title: string;
  description: string;
  kind: CaseKind;
  domain: CaseDomain;
  source: CaseSource;
  place: string;
  onBehalf: boolean;
}

const FIELDS = ['title', 'description', 'kind', 'domain', 'source', 'place'] as const;
/** Sources a person files by hand; a patrol, an order or a supervision task raises its own. */
const MANUAL_SOURCES: readonly CaseSource[] = ['HOTLINE', 'FORUM'];

export interface CaseRaiseFormProps {
  /** The visit the case comes from (source VISIT), or null. */
  visitId: string | null;
  householdId: string | null;
  onRaised(caseId: string): void;
}

/** 登记民情: title, description, kind, domain, photos; a similar open case is linked instead of filed twice. */
export function CaseRaiseForm({ visitId, householdId, onRaised }: CaseRaiseFormProps) {
  const t = useT();
  const [form] = Form.useForm<RaiseValues>();
  const [photoIds, setPhotoIds] = useState<string[]>([]);
  const [uploading, setUploading] = useState(false);
  const [duplicateOf, setDuplicateOf] = useState<SimilarCase | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const title = Form.useWatch('title', form) ?? '';
  const description = Form.useWatch('description', form) ?? '';
  const place = Form.useWatch('place', form) ?? '';
  const onPhotos = useCallback((ids: string[], busyUploading: boolean) => {
    setPhotoIds(ids);
    setUploading(busyUploading);
  }, []);
  const required = (message: string) => [{ required: true, whitespace: true, message }];

  const submit = async (values: RaiseValues) => {
    setBusy(true);
    setError(null);
    try {
      const data = await gqlRequest(RAISE_CASE_MUTATION, {
        input: {
          title: values.title.trim(),
          description: values.description.trim(),
          kind: values.kind,
          domain: values.domain,
          source: visitId ? 'VISIT' : values.source,
          sourceId: visitId,
          householdId,
          place: householdId ? null : values.place.trim() || null,
          onBehalf: values.onBehalf,
          attachmentIds: photoIds,
          duplicateOf: duplicateOf?.id ?? null,
        },
      });
      onRaised(data.raiseCase.id);
    } catch (caught) {
      const failure = asRequestError(caught, t('gov.common.failed'));
      const field = formFieldOf(failure.field, FIELDS);
      if (field) form.setFields([{ name: field as keyof RaiseValues, errors: [failure.message] }]);
      else setError(failure.message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Form<RaiseValues>
      form={form}
      layout="vertical"
      requiredMark={false}
      onFinish={submit}
      initialValues={{ title: '', description: '', place: '', source: 'HOTLINE', onBehalf: householdId !== null }}
      data-testid="case-raise-form"
    >
      {!householdId ? (
        <Form.Item name="place" label={t('gov.raise.place')} rules={required(t('gov.raise.placeRequired'))}>
          <Input size="large" maxLength={200} data-testid="case-raise-place" />
        </Form.Item>
      ) : null}
      <Form.Item name="title" label={t('gov.raise.titleLabel')} rules={required(t('gov.raise.titleRequired'))}>
        <Input
          size="large"
          maxLength={60}
          placeholder={t('gov.raise.titlePlaceholder')}
          data-testid="case-raise-title"
        />
      </Form.Item>
      <Form.Item
        name="description"
        label={t('gov.raise.description')}
        rules={required(t('gov.raise.descriptionRequired'))}
      >
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={2000} data-testid="case-raise-description" />
      </Form.Item>
      <div style={{ marginBottom: 16 }}>
        <SimilarCases
          householdId={householdId}
          place={householdId ? null : place}
          text={`${title} ${description}`}
          value={duplicateOf}
          onChange={setDuplicateOf}
        />
      </div>
      <Form.Item
        name="kind"
        label={t('gov.case.kind')}
        rules={[{ required: true, message: t('gov.raise.kindRequired') }]}
      >
        <Radio.Group
          optionType="button"
          size="large"
          options={CASE_KINDS.map((value) => ({ value, label: t(`gov.caseKind.${value}`) }))}
          data-testid="case-raise-kind"
        />
      </Form.Item>
      <Form.Item
        name="domain"
        label={t('gov.case.domain')}
        rules={[{ required: true, message: t('gov.raise.domainRequired') }]}
      >
        <Radio.Group
          optionType="button"
          options={CASE_DOMAINS.map((value) => ({ value, label: t(`gov.caseDomain.${value}`) }))}
          data-testid="case-raise-domain"
        />
      </Form.Item>
      {!visitId ? (
        <Form.Item name="source" label={t('gov.raise.source')}>
          <Radio.Group
            optionType="button"
            options={MANUAL_SOURCES.map((value) => ({ value, label: t(`gov.caseSource.${value}`) }))}
            data-testid="case-raise-source"
          />
        </Form.Item>
      ) : null}
      <Form.Item label={t('gov.raise.photos')}>
        <PhotoPicker onChange={onPhotos} />
      </Form.Item>
      <Form.Item name="onBehalf" valuePropName="checked">
        <Checkbox data-testid="case-raise-on-behalf">{t('gov.raise.onBehalf')}</Checkbox>
      </Form.Item>
      {error ? (
        <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} data-testid="case-raise-error" />
      ) : null}
      <Button
        type="primary"
        htmlType="submit"
        size="large"
        block
        loading={busy}
        disabled={uploading}
        style={{ height: 52, fontSize: 17 }}
        data-testid="case-raise-submit"
      >
        {duplicateOf ? t('gov.raise.submitLinked') : t('gov.raise.submit')}
      </Button>
    </Form>
  );
}
