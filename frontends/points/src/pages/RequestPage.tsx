import { gqlRequest, PageHeader, useGqlQuery, useT } from '@xiangzhi/platform';
import { Alert, Button, Flex, Form, Input, Radio, Select } from 'antd';
import { useState } from 'react';
import { PointsCadresDocument, RequestPointEntryDocument, type PointRequestKind } from '../gql/graphql';
import { Link } from '../lib/routing';

const KINDS: PointRequestKind[] = ['COMMENDATION', 'DEDUCTION'];
/** This month in China (UTC+8): the month a request is booked to unless another is chosen. */
const thisMonth = (): string => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 7);

/** 申请记分: a commendation (嘉奖) or deduction (问责) for a cadre, decided later by another approver. */
export function RequestPage() {
  const t = useT();
  const [search, setSearch] = useState('');
  const cadres = useGqlQuery(PointsCadresDocument, { search: search || null });
  const [kind, setKind] = useState<PointRequestKind>('COMMENDATION');
  const [cadreId, setCadreId] = useState<string | null>(null);
  const [points, setPoints] = useState('');
  const [reason, setReason] = useState('');
  const [month, setMonth] = useState(thisMonth());
  const [error, setError] = useState<string | null>(null);
  const [sent, setSent] = useState(false);
  const submit = async () => {
    setError(null);
    if (!cadreId || points.trim() === '' || reason.trim() === '') return setError(t('request.required'));
    try {
      await gqlRequest(RequestPointEntryDocument, {
        input: { kind, cadreId, points: Number(points), reason, month },
      });
      setSent(true);
      setPoints('');
      setReason('');
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  const options = (cadres.data?.cadres.edges ?? []).map(({ node }) => ({
    value: node.id,
    label: `${node.name} ${node.post}`,
  }));
  return (
    <section data-testid="request-page" style={{ maxWidth: 560 }}>
      <PageHeader title={t('request.title')} marginBottom={12}>
        <Link to={{ page: 'approvals' }} testId="request-back">
          {t('approvals.title')}
        </Link>
      </PageHeader>
      <Form layout="vertical" onFinish={() => void submit()}>
        <Form.Item label={t('request.kind')}>
          <Radio.Group
            value={kind}
            onChange={(e) => setKind(e.target.value as PointRequestKind)}
            options={KINDS.map((k) => ({ value: k, label: t(`approvals.kind.${k}`) }))}
            optionType="button"
            data-testid="request-kind"
          />
        </Form.Item>
        <Form.Item label={t('request.cadre')}>
          <Select
            showSearch={{ filterOption: false, onSearch: setSearch }}
            placeholder={t('request.cadreSearch')}
            value={cadreId}
            onChange={setCadreId}
            options={options}
            virtual={false}
            data-testid="request-cadre"
          />
        </Form.Item>
        <Form.Item label={t('request.points')}>
          <Input
            type="number"
            value={points}
            onChange={(e) => setPoints(e.target.value)}
            data-testid="request-points"
          />
        </Form.Item>
        <Form.Item label={t('request.reason')}>
          <Input
            value={reason}
            maxLength={200}
            onChange={(e) => setReason(e.target.value)}
            data-testid="request-reason"
          />
        </Form.Item>
        <Form.Item label={t('request.month')}>
          <Input type="month" value={month} onChange={(e) => setMonth(e.target.value)} data-testid="request-month" />
        </Form.Item>
        <Flex vertical gap={8}>
          {error ? <Alert type="error" title={error} data-testid="request-error" /> : null}
          {sent ? <Alert type="success" title={t('request.sent')} data-testid="request-sent" /> : null}
          <Button type="primary" htmlType="submit" data-testid="request-submit">
            {t('request.submit')}
          </Button>
        </Flex>
      </Form>
    </section>
  );
}
