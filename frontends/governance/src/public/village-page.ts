// 村务公开: the village's public notice board at /public/village/<code>. Plain DOM, plain fetch, no session:
// published months only (the server answers nothing else), counts only.

export interface PublicVillageMonth {
  month: string;
  casesRaised: number;
  casesClosed: number;
  casesOnTime: number;
  satisfactionRate: number | null;
  ordersDone: number;
}
export interface PublicVillagePage {
  villageName: string;
  townshipName: string | null;
  months: PublicVillageMonth[];
}

const QUERY = `query($v: String!) { publicVillagePage(villageCode: $v) { villageName townshipName
  months { month casesRaised casesClosed casesOnTime satisfactionRate ordersDone } } }`;

export async function fetchVillagePage(code: string): Promise<PublicVillagePage | null> {
  const res = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: QUERY, variables: { v: code } }),
  });
  const body = (await res.json()) as { data?: { publicVillagePage: PublicVillagePage | null }; errors?: unknown[] };
  if (body.errors || !body.data) throw new Error('服务暂时不可用');
  return body.data.publicVillagePage;
}

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  node.append(...children);
  return node;
}

const percent = (r: number | null): string => (r === null ? '—' : `${Math.round(r * 1000) / 10}%`);
const monthLabel = (m: string): string => `${m.slice(0, 4)} 年 ${Number(m.slice(5))} 月`;

function monthCard(m: PublicVillageMonth): HTMLElement {
  const stat = (label: string, value: string, testId: string) =>
    el('div', { class: 'xz-pv-stat' }, el('div', { class: 'xz-pv-value', 'data-testid': testId }, value), label);
  return el(
    'section',
    { class: 'xz-pv-month', 'data-testid': `public-village-month-${m.month}` },
    el('h2', {}, monthLabel(m.month)),
    el(
      'div',
      { class: 'xz-pv-stats' },
      stat('登记民情', String(m.casesRaised), 'pv-raised'),
      stat('办结销号', String(m.casesClosed), 'pv-closed'),
      stat('按期办结', String(m.casesOnTime), 'pv-on-time'),
      stat('群众满意率', percent(m.satisfactionRate), 'pv-satisfaction'),
      stat('点单服务完成', String(m.ordersDone), 'pv-orders'),
    ),
  );
}

/** Renders the page into the container; returns what unmounting clears. */
export function renderVillagePage(root: HTMLElement, code: string): () => void {
  const page = el('main', { class: 'xz-pv', 'data-testid': 'public-village-page' }, el('p', {}, '正在加载…'));
  root.replaceChildren(page);
  let live = true;
  fetchVillagePage(code).then(
    (data) => {
      if (!live) return;
      if (!data) {
        page.replaceChildren(
          el('h1', {}, '村务公开'),
          el('p', { 'data-testid': 'public-village-missing' }, '没有找到这个村。'),
        );
        return;
      }
      page.replaceChildren(
        el('h1', { 'data-testid': 'public-village-name' }, `${data.townshipName ?? ''}${data.villageName} · 村务公开`),
        el('p', { class: 'xz-pv-note' }, '民情办理和为民服务情况，按月公开。'),
        ...(data.months.length
          ? data.months.map(monthCard)
          : [el('p', { 'data-testid': 'public-village-empty' }, '本村尚未公开任何月份。')]),
      );
    },
    () => live && page.replaceChildren(el('p', {}, '网络不通或服务暂时不可用，请稍后再试。')),
  );
  return () => {
    live = false;
    root.replaceChildren();
  };
}
