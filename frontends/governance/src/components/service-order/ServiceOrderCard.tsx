import { COLORS, gqlRequest, useT } from '@xiangzhi/platform';
import { Alert, Button, Card, Flex, Form, Input, Select, Tag } from 'antd';
import { useState } from 'react';
import { CASE_DOMAINS, CASE_KINDS } from '../../api/cases';
import {
  ACCEPT_SERVICE_ORDER_MUTATION,
  CANCEL_SERVICE_ORDER_MUTATION,
  COMPLETE_SERVICE_ORDER_MUTATION,
  CONVERT_SERVICE_ORDER_MUTATION,
  DISPATCH_SERVICE_ORDER_MUTATION,
  TAKE_SERVICE_ORDER_MUTATION,
  type ServiceOrderAction,
  type ServiceOrderRow,
} from '../../api/service-orders';
import { formatDateTime } from '../../lib/dates';
import { asRequestError } from '../../lib/errors';
import { Link } from '../../lib/routing';
import { CadrePicker } from '../case/CadrePicker';

/** Actions done with one tap; the others open a small form. */
const ONE_TAP: readonly ServiceOrderAction[] = ['POST', 'TAKE', 'ACCEPT'];
const CONFLICT_CODES = [
  'SERVICE_ORDER_VERSION_CONFLICT',
  'SERVICE_ORDER_TRANSITION_INVALID',
  'SERVICE_ORDER_NOT_FOUND',
];

interface FormValues {
  cadreId?: string;
  result?: string;
  reason?: string;
  kind?: string;
  domain?: string;
}

async function run(order: ServiceOrderRow, action: ServiceOrderAction, v: FormValues): Promise<void> {
  const { id, version } = order;
  switch (action) {
    case 'DISPATCH':
      await gqlRequest(DISPATCH_SERVICE_ORDER_MUTATION, { input: { id, version, cadreId: v.cadreId } });
      return;
    case 'POST':
      await gqlRequest(DISPATCH_SERVICE_ORDER_MUTATION, { input: { id, version, post: true } });
      return;
    case 'TAKE':
      await gqlRequest(TAKE_SERVICE_ORDER_MUTATION, { id, version });
      return;
    case 'ACCEPT':
      await gqlRequest(ACCEPT_SERVICE_ORDER_MUTATION, { id, version });
      return;
    case 'COMPLETE':
      await gqlRequest(COMPLETE_SERVICE_ORDER_MUTATION, { id, version, result: v.result ?? '' });
      return;
    case 'CANCEL':
      await gqlRequest(CANCEL_SERVICE_ORDER_MUTATION, { id, version, reason: v.reason ?? '' });
      return;
    case 'CONVERT':
      await gqlRequest(CONVERT_SERVICE_ORDER_MUTATION, {
        input: { id, version, kind: v.kind as never, domain: v.domain as never },
      });
  }
}

export interface ServiceOrderCardProps {
  order: ServiceOrderRow;
  /** After any change (or a conflict): the board fetches again. */
  onChanged(): void;
}

