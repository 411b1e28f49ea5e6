import { peerEntityLoader, type PeerContext, type SubgraphContext } from '@xiangzhi/subgraph-kit';

/** What points needs to know of a cadre governance owns. */
export interface CadreSummary {
  id: string;
  divisionCode: string;
}

/** A cadre as the caller may see it in governance, or null (no such cadre, or outside the caller's reach). */
export type FindCadre = (id: string) => Promise<CadreSummary | null>;

export type PointsContext = SubgraphContext & PeerContext;

/**
 * Asks governance, with the caller's own token, so governance's scoping decides what is visible.
 * Every id asked during one request goes in one call (a per-request loader, cached for the request).
 */
export const findCadre =
  (ctx: PointsContext): FindCadre =>
  (id) =>
    peerEntityLoader<CadreSummary>(ctx, 'governance', 'Cadre', 'id divisionCode').load(id);
