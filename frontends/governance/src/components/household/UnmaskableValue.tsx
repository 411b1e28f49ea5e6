import { EyeOutlined } from '@ant-design/icons';
import { gqlRequest, useT } from '@xiangzhi/platform';
import { Button, Flex } from 'antd';
import { useState } from 'react';
import type { UnmaskField } from '../../api/enums';
import { UNMASK_MUTATION, type UnmaskVariables } from '../../api/household';
import { ReasonPrompt } from '../ReasonPrompt';

export interface UnmaskableValueProps {
  residentId: string;
  field: UnmaskField;
  masked: string | null;
  canUnmask: boolean;
  /** `resident-idcard` / `resident-phone`: the masked value; `unmask-…` for the button and prompt. */
  testId: string;
  unmaskTestId: string;
}

/**
 * A masked ID number or phone. "查看" asks for a reason (audited on the server) and then shows
 * the plaintext once: it is not kept anywhere and "隐藏" (or leaving the page) masks it again.
 */
export function UnmaskableValue({ residentId, field, masked, canUnmask, testId, unmaskTestId }: UnmaskableValueProps) {
  const t = useT();
  const [asking, setAsking] = useState(false);
  const [plain, setPlain] = useState<string | null>(null);
  if (!masked) return <span data-testid={testId}>—</span>;

  const reveal = async (reason: string) => {
    const variables: UnmaskVariables = { id: residentId, field, reason };
    const result = await gqlRequest(UNMASK_MUTATION, { ...variables });
    setPlain(result.unmaskResident);
    setAsking(false);
  };

  return (
    <span>
      <Flex align="center" gap={6} wrap component="span">
        {field === 'PHONE' && plain !== null ? (
          // a revealed phone is tapped to call it
          <a href={`tel:${plain}`} data-testid={testId} data-unmasked style={{ fontFamily: 'monospace' }}>
            {plain}
          </a>
        ) : (
          <span
            data-testid={testId}
            data-unmasked={plain !== null}
            style={{ fontFamily: 'monospace', letterSpacing: 0.5 }}
          >
            {plain ?? masked}
          </span>
        )}
        {canUnmask && plain === null && !asking ? (
          <Button
            size="small"
            type="link"
            icon={<EyeOutlined />}
            onClick={() => setAsking(true)}
            data-testid={unmaskTestId}
          >
            {t('gov.unmask.show')}
          </Button>
        ) : null}
        {plain !== null ? (
          <Button size="small" type="link" onClick={() => setPlain(null)} data-testid={`${unmaskTestId}-hide`}>
            {t('gov.unmask.hide')}
          </Button>
        ) : null}
      </Flex>
      {asking ? (
        <ReasonPrompt
          testId="unmask-prompt"
          hint={t('gov.unmask.hint')}
          submitLabel={t('gov.unmask.submit')}
          onSubmit={reveal}
          onCancel={() => setAsking(false)}
        />
      ) : null}
    </span>
  );
}
