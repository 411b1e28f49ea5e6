/**
 * Pages anyone may open without an account (a villager scanning a QR code, the village's public
 * notice board): the shell mounts them full screen, never redirects them to /login and does not
 * wait for a session. Each is an entry of a module's build (`microFrontendConfig(name, pages)`),
 * loaded by its bare specifier through the import map, exporting single-spa lifecycles.
 * Add a page: one line here, one entry in the module's vite.config.ts, and its GraphQL fields in
 * the gateway's OPEN_FIELDS.
 */
export interface PublicPage {
  /** single-spa application name. */
  name: string;
  /** Path prefix the page answers (`/s/` → `/s/<code>`). */
  prefix: string;
  /** Bare specifier of the page's entry. */
  specifier: string;
}

export const PUBLIC_PAGES: readonly PublicPage[] = [
  // 群众点单: the QR code of a household's contact card
  { name: 'public-order', prefix: '/s/', specifier: '@xiangzhi/governance/public-order' },
  // 村务公开: a village's published monthly counts
  { name: 'public-village', prefix: '/public/village/', specifier: '@xiangzhi/governance/public-village' },
];

export const publicPageFor = (pathname: string): PublicPage | undefined =>
  PUBLIC_PAGES.find((page) => pathname.startsWith(page.prefix) && pathname.length > page.prefix.length);
