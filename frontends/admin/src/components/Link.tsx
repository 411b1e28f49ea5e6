import type { MouseEvent, ReactNode } from 'react';
import { navigate, routePath, type AdminRoute } from '../lib/routing';

/** An in-module link: a real href (open in a new tab works), plain clicks stay in the page. */
export function Link({ to, children, testId }: { to: AdminRoute; children: ReactNode; testId?: string }) {
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(to);
  };
  return (
    <a href={routePath(to)} onClick={onClick} data-testid={testId}>
      {children}
    </a>
  );
}
