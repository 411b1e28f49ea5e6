import { Alert, Button, Flex, Input, Space, Tag } from 'antd';
import { COLORS, useT } from '@xiangzhi/platform';
import dayjs from 'dayjs';
import { useState } from 'react';
import {
  DraftMinutesDocument,
  PublishMinutesDocument,
  UpdateMinutesDocument,
  type MinutesFieldsFragment,
} from '../gql/graphql';
import { MinutesConfirm } from './MinutesConfirm';
import { useMeetingsRequest } from '../lib/useMeetingsRequest';

// a line like "三、议题与议定事项" starts a section (the exports print it as a heading)
const HEADING = /^[一二三四五六七八九十]{1,3}、\S/;
export const sectionHeadings = (body: string): string[] =>
  body
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => HEADING.test(line));

export interface MinutesEditorProps {
  minutes: MinutesFieldsFragment;
  onChange(minutes: MinutesFieldsFragment): void;
  onReload(): void;
}

/** The draft in one text box (sections by their headings), saved with its version, then published. */
export function MinutesEditor({ minutes, onChange, onReload }: MinutesEditorProps) {
  const t = useT();
  const [body, setBody] = useState(minutes.body);
  const [base, setBase] = useState(minutes.body);
  const [confirm, setConfirm] = useState<'publish' | 'redraft' | null>(null);
  const save = useMeetingsRequest(UpdateMinutesDocument, 'minutes.failed');
  const publish = useMeetingsRequest(PublishMinutesDocument, 'minutes.failed');
  const redraft = useMeetingsRequest(DraftMinutesDocument, 'minutes.failed');
  const dirty = body !== base;
  const error = save.error ?? publish.error ?? redraft.error;
  const conflict = error?.code === 'MINUTES_VERSION_CONFLICT';

  const accept = (next: MinutesFieldsFragment): void => {
    setBody(next.body);
    setBase(next.body);
    setConfirm(null);
    onChange(next);
  };
  const onSave = async (): Promise<void> => {
    const data = await save.run({ id: minutes.id, version: minutes.version, body });
    if (data) accept(data.updateMinutes);
  };
  const onPublish = async (): Promise<void> => {
    // what is on screen is what gets published: save it first
    let current = minutes;
    if (dirty) {
      const saved = await save.run({ id: minutes.id, version: minutes.version, body });
      if (!saved) return setConfirm(null);
      current = saved.updateMinutes;
      accept(current);
    }
    const data = await publish.run({ id: current.id, version: current.version });
    if (data) accept(data.publishMinutes);
    else setConfirm(null);
  };
  const onRedraft = async (): Promise<void> => {
    const data = await redraft.run({ meetingId: minutes.meetingId, version: minutes.version });
    if (data) accept(data.draftMinutes);
    else setConfirm(null);
  };

  return (
    <Flex vertical gap={12} data-testid="minutes-editor">
      <Flex wrap gap={8} align="center">
        <span style={{ color: COLORS.textSecondary }}>{t('minutes.sections')}：</span>
        {sectionHeadings(body).map((heading) => (
          <Tag key={heading} data-testid="minutes-section">
            {heading}
          </Tag>
        ))}
      </Flex>
      <span style={{ color: COLORS.textTertiary, fontSize: 12 }}>{t('minutes.sectionsHelp')}</span>
      <Input.TextArea
        value={body}
        onChange={(event) => setBody(event.target.value)}
        autoSize={{ minRows: 14, maxRows: 40 }}
        maxLength={20000}
        aria-label={t('minutes.title')}
        data-testid="minutes-body"
      />
      {error ? (
        <Alert
          type="error"
          showIcon
          title={error.message}
          description={conflict ? t('minutes.conflictHelp') : undefined}
          data-testid={conflict ? 'minutes-conflict' : 'minutes-error'}
          action={
            conflict ? (
              <Button size="small" onClick={onReload} data-testid="minutes-reload">
                {t('minutes.reload')}
              </Button>
            ) : undefined
          }
        />
      ) : null}
      {confirm === 'publish' ? (
        <MinutesConfirm
          testId="minutes-publish-confirm"
          message={t('minutes.publishConfirm')}
          busy={publish.busy || save.busy}
          onConfirm={() => void onPublish()}
          onCancel={() => setConfirm(null)}
        />
      ) : null}
      {confirm === 'redraft' ? (
        <MinutesConfirm
          testId="minutes-redraft-confirm"
          message={t('minutes.redraftConfirm')}
          busy={redraft.busy}
          onConfirm={() => void onRedraft()}
          onCancel={() => setConfirm(null)}
        />
      ) : null}
      <Flex wrap gap={8} justify="space-between" align="center">
        <span style={{ color: dirty ? COLORS.warning : COLORS.textSecondary }} data-testid="minutes-save-state">
          {dirty
            ? t('minutes.unsaved')
            : minutes.editedBy
              ? t('minutes.editedBy', {
                  who: minutes.editedBy,
                  at: dayjs(minutes.updatedAt).format('YYYY-MM-DD HH:mm'),
                })
              : t('minutes.saved', { version: minutes.version })}
        </span>
        <Space wrap>
          <Button onClick={() => setConfirm('redraft')} data-testid="minutes-redraft">
            {t('minutes.redraft')}
          </Button>
          <Button
            type="primary"
            disabled={!dirty}
            loading={save.busy}
            onClick={() => void onSave()}
            data-testid="minutes-save"
          >
            {t('minutes.save')}
          </Button>
          <Button type="primary" danger onClick={() => setConfirm('publish')} data-testid="minutes-publish">
            {t('minutes.publish')}
          </Button>
        </Space>
      </Flex>
    </Flex>
  );
}
