import { PlusOutlined } from '@ant-design/icons';
import { useSession, useT } from '@xiangzhi/platform';
import { Button } from 'antd';
import { canRaiseCase } from '../../lib/access';
import { navigate } from '../../lib/routing';

export interface RaiseCaseButtonProps {
  householdId: string;
  /** From a visit: "转为民情事项" (source VISIT); else "登记民情" for the household. */
  visitId?: string | null;
  size?: 'small' | 'middle' | 'large';
  block?: boolean;
}

/** Opens the raise form prefilled with the household (and the visit); nothing without CASE_RAISE. */
export function RaiseCaseButton({ householdId, visitId = null, size = 'middle', block }: RaiseCaseButtonProps) {
  const t = useT();
  const grants = useSession()?.account.permissions ?? [];
  if (!canRaiseCase(grants)) return null;
  return (
    <Button
      size={size}
      block={block}
      icon={<PlusOutlined />}
      onClick={() => navigate({ page: 'case-new', visit: visitId, household: householdId })}
      data-testid={visitId ? 'visit-raise-case' : 'household-raise-case'}
      data-visit-id={visitId ?? undefined}
    >
      {visitId ? t('gov.case.fromVisit') : t('gov.case.raiseForHousehold')}
    </Button>
  );
}
