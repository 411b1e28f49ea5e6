import {
  gqlRequest,
  hasPermission,
  PageHeader,
  QueryState,
  saveFile,
  useGqlQuery,
  useIsPhone,
  useSession,
  useT,
} from '@xiangzhi/platform';
import { Alert, Button, Card, Flex, Input, Select, Tabs, Tag } from 'antd';
import { useState } from 'react';
import {
  ComputeRankingDocument,
  DecideRankingObjectionDocument,
  FileRankingObjectionDocument,
  OpenRankingObjectionsDocument,
  PublishRankingDocument,
  RankingBoardPdfDocument,
  RankingMonthDocument,
  RankingRegionsDocument,
  type RankingFieldsFragment,
  type RankingKind,
} from '../gql/graphql';

type Objection = RankingFieldsFragment['objections'][number];

/** Last month in China: the month a ranking is usually computed for. */
function lastMonth(now = Date.now()): string {
  const china = new Date(now + 8 * 3600_000);
  const d = new Date(Date.UTC(china.getUTCFullYear(), china.getUTCMonth() - 1, 1));
  return d.toISOString().slice(0, 7);
}

const errorText = (e: unknown): string => (e instanceof Error ? e.message : String(e));

function ObjectionRow({ objection, mayDecide, onDone }: { objection: Objection; mayDecide: boolean; onDone(): void }) {
  const t = useT();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const decide = async (upheld: boolean) => {
    try {
      await gqlRequest(DecideRankingObjectionDocument, { input: { id: objection.id, upheld, reason } });
      onDone();
    } catch (e) {
      setError(errorText(e));
    }
  };
  return (
    <Card size="small" data-testid="ranking-objection" data-status={objection.status}>
      <Flex vertical gap={6}>
        <span style={{ overflowWrap: 'anywhere' }}>{objection.reason}</span>
        <Flex wrap gap={6}>
          <Tag data-testid="ranking-objection-status">{t(`ranking.objection.${objection.status}`)}</Tag>
          {objection.decisionReason ? <span>{objection.decisionReason}</span> : null}
        </Flex>
        {mayDecide && objection.status === 'PENDING' ? (
          <Flex wrap gap={8}>
            <Input
              style={{ flex: '1 1 200px' }}
              maxLength={200}
              placeholder={t('ranking.decisionReason')}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              data-testid="ranking-decision-reason"
            />
            <Button onClick={() => void decide(true)} data-testid="ranking-uphold">
              {t('ranking.uphold')}
            </Button>
            <Button onClick={() => void decide(false)} data-testid="ranking-reject">
              {t('ranking.reject')}
            </Button>
          </Flex>
        ) : null}
        {error ? <Alert type="error" title={error} data-testid="ranking-decision-error" /> : null}
      </Flex>
    </Card>
  );
}

function ObjectionForm({ rankingId, onDone }: { rankingId: string; onDone(): void }) {
  const t = useT();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const file = async () => {
    try {
      await gqlRequest(FileRankingObjectionDocument, { input: { rankingId, reason } });
      setReason('');
      onDone();
    } catch (e) {
      setError(errorText(e));
    }
  };
  return (
    <Flex vertical gap={8} data-testid="ranking-objection-form">
      <Input.TextArea
        rows={2}
        maxLength={500}
        placeholder={t('ranking.objectionReason')}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        data-testid="ranking-objection-reason"
      />
      <Button onClick={() => void file()} disabled={!reason.trim()} data-testid="ranking-objection-submit">
        {t('ranking.object')}
      </Button>
      {error ? <Alert type="error" title={error} data-testid="ranking-objection-error" /> : null}
    </Flex>
  );
}

