import { parse } from 'graphql';
import { composeServices, compositionHasErrors } from '@theguild/federation-composition';
import { signRequest } from '@xiangzhi/auth';
import type { Logger } from 'pino';

export interface SubgraphEndpoint {
  name: string;
  url: string;
}

const SDL_QUERY = JSON.stringify({ query: '{ _service { sdl } }' });

async function fetchSdl(s: SubgraphEndpoint, secret: string): Promise<string> {
  const res = await fetch(s.url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...signRequest(secret, {
        method: 'POST',
        path: new URL(s.url).pathname + new URL(s.url).search,
        body: SDL_QUERY,
      }),
    },
    body: SDL_QUERY,
    signal: AbortSignal.timeout(5000),
  });
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  const body = (await res.json()) as { data?: { _service?: { sdl?: string } } };
  const sdl = body.data?._service?.sdl;
  if (!sdl) throw new Error('no _service.sdl in the answer');
  return sdl;
}

/**
 * Fetches every subgraph's SDL (waiting for those still starting, up to `timeoutMs`) and
 * composes the supergraph. A subgraph that never answers is named in the error.
 */
export async function composeSupergraph(
  subgraphs: SubgraphEndpoint[],
  secret: string,
  timeoutMs: number,
  log: Logger,
): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  const sdls = new Map<string, string>();
  const lastError = new Map<string, string>();
  let announced = false;
  for (;;) {
    await Promise.all(
      subgraphs
        .filter((s) => !sdls.has(s.name))
        .map(async (s) => {
          try {
            sdls.set(s.name, await fetchSdl(s, secret));
          } catch (e) {
            lastError.set(
              s.name,
              e instanceof Error ? (e.cause instanceof Error ? e.cause.message : e.message) : String(e),
            );
          }
        }),
    );
    const missing = subgraphs.filter((s) => !sdls.has(s.name));
    if (!missing.length) break;
    if (Date.now() >= deadline) {
      const names = missing.map((s) => `${s.name} (${s.url}: ${lastError.get(s.name)})`).join(', ');
      throw new Error(`子图不可用，无法组合超图 / subgraph(s) down, cannot compose the supergraph: ${names}`);
    }
    if (!announced) {
      log.info({ waitingFor: missing.map((s) => s.name) }, 'waiting for subgraphs');
      announced = true;
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  const result = composeServices(
    subgraphs.map((s) => ({ name: s.name, url: s.url, typeDefs: parse(sdls.get(s.name) as string) })),
  );
  if (compositionHasErrors(result)) {
    throw new Error(`超图组合失败 / composition failed:\n${result.errors.map((e) => `  ${e.message}`).join('\n')}`);
  }
  return result.supergraphSdl;
}
