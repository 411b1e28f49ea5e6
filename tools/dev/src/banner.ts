import { ROLE_LABELS } from '@xiangzhi/auth';
import type { DemoDataset } from '@xiangzhi/testing/demo';

/** Terminal columns of a string: CJK and full-width characters take two. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text)
    width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch)
      ? 2
      : 1;
  return width;
}

const pad = (text: string, width: number): string => text + ' '.repeat(Math.max(0, width - displayWidth(text)));

/** Rows under a header, columns aligned for mixed Chinese and Latin text. */
export function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[i] ?? ''))));
  const line = (cells: string[]): string => `  ${cells.map((c, i) => pad(c, widths[i]!)).join('  ')}`.trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

/** The demo logins of docs/api-contract.md, with role and jurisdiction in words. */
export function demoLoginTable(data: Pick<DemoDataset, 'accounts' | 'regions' | 'cadres'>): string {
  const region = new Map(data.regions.map((r) => [r.code, r]));
  const fullName = (code: string): string => {
    const names: string[] = [];
    for (let r = region.get(code); r; r = r.parentCode ? region.get(r.parentCode) : undefined) names.unshift(r.name);
    return names.join('');
  };
  const cadre = new Map(data.cadres.map((c) => [c.id, c]));
  const rows = data.accounts.map((a) => [
    a.username,
    a.roles.map((r) => ROLE_LABELS[r] ?? r).join('、'),
    `${fullName(a.divisionCode)} ${a.divisionCode}`,
    a.cadreId ? `${a.displayName}（${cadre.get(a.cadreId)?.post ?? ''}）` : a.displayName,
  ]);
  return table(['用户名 username', '角色 role', '辖区 jurisdiction', '姓名 name'], rows);
}
