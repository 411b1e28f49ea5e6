import { callPeer, peerEntityLoader, type PeerContext } from '@xiangzhi/subgraph-kit';

/** A cadre as governance shows it to the caller. */
export interface PeerCadre {
  id: string;
  name: string;
  divisionCode: string;
}

/**
 * What a ranking needs of governance, which owns cadres and grid posts: asked at compute time with the
 * caller's own token (governance scopes), and kept in the ranking's rows, so a published board never
 * depends on governance again.
 */
export interface RankingDirectory {
  /** Cadres by id (null: unknown or outside the caller's reach), one call for all. */
  cadres(ids: readonly string[]): Promise<Map<string, PeerCadre | null>>;
  /** Holders of an active grid post (网格长、网格员) in the division's grids, every level below it. */
  gridMembers(divisionCode: string): Promise<PeerCadre[]>;
}

interface GridNode {
  members: { cadre: PeerCadre | null }[];
  children?: GridNode[];
}

// a township's grid tree is three levels deep (township, village, area); a village's two
const GRID_POSTS = `query RankingGridPosts($code: String!) {
  region(code: $code) { gridTree { ...Posts children { ...Posts children { ...Posts } } } }
}
fragment Posts on Grid { members { cadre { id name divisionCode } } }`;

/** The directory of a request: governance through the peer pattern (signed calls as the caller). */
export function rankingDirectory(ctx: PeerContext): RankingDirectory {
  return {
    async cadres(ids) {
      const loader = peerEntityLoader<PeerCadre>(ctx, 'governance', 'Cadre', 'id name divisionCode');
      const found = await loader.loadMany([...ids]);
      return new Map(ids.map((id, i) => [id, found[i] instanceof Error ? null : (found[i] as PeerCadre | null)]));
    },
    async gridMembers(divisionCode) {
      const answer = await callPeer<{ region: { gridTree: GridNode[] } | null }>(ctx, 'governance', GRID_POSTS, {
        code: divisionCode,
      });
      const out = new Map<string, PeerCadre>();
      const walk = (nodes: GridNode[]): void => {
        for (const node of nodes) {
          for (const m of node.members) if (m.cadre) out.set(m.cadre.id, m.cadre);
          walk(node.children ?? []);
        }
      };
      walk(answer.data?.region?.gridTree ?? []);
      // a post in one of the division's grids counts, whoever holds it (a township cadre in a village's area grid too)
      return [...out.values()];
    },
  };
}
