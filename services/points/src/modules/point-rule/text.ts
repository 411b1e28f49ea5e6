import type { AppError } from '@xiangzhi/subgraph-kit';
import { charCount, hasControlChars } from '@xiangzhi/subgraph-kit';

/** A one-line text (a reason) trimmed, 1 to `max` characters, no control characters; `fail` words the refusal. */
export function requireLine(value: string | null | undefined, max: number, fail: (detail: string) => AppError): string {
  const text = (value ?? '').trim();
  if (charCount(text) < 1 || charCount(text) > max) throw fail(`应为 1 到 ${max} 个字`);
  if (hasControlChars(text)) throw fail('不能包含换行、制表符等控制字符');
  return text;
}
