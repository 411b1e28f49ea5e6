import { useT } from '@xiangzhi/platform';
import { Button } from 'antd';
import { VISIT_METHODS, type VisitMethod } from '../../api/enums';

/** 入户走访 / 线上联络 / 蹲点调研 / 调查问卷 as four big buttons, two per row on a phone. */
export function MethodButtons({ value, onChange }: { value: VisitMethod; onChange(method: VisitMethod): void }) {
  const t = useT();
  return (
    <div
      role="radiogroup"
      aria-label={t('gov.visit.method')}
      data-testid="visit-method"
      data-value={value}
      style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(140px, 1fr))', gap: 8 }}
    >
      {VISIT_METHODS.map((method) => (
        <Button
          key={method}
          size="large"
          role="radio"
          aria-checked={value === method}
          type={value === method ? 'primary' : 'default'}
          onClick={() => onChange(method)}
          style={{ height: 52, fontSize: 16 }}
          data-testid={`visit-method-${method}`}
        >
          {t(`gov.method.${method}`)}
        </Button>
      ))}
    </div>
  );
}
