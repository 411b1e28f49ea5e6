import { PeerUnavailableError, peerEntityLoader, type PeerContext, type SubgraphContext } from '@xiangzhi/subgraph-kit';

/** What meetings needs to know of a cadre governance owns. */
export interface CadreSummary {
  id: string;
  divisionCode: string;
}

/** A cadre as the caller may see it in governance, or null (no such cadre, or outside the caller's reach). */
export type FindCadre = (id: string) => Promise<CadreSummary | null>;

export type MeetingsContext = SubgraphContext & PeerContext;

/**
 * Asks governance, with the caller's own token, so governance's scoping decides what is visible.
 * Every id asked during one request goes in one call (a per-request loader, cached for the request).
 */
export const findCadre =
  (ctx: MeetingsContext): FindCadre =>
  (id) =>
    peerEntityLoader<CadreSummary>(ctx, 'governance', 'Cadre', 'id divisionCode').load(id);

/**
 * A cadre reference for a field of this subgraph (a chair, who raised an item): null when the caller may not see
 * the cadre (an unresolvable reference would be an error on the page); the key alone when governance is down
 * (the gateway then reports governance's fields as unavailable).
 */
export async function visibleCadreRef(ctx: MeetingsContext, id: string | null): Promise<{ id: string } | null> {
  if (!id) return null;
  try {
    return (await findCadre(ctx)(id)) ? { id } : null;
  } catch (e) {
    if (e instanceof PeerUnavailableError) return { id };
    throw e;
  }
}
