import { gqlRequest, useT, COLORS } from '@xiangzhi/platform';
import { Checkbox, Form, Input } from 'antd';
import { CREATE_CADRE_MUTATION, UPDATE_CADRE_MUTATION, type CadreRow } from '../../api/register-forms';
import { formFieldOf } from '../../lib/errors';
import { useSaveForm } from '../../lib/useSaveForm';
import { ConflictAlert } from '../ConflictAlert';
import { GridSelect } from '../GridSelect';
import { Select } from '../LazySelect';
import { FormFooter } from '../FormFooter';

export const CADRE_KINDS = ['TOWNSHIP_CADRE', 'VILLAGE_COMMITTEE', 'WORK_TEAM', 'PARTY_MEMBER', 'ACTIVIST'] as const;
type CadreKind = (typeof CADRE_KINDS)[number];

interface CadreValues {
  name: string;
  kind: CadreKind;
  post: string;
  phone?: string;
  gridId?: string | null;
  capacity?: string;
  isLiaisonLeader?: boolean;
}
const FIELDS = ['name', 'kind', 'post', 'phone', 'gridId', 'capacity', 'isLiaisonLeader'] as const;

export interface CadreFormProps {
  /** The village or township the cadre belongs to. */
  divisionCode: string;
  /** The cadre edited; none adds one. */
  cadre?: CadreRow;
  onSaved(): void;
  onCancel(): void;
}

/** 新增/修改党员干部: name, kind, post, work phone (stored encrypted), grid, own capacity. */
export function CadreForm({ divisionCode, cadre, onSaved, onCancel }: CadreFormProps) {
  const t = useT();
  const [form] = Form.useForm<CadreValues>();
  const { saving, error, conflict, save } = useSaveForm(form, {
    fieldOf: (field) => formFieldOf(field, FIELDS),
    conflictFallback: t('gov.household.conflict'),
  });

  const submit = (values: CadreValues) =>
    save(async () => {
      const capacity = values.capacity?.trim() ? Number(values.capacity) : null;
      const phone = values.phone?.replace(/\s/g, '') || undefined;
      const common = {
        name: values.name.trim(),
        kind: values.kind,
        post: values.post.trim(),
        gridId: values.gridId ?? null,
        capacity,
        isLiaisonLeader: values.isLiaisonLeader ?? false,
      };
      if (cadre)
        await gqlRequest(UPDATE_CADRE_MUTATION, { input: { id: cadre.id, version: cadre.version, ...common, phone } });
      else await gqlRequest(CREATE_CADRE_MUTATION, { input: { divisionCode, ...common, phone: phone ?? null } });
      onSaved();
    });

  return (
    <Form<CadreValues>
      form={form}
      layout="vertical"
      requiredMark={false}
      disabled={saving}
      onFinish={submit}
      initialValues={
        cadre
          ? {
              name: cadre.name,
              kind: cadre.kind,
              post: cadre.post,
              gridId: cadre.grid?.id ?? null,
              capacity: cadre.ownCapacity == null ? '' : String(cadre.ownCapacity),
              isLiaisonLeader: cadre.isLiaisonLeader,
            }
          : { kind: divisionCode.length === 12 ? 'PARTY_MEMBER' : 'TOWNSHIP_CADRE' }
      }
      style={{ padding: 12, background: COLORS.fillAlt, borderRadius: 6, marginBottom: 12 }}
      data-testid="cadre-form"
    >
      <ConflictAlert message={conflict} testId="cadre" onReload={onCancel} />
      <Form.Item
        name="name"
        label={t('gov.cadreForm.name')}
        rules={[{ required: true, whitespace: true, message: t('gov.resForm.nameRequired') }]}
      >
        <Input maxLength={50} data-testid="cadre-name" />
      </Form.Item>
      <Form.Item name="kind" label={t('gov.cadreForm.kind')}>
        <Select<CadreKind>
          options={CADRE_KINDS.map((kind) => ({ value: kind, label: t(`gov.cadreKind.${kind}`) }))}
          data-testid="cadre-kind"
        />
      </Form.Item>
      <Form.Item
        name="post"
        label={t('gov.cadreForm.post')}
        rules={[{ required: true, whitespace: true, message: t('gov.cadreForm.post') }]}
      >
        <Input maxLength={50} data-testid="cadre-post" />
      </Form.Item>
      <Form.Item name="phone" label={t('gov.cadreForm.phone')} extra={cadre ? t('gov.resForm.keepHint') : undefined}>
        <Input type="tel" inputMode="tel" maxLength={20} data-testid="cadre-phone" />
      </Form.Item>
      <Form.Item name="gridId" label={t('gov.cadreForm.grid')}>
        <GridSelect regionCode={divisionCode} value={null} onChange={() => {}} width="100%" testId="cadre-grid" />
      </Form.Item>
      <Form.Item name="capacity" label={t('gov.cadreForm.capacity')}>
        <Input type="number" inputMode="numeric" min={1} max={99} data-testid="cadre-capacity" />
      </Form.Item>
      {divisionCode.length === 9 ? (
        <Form.Item name="isLiaisonLeader" valuePropName="checked">
          <Checkbox>{t('gov.cadreForm.liaison')}</Checkbox>
        </Form.Item>
      ) : null}
      <FormFooter
        testId="cadre"
        error={error}
        saving={saving}
        saveLabel={t('gov.cadreForm.save')}
        onCancel={onCancel}
      />
    </Form>
  );
}
