// The villager's page talks to the gateway with plain fetch: no GraphQL client, no session (the code is the key).

export type ServiceKind = 'GOVERNMENT' | 'PRODUCTION' | 'CARE' | 'MEDIATION';

export interface PublicContact {
  title: string;
  post: string;
}
export interface PublicCase {
  id: string;
  code: string;
  domain: string;
  closedAt: string;
  objectionUntil: string;
}
export interface PublicHousehold {
  villageName: string;
  townshipName: string | null;
  contacts: PublicContact[];
  objectableCases: PublicCase[];
}
export interface PublicOrder {
  id: string;
  kind: ServiceKind;
  summary: string;
  status: string;
  orderedAt: string;
  doneAt: string | null;
  handler: PublicContact | null;
  rating: number | null;
}

/** A refusal the page shows: the server's Chinese message and its code. */
export class PublicError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
  }
}

async function call<T>(query: string, variables: Record<string, unknown>): Promise<T> {
  let res: Response;
  try {
    res = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
  } catch {
    throw new PublicError('网络不通，请稍后再试', 'NETWORK');
  }
  const body = (await res.json().catch(() => null)) as {
    data?: T;
    errors?: { message: string; extensions?: { code?: string } }[];
  } | null;
  const error = body?.errors?.[0];
  if (error || !body?.data)
    throw new PublicError(error?.message ?? '服务暂时不可用', error?.extensions?.code ?? 'ERROR');
  return body.data;
}

const ORDER = 'id kind summary status orderedAt doneAt rating handler { title post }';

export const publicApi = {
  household: (code: string) =>
    call<{ publicHousehold: PublicHousehold }>(
      `query($c: String!) { publicHousehold(code: $c) { villageName townshipName contacts { title post }
        objectableCases { id code domain closedAt objectionUntil } } }`,
      { c: code },
    ).then((d) => d.publicHousehold),
  orders: (code: string) =>
    call<{ publicServiceOrders: PublicOrder[] }>(`query($c: String!) { publicServiceOrders(code: $c) { ${ORDER} } }`, {
      c: code,
    }).then((d) => d.publicServiceOrders),
  place: (code: string, kind: ServiceKind, description: string, preferredTime: string) =>
    call<{ placeServiceOrder: PublicOrder }>(
      `mutation($c: String!, $k: ServiceOrderKind!, $d: String!, $p: String) {
        placeServiceOrder(code: $c, kind: $k, description: $d, preferredTime: $p) { ${ORDER} } }`,
      { c: code, k: kind, d: description, p: preferredTime || null },
    ).then((d) => d.placeServiceOrder),
  rate: (code: string, orderId: string, rating: number, comment: string) =>
    call<{ ratePublicServiceOrder: PublicOrder }>(
      `mutation($c: String!, $o: ID!, $r: Int!, $m: String) {
        ratePublicServiceOrder(code: $c, orderId: $o, rating: $r, comment: $m) { ${ORDER} } }`,
      { c: code, o: orderId, r: rating, m: comment || null },
    ).then((d) => d.ratePublicServiceOrder),
  object: (code: string, caseId: string, reason: string) =>
    call<{ objectToCase: PublicCase[] }>(
      `mutation($c: String!, $id: ID!, $r: String!) {
        objectToCase(code: $c, caseId: $id, reason: $r) { id code domain closedAt objectionUntil } }`,
      { c: code, id: caseId, r: reason },
    ).then((d) => d.objectToCase),
};
