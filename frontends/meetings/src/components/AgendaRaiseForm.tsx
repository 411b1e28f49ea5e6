import { Alert, Button, Card, Form, Input } from 'antd';
import { useT } from '@xiangzhi/platform';
import { RaiseAgendaItemDocument, type AgendaDomain, type AgendaMatterKind, type AgendaTrack } from '../gql/graphql';
import { AgendaChoice, DOMAINS, KINDS, TRACKS } from './AgendaChoice';
import { useMeetingsRequest } from '../lib/useMeetingsRequest';

interface Values {
  title: string;
  description: string;
  raisedByName: string;
  kind: AgendaMatterKind;
  domain: AgendaDomain;
  track: AgendaTrack;
}

/** 说事: records what a villager said at the forum; governance makes it a case. */
export function AgendaRaiseForm({ meetingId, onRaised }: { meetingId: string; onRaised(): void }) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const raise = useMeetingsRequest(RaiseAgendaItemDocument, 'forum.failed');
  const required = [{ required: true, whitespace: true, message: t('forum.raise.required') }];

  async function submit(values: Values) {
    const done = await raise.run({ input: { meetingId, ...values } });
    if (done) {
      form.resetFields();
      onRaised();
    }
  }

  return (
    <Card size="small" title={t('forum.raise.title')} data-testid="agenda-raise-form">
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ kind: 'PROBLEM', domain: 'LIVELIHOOD', track: 'VILLAGE' }}
      >
        <Form.Item name="title" label={t('forum.raise.itemTitle')} rules={required}>
          <Input maxLength={100} data-testid="agenda-raise-title" />
        </Form.Item>
        <Form.Item name="description" label={t('forum.raise.description')} rules={required}>
          <Input.TextArea
            maxLength={2000}
            autoSize={{ minRows: 2, maxRows: 6 }}
            data-testid="agenda-raise-description"
          />
        </Form.Item>
        <Form.Item name="raisedByName" label={t('forum.raise.name')} rules={required}>
          <Input maxLength={20} data-testid="agenda-raise-name" />
        </Form.Item>
        <Form.Item name="kind" label={t('forum.raise.kind')}>
          <AgendaChoice values={KINDS} prefix="forum.kind" testId="agenda-raise-kind" />
        </Form.Item>
        <Form.Item name="domain" label={t('forum.raise.domain')}>
          <AgendaChoice values={DOMAINS} prefix="forum.domain" testId="agenda-raise-domain" />
        </Form.Item>
        <Form.Item name="track" label={t('forum.raise.track')}>
          <AgendaChoice values={TRACKS} prefix="forum.track" testId="agenda-raise-track" />
        </Form.Item>
        {raise.error ? (
          <Alert
            type="error"
            showIcon
            title={raise.error.message}
            style={{ marginBottom: 12 }}
            data-testid="agenda-raise-error"
          />
        ) : null}
        <Button type="primary" htmlType="submit" loading={raise.busy} block data-testid="agenda-raise-submit">
          {t('forum.raise.submit')}
        </Button>
      </Form>
    </Card>
  );
}
