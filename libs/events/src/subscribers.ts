import { isSubscriberName } from './event.js';
import type { Subscriber } from './relay.js';

/**
 * Parses `name=url,name=url` (EVENT_SUBSCRIBERS) into subscribers; throws with the Chinese reason
 * for a malformed entry, a repeated name or a URL that is not http(s).
 */
export function parseSubscribers(value: string): Subscriber[] {
  const out: Subscriber[] = [];
  for (const part of value
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)) {
    const at = part.indexOf('=');
    const name = at > 0 ? part.slice(0, at).trim() : '';
    const url = at > 0 ? part.slice(at + 1).trim() : '';
    if (!isSubscriberName(name))
      throw new Error(`订阅方名称无效：${part}（应为 名称=URL，名称用小写字母、数字和连字符）`);
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      throw new Error(`订阅方 ${name} 的地址不是合法的 URL：${url}`);
    }
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')
      throw new Error(`订阅方 ${name} 的地址须为 http 或 https：${url}`);
    if (out.some((s) => s.name === name)) throw new Error(`订阅方 ${name} 重复`);
    out.push({ name, url: parsed.toString() });
  }
  return out;
}
