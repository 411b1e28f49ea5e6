import { useT } from '@xiangzhi/platform';
import { Form, Input, Radio } from 'antd';
import { isValidIdCard } from '../../lib/id-card';
export { RESIDENT_FIELDS, residentInput, type ResidentValues } from '../../lib/resident-input';
import { Select } from '../LazySelect';

/** Relations offered (the server accepts these and any short text). */
const RELATIONS = ['配偶', '子', '女', '父亲', '母亲', '儿媳', '女婿', '孙子', '孙女', '兄弟姐妹', '祖父母', '其他'];

const PHONE = /^(1\d{10}|0\d{2,3}-?\d{7,8})$/;

/** The relation picker; Form.Item gives it value and onChange. */
function RelationSelect(props: { testId: string; value?: string; onChange?(value: string): void }) {
  return (
    <span data-testid={props.testId} style={{ display: 'block' }}>
      <Select<string>
        value={props.value}
        onChange={props.onChange}
        options={RELATIONS.map((relation) => ({ value: relation, label: relation }))}
        style={{ width: '100%' }}
      />
    </span>
  );
}

export interface ResidentFieldsProps {
  /** The head of household has no relation to pick. */
  head?: boolean;
  /** Editing a stored member: ID number, phone and health are masked, so empty means "keep". */
  editing?: boolean;
  testId: string;
}

/** Name, relation, ID number (GB 11643 checked here too), sex, birth date, phone, occupation, health. */
export function ResidentFields({ head, editing, testId }: ResidentFieldsProps) {
  const t = useT();
  const keep = editing ? t('gov.resForm.keepHint') : undefined;
  return (
    <>
      <Form.Item
        name="name"
        label={t('gov.resForm.name')}
        rules={[{ required: true, whitespace: true, message: t('gov.resForm.nameRequired') }]}
      >
        <Input maxLength={50} autoComplete="off" data-testid={`${testId}-name`} />
      </Form.Item>
      {head ? null : (
        <Form.Item
          name="relation"
          label={t('gov.resForm.relation')}
          rules={[{ required: true, message: t('gov.resForm.relationRequired') }]}
        >
          <RelationSelect testId={`${testId}-relation`} />
        </Form.Item>
      )}
      <Form.Item
        name="idCardNo"
        label={t('gov.resForm.idCard')}
        extra={keep}
        rules={[
          {
            validator: (_, value: string | undefined) =>
              !value?.trim() || isValidIdCard(value)
                ? Promise.resolve()
                : Promise.reject(new Error(t('gov.resForm.idCardInvalid'))),
          },
        ]}
      >
        <Input maxLength={18} autoComplete="off" data-testid={`${testId}-idcard`} />
      </Form.Item>
      <Form.Item name="sex" label={t('gov.resForm.sex')}>
        <Radio.Group
          optionType="button"
          options={[
            { value: 'MALE', label: t('gov.sex.MALE') },
            { value: 'FEMALE', label: t('gov.sex.FEMALE') },
          ]}
          data-testid={`${testId}-sex`}
        />
      </Form.Item>
      <Form.Item name="birthDate" label={t('gov.resForm.birthDate')}>
        <Input type="date" data-testid={`${testId}-birth`} />
      </Form.Item>
      <Form.Item
        name="phone"
        label={t('gov.resForm.phone')}
        extra={keep}
        rules={[{ pattern: PHONE, message: t('gov.resForm.phoneInvalid') }]}
      >
        <Input type="tel" inputMode="tel" maxLength={20} autoComplete="off" data-testid={`${testId}-phone`} />
      </Form.Item>
      <Form.Item name="occupation" label={t('gov.resForm.occupation')}>
        <Input maxLength={50} data-testid={`${testId}-occupation`} />
      </Form.Item>
      <Form.Item name="health" label={t('gov.resForm.health')} extra={keep ?? t('gov.resForm.healthHint')}>
        <Input.TextArea maxLength={500} autoSize={{ minRows: 1, maxRows: 4 }} data-testid={`${testId}-health`} />
      </Form.Item>
    </>
  );
}
