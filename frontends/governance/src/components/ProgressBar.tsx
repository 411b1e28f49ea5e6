import { COLORS } from '@xiangzhi/platform';
/** A plain bar (antd's Progress would add 5 KB gzipped to every page). `value` is 0..1. */
export function ProgressBar({
  value,
  label,
  testId,
  danger,
}: {
  value: number;
  label?: string;
  testId?: string;
  danger?: boolean;
}) {
  const percent = Math.round(Math.min(1, Math.max(0, value)) * 100);
  const color = danger ? COLORS.error : percent >= 100 ? COLORS.success : COLORS.primary;
  return (
    <div style={{ display: 'flex', alignItems: 'center', gap: 8, minWidth: 120 }}>
      <div
        role="progressbar"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-label={label}
        data-testid={testId}
        data-value={percent}
        style={{ flex: 1, height: 8, borderRadius: 4, background: COLORS.fill, overflow: 'hidden' }}
      >
        <div style={{ width: `${percent}%`, height: '100%', background: color, transition: 'width .3s' }} />
      </div>
      <span style={{ minWidth: 40, textAlign: 'right', fontVariantNumeric: 'tabular-nums' }}>
        {label ?? `${percent}%`}
      </span>
    </div>
  );
}
