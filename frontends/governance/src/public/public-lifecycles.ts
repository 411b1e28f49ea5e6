import type { LifeCycles } from 'single-spa';

interface PageProps {
  /** The shell's container of the page. */
  domElement: HTMLElement;
}

/**
 * single-spa lifecycles of a public page (no login): its own stylesheet once, then `render` into the
 * shell's container with the path's segment `segment` (the code the page is for); render returns its clean-up.
 */
export function publicPageLifecycles(
  styleId: string,
  css: string,
  segment: number,
  render: (root: HTMLElement, code: string) => () => void,
): LifeCycles<PageProps> {
  let cleanUp: (() => void) | null = null;
  return {
    bootstrap: async () => {
      if (document.getElementById(styleId)) return;
      const style = document.createElement('style');
      style.id = styleId;
      style.textContent = css;
      document.head.append(style);
    },
    mount: async ({ domElement }) => {
      cleanUp?.();
      cleanUp = render(domElement, decodeURIComponent(window.location.pathname.split('/')[segment] ?? ''));
    },
    unmount: async () => {
      cleanUp?.();
      cleanUp = null;
    },
  };
}
