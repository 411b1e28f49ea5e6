/** A Relay connection as the subgraphs return it (`first` / `after` pagination). */
export interface Connection<Node> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { cursor: string; node: Node }[];
}

/** The nodes of a connection; none while it has not arrived. */
export function nodesOf<Node>(connection: Pick<Connection<Node>, 'edges'> | null | undefined): Node[] {
  return connection?.edges.map((edge) => edge.node) ?? [];
}
