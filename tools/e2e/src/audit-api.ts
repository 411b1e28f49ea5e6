// Reading the audit log through the API, as the auditor: how a browser test checks that what the
// page did left exactly the audit records it should (the page itself never shows them to a cadre).
import { DEMO_PASSWORD } from '@xiangzhi/testing/demo';
import { sharedSystem } from './shared-system.js';

interface Answer<T> {
  data: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** One GraphQL request straight to the gateway, as an API client sends it (JSON, bearer token, no cookie). */
export async function gatewayQuery<T>(
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<Answer<T>> {
  const response = await fetch(sharedSystem().gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as Answer<T>;
}

/** An access token of a demo account (password DEMO_PASSWORD). */
export async function accessTokenOf(username: string): Promise<string> {
  const login = await gatewayQuery<{ login: { accessToken: string } }>(
    'mutation E2eLogin($u: String!, $p: String!) { login(username: $u, password: $p) { accessToken } }',
    { u: username, p: DEMO_PASSWORD },
  );
  const token = login.data?.login.accessToken;
  if (!token) throw new Error(`${username} could not sign in: ${JSON.stringify(login.errors)}`);
  return token;
}

export interface AuditRecordView {
  action: string;
  actorName: string;
  subjectType: string;
  subjectId: string | null;
  reason: string;
  detail: string | null;
}

/** The audit records of one action by exactly `actor` (username) since `from`, read by the demo auditor. */
export async function auditRecordsOf(action: string, actor: string, from: Date): Promise<AuditRecordView[]> {
  const answer = await gatewayQuery<{ auditRecords: { edges: { node: AuditRecordView }[] } }>(
    `query E2eAuditRecords($action: AuditAction, $actor: String, $from: DateTime) {
      auditRecords(action: $action, actor: $actor, from: $from, first: 100) {
        edges { node { action actorName subjectType subjectId reason detail } }
      }
    }`,
    { action, actor, from: from.toISOString() },
    await accessTokenOf('auditor'),
  );
  if (!answer.data) throw new Error(`auditRecords refused: ${JSON.stringify(answer.errors)}`);
  // the server's actor filter matches a part of the name (secretary_1 also finds secretary_10)
  return answer.data.auditRecords.edges.map((edge) => edge.node).filter((record) => record.actorName === actor);
}
