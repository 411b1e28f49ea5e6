import { gqlRequest, hasPermission, PageHeader, QueryState, useGqlQuery, useSession, useT } from '@xiangzhi/platform';
import { Alert, Button, Card, Flex, Input, Radio, Tag } from 'antd';
import { useState } from 'react';
import {
  ApprovePointEntryRequestDocument,
  PointEntryRequestsDocument,
  RefusePointEntryRequestDocument,
  type PointEntryRequestsQuery,
} from '../gql/graphql';
import { Link } from '../lib/routing';

type Request = NonNullable<PointEntryRequestsQuery['pointEntryRequests']>[number];

function RequestCard({ request, mayDecide, onChange }: { request: Request; mayDecide: boolean; onChange: () => void }) {
  const t = useT();
  const accountId = useSession()?.account.id;
  const [refusing, setRefusing] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const own = request.requestedBy === accountId;
  const run = async (action: () => Promise<unknown>) => {
    try {
      await action();
      onChange();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  const pending = request.status === 'PENDING';
  return (
    <Card size="small" data-testid="approval-row" data-status={request.status}>
      <Flex wrap justify="space-between" gap={8}>
        <Flex vertical style={{ minWidth: 0, flex: 1 }}>
          <strong data-testid="approval-cadre">
            {request.cadre?.name ?? request.cadre?.id ?? ''} {request.cadre?.post ?? ''}
          </strong>
          <span style={{ overflowWrap: 'anywhere' }} data-testid="approval-reason">
            {request.reason}
          </span>
          <Flex wrap gap={6}>
            <Tag style={{ marginInlineEnd: 0 }}>{t(`approvals.kind.${request.kind}`)}</Tag>
            <Tag style={{ marginInlineEnd: 0 }} data-testid="approval-status">
              {t(`approvals.status.${request.status}`)}
            </Tag>
            <span>{t('approvals.month', { month: request.month })}</span>
            <span>{t('approvals.requestedBy', { name: request.requestedByName })}</span>
            {request.decidedByName ? <span>{t('approvals.decidedBy', { name: request.decidedByName })}</span> : null}
          </Flex>
          {request.refusalReason ? <span>{request.refusalReason}</span> : null}
        </Flex>
        <strong style={{ fontSize: 18 }} data-testid="approval-points">
          {request.points > 0 ? `+${request.points}` : request.points}
        </strong>
      </Flex>
      {pending && mayDecide && own ? <div style={{ marginTop: 8 }}>{t('approvals.own')}</div> : null}
      {pending && mayDecide && !own ? (
        <Flex vertical gap={8} style={{ marginTop: 8 }}>
          <Flex gap={8}>
            <Button
              type="primary"
              onClick={() => void run(() => gqlRequest(ApprovePointEntryRequestDocument, { id: request.id }))}
              data-testid="approval-approve"
            >
              {t('approvals.approve')}
            </Button>
            <Button danger onClick={() => setRefusing(true)} data-testid="approval-refuse">
              {t('approvals.refuse')}
            </Button>
          </Flex>
          {refusing ? (
            <Flex gap={8}>
              <Input
                placeholder={t('approvals.refuseReason')}
                maxLength={200}
                value={reason}
                onChange={(e) => setReason(e.target.value)}
                data-testid="approval-refuse-reason"
              />
              <Button
                danger
                onClick={() => void run(() => gqlRequest(RefusePointEntryRequestDocument, { id: request.id, reason }))}
                data-testid="approval-refuse-confirm"
              >
                {t('approvals.confirmRefuse')}
              </Button>
            </Flex>
          ) : null}
        </Flex>
      ) : null}
      {error ? <Alert type="error" title={error} style={{ marginTop: 8 }} data-testid="approval-error" /> : null}
    </Card>
  );
}

/** 记分审核: manual requests of the jurisdiction; an approver (not the requester) approves or refuses them. */
export function ApprovalsPage() {
  const t = useT();
  const permissions = useSession()?.account.permissions ?? [];
  const [filter, setFilter] = useState<'PENDING' | 'ALL'>('PENDING');
  const query = useGqlQuery(PointEntryRequestsDocument, {
    status: filter === 'PENDING' ? 'PENDING' : null,
  });
  const requests = query.data?.pointEntryRequests ?? [];
  return (
    <section data-testid="approvals-page">
      <PageHeader title={t('approvals.title')} marginBottom={8}>
        {hasPermission(permissions, 'POINTS_AWARD') ? (
          <Link to={{ page: 'request' }} testId="approvals-request">
            {t('approvals.request')}
          </Link>
        ) : null}
      </PageHeader>
      <Alert type="info" title={t('approvals.help')} style={{ marginBottom: 12 }} />
      <Radio.Group
        value={filter}
        onChange={(e) => setFilter(e.target.value as 'PENDING' | 'ALL')}
        style={{ marginBottom: 12 }}
        options={[
          { value: 'PENDING', label: t('approvals.filter.PENDING') },
          { value: 'ALL', label: t('approvals.filter.ALL') },
        ]}
        optionType="button"
        data-testid="approvals-filter"
      />
      <QueryState
        testId="approvals"
        loading={query.loading}
        error={query.error}
        partialErrors={query.partialErrors}
        hasData={query.data !== null}
        isEmpty={requests.length === 0}
        emptyText={t('approvals.empty')}
        onRetry={query.reload}
      >
        <Flex vertical gap={8}>
          {requests.map((request) => (
            <RequestCard
              key={request.id}
              request={request}
              mayDecide={hasPermission(permissions, 'POINTS_APPROVE')}
              onChange={query.reload}
            />
          ))}
        </Flex>
      </QueryState>
    </section>
  );
}