function RankingCard({
  ranking,
  mayManage,
  onChange,
}: {
  ranking: RankingFieldsFragment;
  mayManage: boolean;
  onChange(): void;
}) {
  const t = useT();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = async (action: () => Promise<unknown>) => {
    try {
      setError(null);
      await action();
      onChange();
    } catch (e) {
      setError(errorText(e));
    }
  };
  const published = ranking.status === 'PUBLISHED';
  const open = ranking.status === 'OBJECTION';
  // when the page was loaded: a reload after the window's end offers publishing
  const [loadedAt] = useState(() => Date.now());
  const windowOver = open && ranking.objectionEndsAt != null && Date.parse(ranking.objectionEndsAt) <= loadedAt;
  return (
    <Flex vertical gap={12} data-testid="ranking-card" data-status={ranking.status}>
      <Flex wrap gap={8} align="center">
        <Tag color={published ? 'success' : open ? 'processing' : 'default'} data-testid="ranking-status">
          {t(`ranking.status.${ranking.status}`)}
        </Tag>
        {open && ranking.objectionEndsAt ? (
          <span>{t('ranking.endsAt', { at: new Date(ranking.objectionEndsAt).toLocaleString('zh-CN') })}</span>
        ) : null}
      </Flex>
      {mayManage && !published ? (
        <Flex wrap gap={8} data-testid="ranking-controls">
          <Button
            onClick={() =>
              void run(() =>
                gqlRequest(ComputeRankingDocument, {
                  input: { divisionCode: ranking.divisionCode, month: ranking.month, kind: ranking.kind },
                }),
              )
            }
            data-testid="ranking-recompute"
          >
            {t('ranking.recompute')}
          </Button>
          {ranking.status === 'DRAFT' ? (
            <Button
              onClick={() => void run(() => gqlRequest(OpenRankingObjectionsDocument, { id: ranking.id }))}
              data-testid="ranking-open"
            >
              {t('ranking.open')}
            </Button>
          ) : null}
          {open && !confirming ? (
            <Button
              type="primary"
              disabled={!windowOver}
              onClick={() => setConfirming(true)}
              data-testid="ranking-publish"
            >
              {t('ranking.publish')}
            </Button>
          ) : null}
          {open && confirming ? (
            <Flex wrap gap={8} align="center" data-testid="ranking-publish-confirm">
              <span>{t('ranking.publishConfirm')}</span>
              <Button
                type="primary"
                danger
                onClick={() => void run(() => gqlRequest(PublishRankingDocument, { id: ranking.id }))}
                data-testid="ranking-publish-yes"
              >
                {t('ranking.publishYes')}
              </Button>
              <Button onClick={() => setConfirming(false)}>{t('ranking.cancel')}</Button>
            </Flex>
          ) : null}
        </Flex>
      ) : null}
      {published ? (
        <Button
          onClick={() =>
            void run(async () => {
              const file = (
                await gqlRequest(RankingBoardPdfDocument, {
                  divisionCode: ranking.divisionCode,
                  month: ranking.month,
                })
              ).rankingBoardPdf;
              if (file) saveFile(file);
            })
          }
          data-testid="ranking-board-pdf"
        >
          {t('ranking.printBoard')}
        </Button>
      ) : null}
      {error ? <Alert type="error" title={error} data-testid="ranking-error" /> : null}
      <Card size="small" styles={{ body: { padding: 0 } }} data-testid="ranking-rows">
        {ranking.rows.length === 0 ? <div style={{ padding: 12 }}>{t('ranking.noRows')}</div> : null}
        {ranking.rows.map((row) => (
          <Flex
            key={row.id}
            align="center"
            gap={12}
            style={{ padding: '8px 12px' }}
            data-testid="ranking-row"
            data-cadre-id={row.cadreId}
          >
            <strong style={{ width: 32 }} data-testid="ranking-row-rank">
              {row.rank}
            </strong>
            <span style={{ flex: 1, minWidth: 0, overflowWrap: 'anywhere' }} data-testid="ranking-row-name">
              {row.cadreName}
            </span>
            <strong data-testid="ranking-row-total">{row.total}</strong>
          </Flex>
        ))}
      </Card>
      {open && ranking.mine && !windowOver ? <ObjectionForm rankingId={ranking.id} onDone={onChange} /> : null}
      {ranking.objections.length ? (
        <Flex vertical gap={8} data-testid="ranking-objections">
          <strong>{t('ranking.objections')}</strong>
          {ranking.objections.map((o) => (
            <ObjectionRow key={o.id} objection={o} mayDecide={mayManage && open} onDone={onChange} />
          ))}
        </Flex>
      ) : null}
    </Flex>
  );
}

