import { Writable } from 'node:stream';
import { GraphQLError } from 'graphql';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { maskGatewayError } from './error-masking.js';

function capture() {
  const lines: string[] = [];
  const log = pino(
    { level: 'info' },
    new Writable({
      write(chunk, _enc, cb) {
        lines.push(String(chunk));
        cb();
      },
    }),
  );
  return { lines, mask: maskGatewayError(log) };
}

/** How the runtime reports a subgraph it could not reach: GraphQLErrors naming it, around the network error. */
const unreachable = (serviceName: string): GraphQLError => {
  const extensions = {
    code: 'SUBREQUEST_HTTP_ERROR',
    serviceName,
    request: { method: 'POST', body: '{"query":"{ secret }"}' },
  };
  const inner = new GraphQLError('connect ECONNREFUSED 10.0.0.7:4003', {
    extensions,
    originalError: new Error('connect ECONNREFUSED 10.0.0.7:4003'),
  });
  return new GraphQLError(inner.message, { path: ['cadre', 'points'], extensions, originalError: inner });
};

describe('maskGatewayError', () => {
  it('names an unreachable subgraph in Chinese, and hides its address and the upstream request', () => {
    const { mask, lines } = capture();
    const out = mask(unreachable('points')) as GraphQLError;
    expect(out.message).toBe('积分服务（points）暂时无法访问，这部分数据未能返回，请稍后再试');
    expect(out.path).toEqual(['cadre', 'points']);
    expect(out.extensions).toEqual({ code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'points' });
    expect(JSON.stringify(out.toJSON())).not.toMatch(/10\.0\.0\.7|secret/);
    expect(lines.join('')).toContain('subgraph unreachable');
  });
  it('passes a coded error of a subgraph or of the gateway itself unchanged', () => {
    const { mask } = capture();
    const forbidden = new GraphQLError('区划 430999001002 不在您的管辖范围内', {
      extensions: { code: 'FORBIDDEN', serviceName: 'governance' },
    });
    expect(mask(forbidden)).toBe(forbidden);
  });
  it('turns anything unexpected into a Chinese internal error and logs the original', () => {
    const { mask, lines } = capture();
    const out = mask(
      new GraphQLError('boom', { path: ['me'], originalError: new TypeError('x is undefined') }),
    ) as GraphQLError;
    expect(out.message).toBe('服务器内部错误，请稍后再试');
    expect(out.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
    expect(lines.join('')).toContain('x is undefined');
  });
});
