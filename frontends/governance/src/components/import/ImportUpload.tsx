import { DownloadOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { gqlRequest, RegionPicker, useIsPhone, useT, VILLAGE_CODE_LENGTH, COLORS } from '@xiangzhi/platform';
import { Alert, Button, Flex } from 'antd';
import { useRef, useState } from 'react';
import { TEMPLATE_QUERY, VALIDATE_IMPORT, type ImportJob } from '../../api/register-import';
import { asRequestError } from '../../lib/errors';
import { fileToBase64, MAX_IMPORT_BYTES } from '../../lib/files';
import { useFileAction } from '../../lib/useFileAction';

export interface ImportUploadProps {
  divisionCode: string;
  onValidating(job: ImportJob): void;
}

/** Step 1–2: the template, the village, the .xlsx; uploading starts the validation (nothing is written). */
export function ImportUpload({ divisionCode, onValidating }: ImportUploadProps) {
  const t = useT();
  const isPhone = useIsPhone();
  const input = useRef<HTMLInputElement>(null);
  const template = useFileAction(TEMPLATE_QUERY, 'registerTemplate');
  const [villageCode, setVillageCode] = useState<string | null>(
    divisionCode.length === VILLAGE_CODE_LENGTH ? divisionCode : null,
  );
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const choose = (chosen: File | undefined) => {
    setError(null);
    setFileError(null);
    if (!chosen) return;
    if (!/\.xlsx$/i.test(chosen.name)) setFileError(t('gov.import.onlyXlsx'));
    else if (chosen.size > MAX_IMPORT_BYTES) setFileError(t('gov.import.tooLarge'));
    setFile(chosen);
  };

  const upload = async () => {
    if (!file || !villageCode || fileError) return;
    setBusy(true);
    setError(null);
    try {
      const contentBase64 = await fileToBase64(file);
      const data = await gqlRequest(VALIDATE_IMPORT, {
        villageCode,
        fileName: file.name,
        contentBase64,
      });
      onValidating(data.validateRegisterImport);
    } catch (caught) {
      setError(asRequestError(caught, t('gov.common.failed')).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Flex vertical gap={16} data-testid="import-upload">
      <Flex vertical gap={6}>
        <strong>1. {t('gov.import.stepTemplate')}</strong>
        <span style={{ color: COLORS.textSecondary }}>{t('gov.import.templateHint')}</span>
        <div>
          <Button
            icon={<DownloadOutlined />}
            loading={template.busy}
            onClick={() => template.run()}
            data-testid="import-template"
          >
            {t('gov.import.downloadTemplate')}
          </Button>
        </div>
        {template.error ? (
          <Alert type="error" showIcon title={template.error} data-testid="import-template-error" />
        ) : null}
      </Flex>
      <Flex vertical gap={6}>
        <strong>2. {t('gov.import.stepFile')}</strong>
        {divisionCode.length < VILLAGE_CODE_LENGTH ? (
          <Flex vertical gap={4} data-testid="import-village">
            <span>{t('gov.import.village')}</span>
            <RegionPicker
              rootCode={divisionCode}
              onChange={(code) => setVillageCode(code && code.length === VILLAGE_CODE_LENGTH ? code : null)}
            />
            {!villageCode ? <span style={{ color: COLORS.textTertiary }}>{t('gov.import.pickVillage')}</span> : null}
          </Flex>
        ) : null}
        <input
          ref={input}
          type="file"
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          hidden
          onChange={(event) => {
            choose(event.target.files?.[0]);
            event.target.value = '';
          }}
          data-testid="import-file-input"
        />
        <Flex gap={8} wrap align="center">
          <Button
            size={isPhone ? 'large' : 'middle'}
            icon={<PlusOutlined />}
            onClick={() => input.current?.click()}
            data-testid="import-choose"
          >
            {t('gov.import.choose')}
          </Button>
          {file ? (
            <span data-testid="import-file-name">
              {file.name}（{Math.max(1, Math.round(file.size / 1024))} KB）
            </span>
          ) : null}
        </Flex>
        {fileError ? <Alert type="error" showIcon title={fileError} data-testid="import-file-error" /> : null}
      </Flex>
      {error ? <Alert type="error" showIcon title={error} data-testid="import-error" /> : null}
      <div>
        <Button
          type="primary"
          size="large"
          icon={<UploadOutlined />}
          block={isPhone}
          disabled={!file || !villageCode || fileError !== null}
          loading={busy}
          onClick={upload}
          data-testid="import-upload-submit"
        >
          {t('gov.import.upload')}
        </Button>
      </div>
    </Flex>
  );
}