/** 积分排名 by month: compute, show for objections, publish; a published month is read-only. */
export function RankingPage() {
  const t = useT();
  const isPhone = useIsPhone();
  const session = useSession();
  const own = session?.account.divisionCode ?? '';
  const mayManage = hasPermission(session?.account.permissions ?? [], 'RANKING_PUBLISH');
  const [month, setMonth] = useState(lastMonth());
  const [division, setDivision] = useState(own);
  const [kind, setKind] = useState<RankingKind>('CADRE');
  const [error, setError] = useState<string | null>(null);
  const regions = useGqlQuery(RankingRegionsDocument, { parentCode: own.length === 9 ? own : null });
  const query = useGqlQuery(RankingMonthDocument, { month, regionCode: division || null });
  const ranking = query.data?.rankings.find((r) => r.divisionCode === division && r.kind === kind) ?? null;
  const choices = [
    { value: own, label: session?.account.region?.name ?? own },
    ...(own.length === 9 ? (regions.data?.regions ?? []).map((r) => ({ value: r.code, label: r.name })) : []),
  ];
  const compute = async () => {
    try {
      setError(null);
      await gqlRequest(ComputeRankingDocument, { input: { divisionCode: division, month, kind } });
      query.reload();
    } catch (e) {
      setError(errorText(e));
    }
  };
  return (
    <section data-testid="ranking-page">
      <PageHeader title={t('ranking.title')} marginBottom={12}>
        <Flex wrap gap={8} style={{ width: isPhone ? '100%' : undefined }}>
          <Input
            type="month"
            value={month}
            onChange={(e) => e.target.value && setMonth(e.target.value)}
            aria-label={t('ranking.month')}
            style={{ width: isPhone ? '100%' : 160 }}
            data-testid="ranking-month"
          />
          {choices.length > 1 ? (
            <div data-testid="ranking-division" style={{ minWidth: isPhone ? '100%' : 160 }}>
              <Select value={division} onChange={setDivision} options={choices} style={{ width: '100%' }} />
            </div>
          ) : null}
        </Flex>
      </PageHeader>
      <Tabs
        activeKey={kind}
        onChange={(k) => setKind(k as RankingKind)}
        items={[
          { key: 'CADRE', label: <span data-testid="ranking-tab-cadre">{t('ranking.kind.CADRE')}</span> },
          {
            key: 'GRID_MEMBER',
            label: <span data-testid="ranking-tab-grid">{t('ranking.kind.GRID_MEMBER')}</span>,
          },
        ]}
      />
      <QueryState
        testId="ranking"
        loading={query.loading}
        error={query.error}
        partialErrors={query.partialErrors}
        hasData={query.data != null}
        isEmpty={false}
        onRetry={query.reload}
      >
        {ranking ? (
          <RankingCard key={ranking.id} ranking={ranking} mayManage={mayManage} onChange={query.reload} />
        ) : (
          <Flex vertical gap={8} data-testid="ranking-none">
            <span>{t('ranking.none')}</span>
            {mayManage ? (
              <Button type="primary" onClick={() => void compute()} data-testid="ranking-compute">
                {t('ranking.compute')}
              </Button>
            ) : null}
          </Flex>
        )}
        {error ? <Alert type="error" title={error} data-testid="ranking-error" /> : null}
      </QueryState>
    </section>
  );
}
