import { DownloadOutlined, SearchOutlined } from '@ant-design/icons';
import {
  gqlRequest,
  PagedQueryState,
  PageHeader,
  saveFile,
  useIsPhone,
  usePagedQuery,
  useSession,
  useT,
} from '@xiangzhi/platform';
import { Alert, Button, Card, Flex, Form, Input } from 'antd';
import { useEffect, useState } from 'react';
import {
  AUDIT_ACTIONS,
  AUDIT_RECORDS_QUERY,
  EXPORT_AUDIT_QUERY,
  type AuditAction,
  type AuditFilter,
} from '../api/audit';
import { AuditCards, AuditTable } from '../components/AuditList';
import { TestIdSelect } from '../components/TestIdSelect';
import { canExportAudit } from '../lib/access';
import { endOfDay, startOfDay } from '../lib/dates';
import { errorMessage, showServerError } from '../lib/form-errors';

interface FilterValues {
  actor?: string;
  action?: AuditAction | null;
  subjectId?: string;
  from?: string;
  to?: string;
}

const PAGE_SIZE = 20;
const FIELDS = ['actor', 'action', 'subjectId', 'from', 'to'] as const;
const NO_FILTER: AuditFilter = { actor: null, action: null, subjectId: null, from: null, to: null };

export function toFilter(values: FilterValues): AuditFilter {
  return {
    actor: values.actor?.trim() || null,
    action: values.action ?? null,
    subjectId: values.subjectId?.trim() || null,
    from: values.from ? startOfDay(values.from) : null,
    to: values.to ? endOfDay(values.to) : null,
  };
}

/** The audit log: who did what, to whom, when; newest first; exported as Excel. */
export function AuditPage() {
  const t = useT();
  const isPhone = useIsPhone();
  const permissions = useSession()?.account.permissions ?? [];
  const [form] = Form.useForm<FilterValues>();
  const [filter, setFilter] = useState<AuditFilter>(NO_FILTER);
  const [exporting, setExporting] = useState(false);
  const [exportError, setExportError] = useState<string | null>(null);
  const query = usePagedQuery(
    AUDIT_RECORDS_QUERY,
    { ...filter },
    { pageSize: PAGE_SIZE, connection: (data) => data.auditRecords },
  );

  // a filter the server refuses (an id that is no id, a date out of range) shows under its field too
  const refused = query.error;
  useEffect(() => {
    if (refused?.field && FIELDS.some((field) => field === refused.field)) {
      form.setFields([{ name: refused.field as (typeof FIELDS)[number], errors: [refused.message] }]);
    }
  }, [form, refused]);

  const exportRecords = async () => {
    setExporting(true);
    setExportError(null);
    try {
      saveFile((await gqlRequest(EXPORT_AUDIT_QUERY, { ...filter })).exportAuditRecords);
    } catch (caught) {
      const failure = showServerError(form, FIELDS, caught, t('admin.failed'));
      if (failure.message !== null) setExportError(errorMessage(caught, t('admin.failed')));
    } finally {
      setExporting(false);
    }
  };

  return (
    <section data-testid="audit-page">
      <PageHeader title={t('admin.audit.title')}>
        {canExportAudit(permissions) ? (
          <Button
            icon={<DownloadOutlined />}
            loading={exporting}
            onClick={() => void exportRecords()}
            data-testid="audit-export"
          >
            {t('admin.audit.export')}
          </Button>
        ) : null}
      </PageHeader>
      <Card size="small" style={{ marginBottom: 12 }}>
        <Form<FilterValues>
          form={form}
          layout={isPhone ? 'vertical' : 'inline'}
          onFinish={(values) => setFilter(toFilter(values))}
          style={{ rowGap: 8 }}
          data-testid="audit-filters"
        >
          <Form.Item name="actor" label={t('admin.audit.actor')}>
            <Input
              allowClear
              maxLength={64}
              placeholder={t('admin.audit.actorPlaceholder')}
              style={{ width: isPhone ? '100%' : 160 }}
              data-testid="audit-filter-actor"
            />
          </Form.Item>
          <Form.Item name="action" label={t('admin.audit.action')}>
            <TestIdSelect<AuditAction | null>
              testId="audit-filter-action"
              allowClear
              placeholder={t('admin.audit.anyAction')}
              options={AUDIT_ACTIONS.map((value) => ({ value, label: t(`admin.audit.action.${value}`) }))}
              style={{ width: isPhone ? '100%' : 190 }}
            />
          </Form.Item>
          <Form.Item name="subjectId" label={t('admin.audit.subject')}>
            <Input
              allowClear
              maxLength={36}
              style={{ width: isPhone ? '100%' : 200 }}
              data-testid="audit-filter-subject"
            />
          </Form.Item>
          <Form.Item name="from" label={t('admin.audit.from')}>
            <Input type="date" style={{ width: isPhone ? '100%' : 150 }} data-testid="audit-filter-from" />
          </Form.Item>
          <Form.Item
            name="to"
            label={t('admin.audit.to')}
            dependencies={['from']}
            rules={[
              ({ getFieldValue }) => ({
                validator: async (_: unknown, value: string | undefined) => {
                  const from: string | undefined = getFieldValue('from');
                  if (value && from && from > value) throw new Error(t('admin.audit.rangeInvalid'));
                },
              }),
            ]}
          >
            <Input type="date" style={{ width: isPhone ? '100%' : 150 }} data-testid="audit-filter-to" />
          </Form.Item>
          <Flex gap={8}>
            <Button type="primary" htmlType="submit" icon={<SearchOutlined />} data-testid="audit-search">
              {t('admin.audit.search')}
            </Button>
            <Button
              onClick={() => {
                form.resetFields();
                setFilter(NO_FILTER);
              }}
              data-testid="audit-clear"
            >
              {t('admin.audit.clear')}
            </Button>
          </Flex>
        </Form>
      </Card>
      {exportError ? (
        <Alert
          type="error"
          showIcon
          title={exportError}
          style={{ marginBottom: 12 }}
          data-testid="audit-export-error"
        />
      ) : null}
      <PagedQueryState testId="audit" query={query} emptyText={t('admin.audit.empty')}>
        {isPhone ? (
          <AuditCards records={query.nodes} loading={query.loading} />
        ) : (
          <AuditTable records={query.nodes} loading={query.loading} />
        )}
      </PagedQueryState>
    </section>
  );
}