/** One order on the board: what was asked, where, by whom handled, and the caller's actions. */
export function ServiceOrderCard({ order, onChanged }: ServiceOrderCardProps) {
  const t = useT();
  const [open, setOpen] = useState<ServiceOrderAction | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [form] = Form.useForm<FormValues>();

  const submit = async (action: ServiceOrderAction, values: FormValues) => {
    setBusy(true);
    setError(null);
    try {
      await run(order, action, values);
      setOpen(null);
      onChanged();
    } catch (caught) {
      const failure = asRequestError(caught, t('gov.common.failed'));
      setError(failure.message);
      if (CONFLICT_CODES.includes(failure.code)) onChanged();
    } finally {
      setBusy(false);
    }
  };
  const required = (message: string) => [{ required: true, whitespace: true, message }];

  return (
    <Card size="small" data-testid="so-card" data-status={order.status} data-id={order.id}>
      <Flex justify="space-between" align="center" wrap gap={4}>
        <strong>{t(`gov.so.kind.${order.kind}`)}</strong>
        <Tag data-testid="so-status">{t(`gov.so.status.${order.status}`)}</Tag>
      </Flex>
      <p style={{ margin: '8px 0', whiteSpace: 'pre-wrap' }} data-testid="so-description">
        {order.description}
      </p>
      <div style={{ color: COLORS.textSecondary, fontSize: 13 }}>
        <div>
          {order.household?.headName ? `${order.household.headName} · ` : ''}
          {order.address}
        </div>
        <div>
          {t('gov.so.orderedAt')}：{formatDateTime(order.orderedAt)}
          {order.preferredTime ? ` · ${t('gov.so.preferred')}：${order.preferredTime}` : ''}
        </div>
        {order.cadre ? (
          <div data-testid="so-handler">
            {t('gov.so.handler')}：{order.cadre.name}（{order.cadre.post}）
          </div>
        ) : null}
        {order.result ? (
          <div data-testid="so-result">
            {t('gov.so.result')}：{order.result}
          </div>
        ) : null}
        {order.rating ? (
          <div data-testid="so-rating">
            {t('gov.so.rating')}：{'★'.repeat(order.rating)}
            {order.ratingComment ? ` ${order.ratingComment}` : ''}
          </div>
        ) : null}
        {order.caseId ? (
          <Link to={{ page: 'case', id: order.caseId }} testId="so-case-link">
            {t('gov.so.case')}
          </Link>
        ) : null}
      </div>
      {order.availableActions.length ? (
        <Flex gap={8} wrap style={{ marginTop: 8 }}>
          {order.availableActions.map((action) => (
            <Button
              key={action}
              size="large"
              type={action === 'CANCEL' ? 'default' : 'primary'}
              ghost={action === 'CONVERT'}
              loading={busy && open === null && ONE_TAP.includes(action)}
              data-testid={`so-action-${action}`}
              onClick={() => (ONE_TAP.includes(action) ? void submit(action, {}) : setOpen(action))}
            >
              {t(`gov.so.action.${action}`)}
            </Button>
          ))}
        </Flex>
      ) : null}
      {open ? (
        <Form<FormValues>
          form={form}
          layout="vertical"
          requiredMark={false}
          onFinish={(values) => void submit(open, values)}
          style={{ marginTop: 8, padding: 12, background: COLORS.fillAlt, borderRadius: 6 }}
          data-testid="so-form"
          data-action={open}
        >
          {open === 'DISPATCH' ? (
            <Form.Item
              name="cadreId"
              label={t('gov.so.handler')}
              rules={[{ required: true, message: t('gov.so.cadreRequired') }]}
            >
              <CadrePicker regionCode={order.villageCode} />
            </Form.Item>
          ) : null}
          {open === 'COMPLETE' ? (
            <Form.Item name="result" label={t('gov.so.result')} rules={required(t('gov.so.resultRequired'))}>
              <Input.TextArea rows={3} maxLength={500} showCount data-testid="so-form-result" />
            </Form.Item>
          ) : null}
          {open === 'CANCEL' ? (
            <Form.Item name="reason" label={t('gov.so.reason')} rules={required(t('gov.so.reasonRequired'))}>
              <Input maxLength={200} data-testid="so-form-reason" />
            </Form.Item>
          ) : null}
          {open === 'CONVERT' ? (
            <>
              <Form.Item
                name="kind"
                label={t('gov.case.kind')}
                rules={[{ required: true, message: t('gov.case.kind') }]}
              >
                <Select options={CASE_KINDS.map((k) => ({ value: k, label: t(`gov.caseKind.${k}`) }))} />
              </Form.Item>
              <Form.Item
                name="domain"
                label={t('gov.case.domain')}
                rules={[{ required: true, message: t('gov.case.domain') }]}
              >
                <Select options={CASE_DOMAINS.map((d) => ({ value: d, label: t(`gov.caseDomain.${d}`) }))} />
              </Form.Item>
            </>
          ) : null}
          <Flex gap={8}>
            <Button type="primary" htmlType="submit" loading={busy} data-testid="so-form-submit">
              {t('gov.so.submit')}
            </Button>
            <Button onClick={() => setOpen(null)}>{t('gov.common.cancel')}</Button>
          </Flex>
        </Form>
      ) : null}
      {error ? <Alert type="error" showIcon title={error} style={{ marginTop: 8 }} data-testid="so-error" /> : null}
    </Card>
  );
}
