import { Alert, Button, Card, Empty, Flex, Input } from 'antd';
import { COLORS, useT } from '@xiangzhi/platform';
import dayjs from 'dayjs';
import { useState } from 'react';
import { AddMinutesAddendumDocument, type MinutesFieldsFragment } from '../gql/graphql';
import { useMeetingsRequest } from '../lib/useMeetingsRequest';

type Addendum = MinutesFieldsFragment['addenda'][number];

export interface MinutesAddendaProps {
  minutesId: string;
  addenda: Addendum[];
  onAdded(addendum: Addendum): void;
}

/** Corrections of published minutes: each with who wrote it and when; the minutes themselves stay as published. */
export function MinutesAddenda({ minutesId, addenda, onAdded }: MinutesAddendaProps) {
  const t = useT();
  const [text, setText] = useState('');
  const add = useMeetingsRequest(AddMinutesAddendumDocument, 'minutes.failed');
  const onAdd = async (): Promise<void> => {
    const data = await add.run({ minutesId, text });
    if (!data) return;
    setText('');
    onAdded(data.addMinutesAddendum);
  };
  return (
    <Card size="small" title={t('minutes.addenda')} data-testid="minutes-addenda">
      <Flex vertical gap={12}>
        {addenda.length ? (
          addenda.map((a) => (
            <div key={a.id} data-testid="minutes-addendum">
              <div style={{ color: COLORS.textSecondary, fontSize: 12 }}>
                {t('minutes.addendumBy', { who: a.author, at: dayjs(a.createdAt).format('YYYY-MM-DD HH:mm') })}
              </div>
              <div style={{ whiteSpace: 'pre-wrap' }}>{a.text}</div>
            </div>
          ))
        ) : (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('minutes.addendaNone')} />
        )}
        <Input.TextArea
          value={text}
          onChange={(event) => setText(event.target.value)}
          autoSize={{ minRows: 2, maxRows: 8 }}
          maxLength={2000}
          placeholder={t('minutes.addendumPlaceholder')}
          data-testid="minutes-addendum-text"
        />
        {add.error ? (
          <Alert type="error" showIcon title={add.error.message} data-testid="minutes-addendum-error" />
        ) : null}
        <Flex justify="flex-end">
          <Button
            type="primary"
            disabled={!text.trim()}
            loading={add.busy}
            onClick={() => void onAdd()}
            data-testid="minutes-addendum-add"
          >
            {t('minutes.addendumAdd')}
          </Button>
        </Flex>
      </Flex>
    </Card>
  );
}
