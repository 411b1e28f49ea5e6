import { Flex } from 'antd';
import type { ReactNode } from 'react';

export interface PageHeaderProps {
  title: ReactNode;
  /** Space below the header (px). */
  marginBottom?: number;
  /** Beside the title on the right (a region picker), wrapping below it on a phone. */
  children?: ReactNode;
}

/** A page's title line. */
export function PageHeader({ title, marginBottom = 12, children }: PageHeaderProps) {
  return (
    <Flex justify="space-between" align="center" wrap gap={12} style={{ marginBottom }}>
      <h2 style={{ margin: 0, fontSize: 20 }}>{title}</h2>
      {children}
    </Flex>
  );
}
