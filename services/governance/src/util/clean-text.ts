import { charCount, hasControlChars, type AppError } from '@xiangzhi/subgraph-kit';

type Invalid = (field: string, message: string) => AppError;

/** A trimmed free text within `max` characters (as people count them), or null when empty and optional. */
export function cleanText(
  invalid: Invalid,
  value: string | null | undefined,
  field: string,
  label: string,
  max: number,
  required = false,
): string | null {
  const t = value?.trim() ?? '';
  if (!t) {
    if (required) throw invalid(field, `请填写${label}`);
    return null;
  }
  if (charCount(t) > max) throw invalid(field, `${label}不能超过 ${max} 个字`);
  if (hasControlChars(t, max > 60)) throw invalid(field, `${label}含有不可见的控制字符`);
  return t;
}
