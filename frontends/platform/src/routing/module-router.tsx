import type { MouseEvent, ReactNode } from 'react';
import { useSyncExternalStore } from 'react';
import { navigateToUrl } from 'single-spa';

// The routing model: the single-spa shell owns the URL and mounts a module for its prefix
// (`/governance`, `/admin`, …); inside the prefix the module's router maps paths to pages. Every
// navigation goes through single-spa's navigateToUrl, so Back, deep links and the shell's own
// routing stay in step.

/**
 * A page's path below the module prefix: segments, `:name` for a parameter, and after `?` the
 * query keys it reads (`visits/new?household`). '' is the prefix itself.
 */
type Pattern = string;
/** One pattern, or several: the first is the page's URL, the others also open it. */
export type RouteTable = Record<string, Pattern | readonly [Pattern, ...Pattern[]]>;

type First<P> = P extends readonly [infer Head, ...unknown[]] ? Head : P;
type PathOf<P> = P extends `${infer Path}?${string}` ? Path : P;
type QueryOf<P> = P extends `${string}?${infer Query}` ? Query : never;
type Split<S, By extends string> = S extends `${infer Head}${By}${infer Tail}` ? Head | Split<Tail, By> : S;
type ParamOf<Segment> = Segment extends `:${infer Name}` ? Name : never;

/** The parameters of a pattern: path parameters are strings, query keys may be absent (null). */
export type RouteParams<P> = { [Name in ParamOf<Split<PathOf<P>, '/'>>]: string } & {
  [Key in Split<QueryOf<P>, '&'>]: string | null;
};

/** Every route of a table, plus `not-found` for any other path under the prefix. */
export type RouteOf<T extends RouteTable> =
  | { [Page in keyof T & string]: { page: Page } & RouteParams<First<T[Page]>> }[keyof T & string]
  | { page: 'not-found' };

export interface LinkProps<Route> {
  to: Route;
  children: ReactNode;
  testId?: string;
}

export interface ModuleRouter<Route extends { page: string }> {
  basePath: string;
  /** Reads a pathname (and query string) of the module into a route. */
  parse(pathname: string, search?: string): Route;
  /** The URL of a route (the inverse of parse); `not-found` goes to the prefix. */
  path(route: Route): string;
  /** The current route; re-renders on every navigation. */
  useRoute(): Route;
  navigate(route: Route): void;
  /** An in-module link: a real href (open in a new tab works), plain clicks stay in the page. */
  Link(props: LinkProps<Route>): ReactNode;
}

function subscribe(listener: () => void): () => void {
  // single-spa turns every pushState/replaceState into a popstate event.
  window.addEventListener('popstate', listener);
  return () => window.removeEventListener('popstate', listener);
}

const currentUrl = (): string => window.location.pathname + window.location.search;

const segmentsOf = (path: string): string[] => path.split('/').filter(Boolean);

interface CompiledPattern {
  page: string;
  segments: string[];
  query: string[];
}

function compile(page: string, pattern: Pattern): CompiledPattern {
  const [path = '', query = ''] = pattern.split('?');
  return { page, segments: segmentsOf(path), query: query.split('&').filter(Boolean) };
}

function match(pattern: CompiledPattern, parts: string[], search: URLSearchParams): Record<string, unknown> | null {
  if (pattern.segments.length !== parts.length) return null;
  const route: Record<string, unknown> = { page: pattern.page };
  for (const [index, segment] of pattern.segments.entries()) {
    if (segment.startsWith(':')) route[segment.slice(1)] = parts[index];
    else if (segment !== parts[index]) return null;
  }
  for (const key of pattern.query) route[key] = search.get(key);
  return route;
}

export function createModuleRouter<const T extends RouteTable>(basePath: string, table: T): ModuleRouter<RouteOf<T>> {
  type Route = RouteOf<T>;
  const patterns = Object.entries(table).flatMap(([page, value]) =>
    (typeof value === 'string' ? [value] : value).map((pattern) => compile(page, pattern)),
  );
  const canonical = new Map(
    Object.entries(table).map(([page, value]) => [page, compile(page, canonicalPattern(value))]),
  );

  function parse(pathname: string, search = ''): Route {
    const rest = pathname.startsWith(basePath) ? pathname.slice(basePath.length) : pathname;
    const parts = segmentsOf(rest).map(decodeURIComponent);
    const query = new URLSearchParams(search);
    for (const pattern of patterns) {
      const route = match(pattern, parts, query);
      if (route) return route as Route;
    }
    return { page: 'not-found' } as Route;
  }

  function path(route: Route): string {
    const pattern = canonical.get(route.page);
    if (!pattern) return basePath;
    const values = route as unknown as Record<string, string | null>;
    const segments = pattern.segments.map((segment) =>
      segment.startsWith(':') ? encodeURIComponent(values[segment.slice(1)] ?? '') : segment,
    );
    const query = new URLSearchParams();
    for (const key of pattern.query) if (values[key]) query.set(key, values[key]);
    const search = query.toString();
    return [basePath, ...segments].join('/') + (search ? `?${search}` : '');
  }

  function useRoute(): Route {
    const url = useSyncExternalStore(subscribe, currentUrl, currentUrl);
    const [pathname = '', search = ''] = url.split('?');
    return parse(pathname, search);
  }

  const navigate = (route: Route): void => navigateToUrl(path(route));

  function Link({ to, children, testId }: LinkProps<Route>) {
    const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
      if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      event.preventDefault();
      navigate(to);
    };
    return (
      <a href={path(to)} onClick={onClick} data-testid={testId}>
        {children}
      </a>
    );
  }

  return { basePath, parse, path, useRoute, navigate, Link };
}

function canonicalPattern(value: Pattern | readonly Pattern[]): Pattern {
  return typeof value === 'string' ? value : (value[0] ?? '');
}
