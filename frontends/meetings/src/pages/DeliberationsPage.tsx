import { Alert, Button, Card, Flex, Input, Tag } from 'antd';
import {
  COLORS,
  defineMessages,
  isAboveVillage,
  PagedQueryState,
  PageHeader,
  RegionPicker,
  usePagedQuery,
  useSession,
  useT,
} from '@xiangzhi/platform';
import { useState } from 'react';
import { DeliberationListDocument, OpenDeliberationDocument } from '../gql/graphql';
import { useDeliberationAction } from '../components/DeliberationAction';
import { Link, navigate } from '../lib/routing';
import { DELIBERATION_MESSAGES } from './DeliberationMessages';

defineMessages(DELIBERATION_MESSAGES);

const PAGE_SIZE = 20;
const STATUS_COLOR: Record<string, string> = {
  IN_PROGRESS: 'processing',
  AWAITING_DECISION: 'error',
  ENDED: 'default',
  COMPLETED: 'success',
};

/** 发起: a title in the caller's village (or the village picked above). */
function OpenForm({ villageCode }: { villageCode: string | undefined }) {
  const t = useT();
  const [title, setTitle] = useState('');
  const open = useDeliberationAction(OpenDeliberationDocument);
  const submit = async (): Promise<void> => {
    const result = await open.run({ input: { villageCode: villageCode ?? '', title } });
    if (result) navigate({ page: 'deliberation', id: result.openDeliberation.id });
  };
  return (
    <Card size="small" title={t('delib.openTitle')} data-testid="delib-open-form">
      <Flex vertical gap={8}>
        {villageCode ? null : <Alert type="info" showIcon title={t('delib.pickVillage')} />}
        <Input
          maxLength={100}
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          placeholder={t('delib.name')}
          aria-label={t('delib.name')}
          data-testid="delib-open-title"
        />
        {open.error ? <Alert type="error" showIcon title={open.error} data-testid="delib-open-error" /> : null}
        <Button
          type="primary"
          loading={open.busy}
          disabled={!villageCode || !title.trim()}
          onClick={() => void submit()}
          data-testid="delib-open-submit"
        >
          {t('delib.open')}
        </Button>
      </Flex>
    </Card>
  );
}

/** The deliberation tracker: every matter of the jurisdiction with its current step, newest first. */
export function DeliberationsPage() {
  const t = useT();
  const session = useSession();
  const divisionCode = session?.account.divisionCode ?? '';
  const aboveVillage = isAboveVillage(divisionCode);
  const canWrite = session?.account.permissions.includes('DELIBERATION_WRITE') ?? false;
  const [regionCode, setRegionCode] = useState<string | undefined>();
  const query = usePagedQuery(
    DeliberationListDocument,
    { regionCode: regionCode ?? null },
    { pageSize: PAGE_SIZE, connection: (data) => data.deliberations },
  );
  const village = aboveVillage ? (regionCode?.length === 12 ? regionCode : undefined) : divisionCode;
  return (
    <section data-testid="deliberations-page">
      <PageHeader title={t('delib.title')} marginBottom={8}>
        {aboveVillage ? <RegionPicker rootCode={divisionCode} onChange={setRegionCode} /> : null}
      </PageHeader>
      <p style={{ color: COLORS.textSecondary, marginTop: 0 }}>{t('delib.help')}</p>
      <Flex vertical gap={12}>
        {canWrite ? <OpenForm villageCode={village} /> : null}
        <PagedQueryState testId="deliberations" query={query} showPartial emptyText={t('delib.empty')}>
          <Flex vertical gap={8}>
            {query.nodes.map((d) => (
              <Card key={d.id} size="small" data-testid="delib-row" data-id={d.id}>
                <Flex gap={8} wrap align="center" justify="space-between">
                  <Link to={{ page: 'deliberation', id: d.id }} testId="delib-row-link">
                    {d.title}
                  </Link>
                  <Flex gap={6} wrap align="center">
                    <span>{d.village?.name ?? d.villageCode}</span>
                    <Tag>{d.currentStep ? t(`delib.step.${d.currentStep}`) : t('delib.none')}</Tag>
                    <Tag color={STATUS_COLOR[d.status]} data-testid="delib-row-status">
                      {t(`delib.status.${d.status}`)}
                    </Tag>
                  </Flex>
                </Flex>
              </Card>
            ))}
          </Flex>
        </PagedQueryState>
      </Flex>
    </section>
  );
}
