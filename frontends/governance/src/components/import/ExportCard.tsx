import { DownloadOutlined, EyeOutlined } from '@ant-design/icons';
import { isAboveVillage, RegionPicker, useT, COLORS } from '@xiangzhi/platform';
import { Alert, Button, Card, Flex } from 'antd';
import { useState } from 'react';
import { EXPORT_REGISTER } from '../../api/register-import';
import { useFileAction } from '../../lib/useFileAction';
import { ReasonPrompt } from '../ReasonPrompt';

/** The register as .xlsx within the caller's scope: masked, or in plain text with a reason (audited). */
export function ExportCard({ divisionCode, canUnmask }: { divisionCode: string; canUnmask: boolean }) {
  const t = useT();
  const [regionCode, setRegionCode] = useState<string | null>(null);
  const [asking, setAsking] = useState(false);
  const exporter = useFileAction(EXPORT_REGISTER, 'exportRegister');

  return (
    <Card size="small" title={t('gov.export.title')} data-testid="register-export">
      <Flex vertical gap={8}>
        <span style={{ color: COLORS.textSecondary }}>{t('gov.export.hint')}</span>
        {isAboveVillage(divisionCode) ? (
          <RegionPicker rootCode={divisionCode} onChange={(code) => setRegionCode(code ?? null)} />
        ) : null}
        <Flex gap={8} wrap>
          <Button
            icon={<DownloadOutlined />}
            loading={exporter.busy && !asking}
            onClick={() => exporter.run({ regionCode, unmasked: false, reason: null })}
            data-testid="export-masked"
          >
            {t('gov.export.masked')}
          </Button>
          {canUnmask && !asking ? (
            <Button icon={<EyeOutlined />} onClick={() => setAsking(true)} data-testid="export-unmasked">
              {t('gov.export.unmasked')}
            </Button>
          ) : null}
        </Flex>
        {asking ? (
          <ReasonPrompt
            testId="export-prompt"
            hint={t('gov.export.reasonHint')}
            submitLabel={t('gov.export.unmasked')}
            onCancel={() => setAsking(false)}
            onSubmit={async (reason) => {
              const file = await exporter.run({ regionCode, unmasked: true, reason });
              if (file) setAsking(false);
            }}
          />
        ) : null}
        {exporter.error ? <Alert type="error" showIcon title={exporter.error} data-testid="export-error" /> : null}
      </Flex>
    </Card>
  );
}
