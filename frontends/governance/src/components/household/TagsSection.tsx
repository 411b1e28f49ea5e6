import { PlusOutlined } from '@ant-design/icons';
import { gqlRequest, useT, COLORS } from '@xiangzhi/platform';
import { Alert, Button, Flex, Input, Tag } from 'antd';
import { useState } from 'react';
import { TAG_KINDS, type TagKind } from '../../api/enums';
import { REMOVE_TAG_MUTATION, SET_TAG_MUTATION, type HouseholdTagDetail, type TagsResult } from '../../api/household';
import { formatDateTime } from '../../lib/dates';
import { asRequestError } from '../../lib/errors';
import { tagColor } from '../TagList';
import { Select } from '../LazySelect';

export interface TagsSectionProps {
  householdId: string;
  tags: HouseholdTagDetail[];
  canEdit: boolean;
  onChanged(result: TagsResult): void;
}

/** Special-group tags with who set them and when; add and remove for those who may write. */
export function TagsSection({ householdId, tags, canEdit, onChanged }: TagsSectionProps) {
  const t = useT();
  const [adding, setAdding] = useState<TagKind | null>(null);
  const [note, setNote] = useState('');
  const [confirming, setConfirming] = useState<TagKind | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const present = new Set(tags.map((tag) => tag.tag));

  const run = async (send: () => Promise<TagsResult>) => {
    setBusy(true);
    setError(null);
    try {
      onChanged(await send());
      return true;
    } catch (caught) {
      setError(asRequestError(caught, t('gov.common.failed')).message);
      return false;
    } finally {
      setBusy(false);
    }
  };

  const add = async () => {
    if (!adding) return;
    const variables = { householdId, tag: adding, note: note.trim() || null };
    if (await run(async () => (await gqlRequest(SET_TAG_MUTATION, variables)).setHouseholdTag)) {
      setAdding(null);
      setNote('');
    }
  };

  const remove = async (tag: TagKind) => {
    const send = async () => (await gqlRequest(REMOVE_TAG_MUTATION, { householdId, tag })).removeHouseholdTag;
    if (await run(send)) setConfirming(null);
  };

  return (
    <Flex vertical gap={8} data-testid="household-tag-section">
      {tags.length === 0 ? (
        <span style={{ color: COLORS.textTertiary }} data-testid="household-tags-empty">
          {t('gov.tags.none')}
        </span>
      ) : null}
      {tags.map((tag) => (
        <Flex key={tag.tag} align="center" gap={8} wrap data-testid="household-tag" data-tag={tag.tag}>
          <Tag color={tagColor(tag.tag)}>{t(`gov.tag.${tag.tag}`)}</Tag>
          <span style={{ color: COLORS.textSecondary, fontSize: 13 }} data-testid="household-tag-meta">
            {t('gov.tags.setBy', { who: tag.setBy, when: formatDateTime(tag.setAt) })}
            {tag.note ? ` · ${tag.note}` : ''}
          </span>
          {canEdit && confirming !== tag.tag ? (
            <Button
              size="small"
              type="link"
              danger
              onClick={() => setConfirming(tag.tag)}
              data-testid="household-tag-remove"
            >
              {t('gov.tags.remove')}
            </Button>
          ) : null}
          {confirming === tag.tag ? (
            <Flex gap={6}>
              <Button
                size="small"
                danger
                type="primary"
                loading={busy}
                onClick={() => remove(tag.tag)}
                data-testid="household-tag-remove-confirm"
              >
                {t('gov.tags.removeConfirm')}
              </Button>
              <Button size="small" onClick={() => setConfirming(null)}>
                {t('gov.common.cancel')}
              </Button>
            </Flex>
          ) : null}
        </Flex>
      ))}
      {canEdit ? (
        <Flex wrap gap={8} align="center" style={{ marginTop: 4 }}>
          <span data-testid="household-tag-add-select" style={{ minWidth: 160 }}>
            <Select<TagKind>
              placeholder={t('gov.tags.choose')}
              value={adding ?? undefined}
              onChange={setAdding}
              options={TAG_KINDS.filter((tag) => !present.has(tag)).map((tag) => ({
                value: tag,
                label: t(`gov.tag.${tag}`),
              }))}
              style={{ width: 180 }}
            />
          </span>
          <Input
            placeholder={t('gov.tags.note')}
            value={note}
            maxLength={200}
            onChange={(event) => setNote(event.target.value)}
            style={{ width: 200, maxWidth: '100%' }}
            data-testid="household-tag-add-note"
          />
          <Button
            icon={<PlusOutlined />}
            disabled={!adding}
            loading={busy && adding !== null}
            onClick={add}
            data-testid="household-tag-add"
          >
            {t('gov.tags.add')}
          </Button>
        </Flex>
      ) : null}
      {error ? <Alert type="error" showIcon title={error} data-testid="household-tag-error" /> : null}
    </Flex>
  );
}
