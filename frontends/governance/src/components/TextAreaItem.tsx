import { Form, Input } from 'antd';

export interface TextAreaItemProps {
  name: string;
  label: string;
  testId: string;
  minRows?: number;
  maxRows?: number;
  placeholder?: string;
}

/** A form's free-text field (up to 2000 characters, growing with its text). */
export function TextAreaItem({ name, label, testId, minRows = 2, maxRows = 6, placeholder }: TextAreaItemProps) {
  return (
    <Form.Item name={name} label={label}>
      <Input.TextArea autoSize={{ minRows, maxRows }} maxLength={2000} placeholder={placeholder} data-testid={testId} />
    </Form.Item>
  );
}
