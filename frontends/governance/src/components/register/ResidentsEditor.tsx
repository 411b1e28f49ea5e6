import { PlusOutlined } from '@ant-design/icons';
import { gqlRequest, useIsPhone, useT } from '@xiangzhi/platform';
import { Alert, Button, Flex } from 'antd';
import { useState } from 'react';
import type { ResidentDetail } from '../../api/household';
import { REMOVE_RESIDENT_MUTATION } from '../../api/register-forms';
import { asRequestError } from '../../lib/errors';
import { ResidentsSection, type ResidentsSectionProps } from '../household/ResidentsSection';
import { ResidentForm } from './ResidentForm';

export interface ResidentsEditorProps extends Omit<ResidentsSectionProps, 'actions'> {
  householdId: string;
  canEdit: boolean;
  /** After a change: the household is loaded again. */
  onChanged(): void;
}

/** The members, and for those who may change the register: add, edit (with version) and remove. */
export function ResidentsEditor({ householdId, canEdit, onChanged, ...section }: ResidentsEditorProps) {
  const t = useT();
  const isPhone = useIsPhone();
  const [editing, setEditing] = useState<ResidentDetail | 'new' | null>(null);
  const [removing, setRemoving] = useState<ResidentDetail | null>(null);
  const [error, setError] = useState<string | null>(null);
  const changed = () => {
    setEditing(null);
    setRemoving(null);
    onChanged();
  };
  const remove = async (resident: ResidentDetail) => {
    setError(null);
    try {
      await gqlRequest(REMOVE_RESIDENT_MUTATION, { id: resident.id, version: resident.version });
      changed();
    } catch (caught) {
      setError(asRequestError(caught, t('gov.common.failed')).message);
    }
  };
  const actions = (row: ResidentDetail) => (
    <Flex gap={4}>
      <Button size="small" type="link" onClick={() => setEditing(row)} data-testid="resident-edit">
        {t('gov.resForm.edit')}
      </Button>
      <Button size="small" type="link" danger onClick={() => setRemoving(row)} data-testid="resident-remove">
        {t('gov.resForm.remove')}
      </Button>
    </Flex>
  );

  return (
    <Flex vertical gap={8}>
      {canEdit && editing === null ? (
        <Button
          icon={<PlusOutlined />}
          size={isPhone ? 'large' : 'middle'}
          block={isPhone}
          style={{ alignSelf: isPhone ? undefined : 'flex-start' }}
          onClick={() => setEditing('new')}
          data-testid="resident-add"
        >
          {t('gov.resForm.add')}
        </Button>
      ) : null}
      {editing ? (
        <ResidentForm
          key={editing === 'new' ? 'new' : editing.id}
          householdId={householdId}
          resident={editing === 'new' ? undefined : editing}
          onSaved={changed}
          onCancel={() => setEditing(null)}
          onReload={changed}
        />
      ) : null}
      {removing ? (
        <Alert
          type="warning"
          showIcon
          title={t('gov.resForm.removeConfirm', { name: removing.name })}
          action={
            <Flex gap={6}>
              <Button size="small" onClick={() => setRemoving(null)}>
                {t('gov.common.cancel')}
              </Button>
              <Button size="small" danger onClick={() => remove(removing)} data-testid="resident-remove-confirm">
                {t('gov.resForm.remove')}
              </Button>
            </Flex>
          }
          data-testid="resident-remove-prompt"
        />
      ) : null}
      {error ? <Alert type="error" showIcon title={error} data-testid="resident-remove-error" /> : null}
      <ResidentsSection {...section} actions={canEdit ? actions : undefined} />
    </Flex>
  );
}
