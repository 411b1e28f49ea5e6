import { COLORS } from '@xiangzhi/platform';
/** One number with its label (antd's Statistic would add 1.5 KB gzipped). */
export function StatTile({
  label,
  value,
  testId,
  tone,
}: {
  label: string;
  value: string | number;
  testId: string;
  tone?: 'danger' | 'good';
}) {
  const color = tone === 'danger' ? COLORS.error : tone === 'good' ? COLORS.success : COLORS.text;
  return (
    <div
      style={{
        minWidth: 120,
        flex: '1 1 120px',
        padding: '10px 14px',
        background: COLORS.bgContainer,
        border: `1px solid ${COLORS.border}`,
        borderRadius: 8,
      }}
    >
      <div style={{ color: COLORS.textSecondary, fontSize: 13 }}>{label}</div>
      <div data-testid={testId} style={{ fontSize: 24, fontWeight: 600, color, fontVariantNumeric: 'tabular-nums' }}>
        {value}
      </div>
    </div>
  );
}
