import { useT } from '@xiangzhi/platform';
import { Form, Input } from 'antd';
import { DISPLAY_NAME_MAX } from '../lib/account-rules';
import { DivisionPicker } from './DivisionPicker';

/** The name and division of an account, as the new-account and the edit forms ask for them. */
export function AccountFields({ rootCode, testIdPrefix }: { rootCode: string; testIdPrefix: string }) {
  const t = useT();
  return (
    <>
      <Form.Item
        name="displayName"
        label={t('admin.accounts.displayName')}
        rules={[
          { required: true, whitespace: true, message: t('admin.new.displayNameRequired') },
          { max: DISPLAY_NAME_MAX, message: t('admin.new.displayNameLength') },
        ]}
      >
        <Input maxLength={DISPLAY_NAME_MAX} data-testid={`${testIdPrefix}-name`} />
      </Form.Item>
      <Form.Item
        name="divisionCode"
        label={t('admin.accounts.region')}
        rules={[{ required: true, message: t('admin.new.divisionRequired') }]}
      >
        <DivisionPicker rootCode={rootCode} testId={`${testIdPrefix}-division`} />
      </Form.Item>
    </>
  );
}
