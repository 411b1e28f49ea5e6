import { CopyOutlined } from '@ant-design/icons';
import { useT, COLORS } from '@xiangzhi/platform';
import { Alert, Button, Flex } from 'antd';
import { useState, type CSSProperties } from 'react';

const CODE_STYLE: CSSProperties = {
  fontSize: 20,
  padding: '4px 10px',
  background: COLORS.bgContainer,
  border: `1px solid ${COLORS.warningBorder}`,
  borderRadius: 6,
  userSelect: 'all',
  wordBreak: 'break-all',
};

/** A temporary password, shown once, with a copy button. */
export function TemporaryPassword({ password }: { password: string }) {
  const t = useT();
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(password);
      setCopied('yes');
    } catch {
      setCopied('failed');
    }
  };

  return (
    <Alert
      type="warning"
      showIcon
      title={t('admin.temp.title')}
      data-testid="temp-password-box"
      description={
        <Flex vertical gap={8}>
          <Flex align="center" gap={8} wrap>
            <code data-testid="temp-password" style={CODE_STYLE}>
              {password}
            </code>
            <Button icon={<CopyOutlined />} onClick={() => void copy()} data-testid="temp-password-copy">
              {copied === 'yes' ? t('admin.copied') : t('admin.copy')}
            </Button>
          </Flex>
          {copied === 'failed' ? <span data-testid="temp-password-copy-failed">{t('admin.copyFailed')}</span> : null}
          <span>{t('admin.temp.note')}</span>
        </Flex>
      }
    />
  );
}
