import { useT, COLORS } from '@xiangzhi/platform';
import { Button, Flex } from 'antd';
import { useState } from 'react';
import type { CaseAction, CaseDetail } from '../../api/cases';
import { ACTION_FORMS } from '../../lib/cases';
import { CaseActionForm } from './CaseActionForm';

export interface CaseActionsProps {
  item: CaseDetail;
  onDone(updated: CaseDetail): void;
  onReload(): void;
}

/** A button for each action the server allows this caller now (`availableActions`); a tap opens its form. */
export function CaseActions({ item, onDone, onReload }: CaseActionsProps) {
  const t = useT();
  const [open, setOpen] = useState<CaseAction | null>(null);
  if (item.availableActions.length === 0)
    return (
      <span style={{ color: COLORS.textTertiary }} data-testid="case-no-actions">
        {t('gov.case.noActions')}
      </span>
    );
  return (
    <div data-testid="case-actions">
      <Flex wrap gap={8}>
        {item.availableActions.map((action, index) => (
          <Button
            key={action}
            size="large"
            type={open === action || (open === null && index === 0) ? 'primary' : 'default'}
            danger={ACTION_FORMS[action].danger}
            onClick={() => setOpen(open === action ? null : action)}
            aria-expanded={open === action}
            data-testid={`case-action-${action}`}
          >
            {t(`gov.caseAction.${action}`)}
          </Button>
        ))}
      </Flex>
      {open ? (
        <CaseActionForm
          key={`${open}-${item.version}`}
          item={item}
          action={open}
          onCancel={() => setOpen(null)}
          onDone={(updated) => {
            setOpen(null);
            onDone(updated);
          }}
          onReload={() => {
            setOpen(null);
            onReload();
          }}
        />
      ) : null}
    </div>
  );
}
