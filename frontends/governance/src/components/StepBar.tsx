import { COLORS } from '@xiangzhi/platform';
import { CheckOutlined } from '@ant-design/icons';
import { Flex } from 'antd';

/** A light step indicator (antd's Steps would add 7 KB gzipped to every page). */
export function StepBar({ steps, current, testId }: { steps: string[]; current: number; testId: string }) {
  return (
    <Flex wrap gap={8} style={{ marginBottom: 16 }} data-testid={testId} data-current={current}>
      {steps.map((label, index) => {
        const done = index < current;
        const active = index === current;
        return (
          <Flex
            key={label}
            align="center"
            gap={6}
            data-testid={`${testId}-${index}`}
            data-state={done ? 'done' : active ? 'active' : 'todo'}
          >
            <span
              style={{
                display: 'inline-flex',
                alignItems: 'center',
                justifyContent: 'center',
                width: 24,
                height: 24,
                borderRadius: 12,
                fontSize: 12,
                color: active || done ? COLORS.onPrimary : COLORS.textTertiary,
                background: active ? COLORS.primary : done ? COLORS.primaryLight : COLORS.fill,
              }}
            >
              {done ? <CheckOutlined /> : index + 1}
            </span>
            <span style={{ fontWeight: active ? 600 : 400, color: active ? undefined : COLORS.textSecondary }}>
              {label}
            </span>
            {index < steps.length - 1 ? <span style={{ color: COLORS.textQuaternary }}>›</span> : null}
          </Flex>
        );
      })}
    </Flex>
  );
}
