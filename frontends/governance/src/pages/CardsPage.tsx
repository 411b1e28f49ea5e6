import { DownloadOutlined, FilePdfOutlined } from '@ant-design/icons';
import {
  defineMessages,
  fileObjectUrl,
  isAboveVillage,
  RegionPicker,
  useIsPhone,
  useSession,
  useT,
  COLORS,
} from '@xiangzhi/platform';
import { Alert, Button, Card, Flex, Radio } from 'antd';
import { useEffect, useState } from 'react';
import { GridSelect } from '../components/GridSelect';
import { HouseholdMultiSelect } from '../components/HouseholdMultiSelect';
import { CARDS_QUERY } from '../api/cards';
import type { FileDownload } from '../lib/files';
import { useFileAction } from '../lib/useFileAction';
import { CARDS_MESSAGES } from '../messages/cards';

defineMessages(CARDS_MESSAGES);

type Mode = 'grid' | 'households';

/** 党群联系卡: a whole grid or chosen households → one PDF (8 cards an A4 page) to open or save. */
export function CardsPage() {
  const t = useT();
  const isPhone = useIsPhone();
  const divisionCode = useSession()?.account.divisionCode ?? '';
  const [mode, setMode] = useState<Mode>('grid');
  const [regionCode, setRegionCode] = useState<string | null>(null);
  const [gridId, setGridId] = useState<string | null>(null);
  const [householdIds, setHouseholdIds] = useState<string[]>([]);
  const [file, setFile] = useState<{ download: FileDownload; url: string } | null>(null);
  const action = useFileAction(CARDS_QUERY, 'contactCards', { save: false });
  const ready = mode === 'grid' ? gridId !== null : householdIds.length > 0;

  useEffect(
    () => () => {
      if (file) URL.revokeObjectURL(file.url);
    },
    [file],
  );

  const generate = async () => {
    setFile(null);
    const download = await action.run(
      mode === 'grid' ? { gridId, householdIds: null } : { householdIds, gridId: null },
    );
    if (download) setFile({ download, url: fileObjectUrl(download) });
  };

  return (
    <section data-testid="cards-page" style={{ maxWidth: 760 }}>
      <h2 style={{ margin: '0 0 12px', fontSize: 20 }}>{t('gov.cards.title')}</h2>
      <Card size="small">
        <Flex vertical gap={12}>
          <span style={{ color: COLORS.textSecondary }}>{t('gov.cards.hint')}</span>
          {isAboveVillage(divisionCode) ? (
            <RegionPicker
              rootCode={divisionCode}
              onChange={(code) => {
                setRegionCode(code ?? null);
                setGridId(null);
              }}
            />
          ) : null}
          <Radio.Group
            optionType="button"
            buttonStyle="solid"
            size="large"
            value={mode}
            onChange={(event) => setMode(event.target.value as Mode)}
            options={[
              { value: 'grid', label: <span data-testid="cards-mode-grid">{t('gov.cards.byGrid')}</span> },
              {
                value: 'households',
                label: <span data-testid="cards-mode-households">{t('gov.cards.byHouseholds')}</span>,
              },
            ]}
          />
          {mode === 'grid' ? (
            <GridSelect
              regionCode={regionCode ?? divisionCode}
              value={gridId}
              onChange={setGridId}
              testId="cards-grid"
              size="large"
              width={isPhone ? '100%' : 420}
            />
          ) : (
            <HouseholdMultiSelect
              regionCode={regionCode}
              value={householdIds}
              onChange={setHouseholdIds}
              testId="cards-households"
            />
          )}
          <Button
            type="primary"
            size="large"
            icon={<FilePdfOutlined />}
            disabled={!ready}
            loading={action.busy}
            onClick={generate}
            block={isPhone}
            data-testid="cards-generate"
          >
            {t('gov.cards.generate')}
          </Button>
          {action.error ? <Alert type="error" showIcon title={action.error} data-testid="cards-error" /> : null}
          {file ? (
            <Alert
              type="success"
              showIcon
              icon={<FilePdfOutlined />}
              title={t('gov.cards.ready', { name: file.download.fileName })}
              data-testid="cards-result"
              description={
                <Flex gap={8} wrap style={{ marginTop: 8 }}>
                  <Button
                    type="primary"
                    href={file.url}
                    target="_blank"
                    rel="noopener"
                    icon={<FilePdfOutlined />}
                    data-testid="cards-open"
                  >
                    {t('gov.cards.open')}
                  </Button>
                  <Button
                    href={file.url}
                    download={file.download.fileName}
                    icon={<DownloadOutlined />}
                    data-testid="cards-download"
                  >
                    {t('gov.cards.download')}
                  </Button>
                </Flex>
              }
            />
          ) : null}
        </Flex>
      </Card>
    </section>
  );
}
