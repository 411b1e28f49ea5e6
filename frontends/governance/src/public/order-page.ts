import { PublicError, publicApi, type PublicCase, type PublicOrder, type ServiceKind } from './order-api';

// 群众点单: what a villager sees after scanning the household's QR code. Chinese only: it is read by
// villagers of one county; every text the server sends is Chinese too.

const KINDS: { kind: ServiceKind; label: string; hint: string }[] = [
  { kind: 'GOVERNMENT', label: '政务服务', hint: '代办证照、社保医保、政策咨询' },
  { kind: 'PRODUCTION', label: '生产服务', hint: '农技指导、农机农资、销售对接' },
  { kind: 'CARE', label: '关爱服务', hint: '老人小孩照看、看病陪护、生活帮扶' },
  { kind: 'MEDIATION', label: '矛盾调解', hint: '邻里、家庭、土地纠纷' },
];
const KIND_LABEL = Object.fromEntries(KINDS.map((k) => [k.kind, k.label])) as Record<ServiceKind, string>;
const STATUS_LABEL: Record<string, string> = {
  ORDERED: '已点单，等待派单',
  POSTED: '已发布，等待党员接单',
  DISPATCHED: '已派单',
  ACCEPTED: '办理中',
  DONE: '已办结，请评价',
  RATED: '已评价',
  CANCELLED: '已取消',
  CONVERTED: '已转为民情事项办理',
};
const DOMAIN_LABEL: Record<string, string> = {
  INDUSTRY: '产业发展',
  LIVELIHOOD: '民生保障',
  GOVERNANCE: '基层治理',
  INFRASTRUCTURE: '基础设施',
  CADRE_CONDUCT: '干部作风',
};
const DESCRIPTION_MAX = 500;

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, value);
  node.append(...children);
  return node;
}

const day = (iso: string): string => {
  const d = new Date(iso);
  return `${d.getMonth() + 1}月${d.getDate()}日`;
};

/** A message line under a form: error or success, announced to screen readers. */
function notice(testId: string): { box: HTMLElement; show: (text: string, ok?: boolean) => void } {
  const box = el('p', { class: 'xz-po-notice', role: 'status', 'data-testid': testId, hidden: '' });
  return {
    box,
    show(text, ok = false) {
      box.textContent = text;
      box.dataset.type = ok ? 'success' : 'error';
      box.hidden = !text;
    },
  };
}

const message = (e: unknown): string => (e instanceof PublicError ? e.message : '出错了，请稍后再试');

/** Draws the page into `root` for the household code; returns the clean-up. */
export function renderOrderPage(root: HTMLElement, code: string): () => void {
  let alive = true;
  const page = el('main', { class: 'xz-po', 'data-testid': 'public-order-page' });
  root.replaceChildren(page);
  const header = el('header', { class: 'xz-po-header' }, el('h1', {}, '便民服务 · 群众点单'));
  const where = el('p', { class: 'xz-po-where', 'data-testid': 'po-village' }, '正在打开…');
  header.append(where);
  page.append(header);

  const ordersList = el('ul', { class: 'xz-po-orders', 'data-testid': 'po-orders' });
  const casesBox = el('section', { class: 'xz-po-card', hidden: '' });

  function fail(e: unknown): void {
    if (!alive) return;
    const invalid = e instanceof PublicError && e.code === 'SERVICE_ORDER_CODE_INVALID';
    page.replaceChildren(
      header,
      el('section', { class: 'xz-po-card', 'data-testid': invalid ? 'po-invalid' : 'po-error' }, message(e)),
    );
  }

  async function refreshOrders(): Promise<void> {
    const orders = await publicApi.orders(code);
    if (alive) ordersList.replaceChildren(...(orders.length ? orders.map(orderItem) : [el('li', {}, '还没有服务单')]));
  }

  function orderItem(o: PublicOrder): HTMLElement {
    const item = el(
      'li',
      { class: 'xz-po-order', 'data-testid': 'po-order', 'data-status': o.status },
      el('div', { class: 'xz-po-order-head' }, el('strong', {}, KIND_LABEL[o.kind]), el('span', {}, day(o.orderedAt))),
      el('div', {}, o.summary),
      el('div', { class: 'xz-po-status', 'data-testid': 'po-order-status' }, STATUS_LABEL[o.status] ?? o.status),
    );
    if (o.handler) item.append(el('div', { class: 'xz-po-muted' }, `承办：${o.handler.title}（${o.handler.post}）`));
    if (o.rating) item.append(el('div', { class: 'xz-po-stars' }, '★'.repeat(o.rating) + '☆'.repeat(5 - o.rating)));
    if (o.status === 'DONE') item.append(rateForm(o));
    return item;
  }

  function rateForm(o: PublicOrder): HTMLElement {
    let rating = 0;
    const stars = [1, 2, 3, 4, 5].map((n) => {
      const b = el('button', {
        type: 'button',
        class: 'xz-po-star',
        'aria-label': `${n} 星`,
        'data-testid': `po-star-${n}`,
      });
      b.textContent = '☆';
      b.addEventListener('click', () => {
        rating = n;
        stars.forEach((s, i) => (s.textContent = i < n ? '★' : '☆'));
      });
      return b;
    });
    const comment = el('input', { class: 'xz-po-input', maxlength: '200', placeholder: '说说您的意见（可不填）' });
    const submit = el('button', { type: 'submit', class: 'xz-po-button', 'data-testid': 'po-rate-submit' }, '提交评价');
    const note = notice('po-rate-notice');
    const form = el('form', { class: 'xz-po-rate' }, el('div', {}, ...stars), comment, submit, note.box);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      if (!rating) return note.show('请点星星打分');
      submit.disabled = true;
      publicApi
        .rate(code, o.id, rating, comment.value.trim())
        .then(refreshOrders)
        .catch((e: unknown) => {
          note.show(message(e));
          submit.disabled = false;
        });
    });
    return form;
  }

  function orderForm(): HTMLElement {
    let kind: ServiceKind | null = null;
    const tiles = KINDS.map((k) => {
      const b = el(
        'button',
        { type: 'button', class: 'xz-po-kind', 'aria-pressed': 'false', 'data-testid': `po-kind-${k.kind}` },
        el('strong', {}, k.label),
        el('small', {}, k.hint),
      );
      b.addEventListener('click', () => {
        kind = k.kind;
        tiles.forEach((t) => t.setAttribute('aria-pressed', String(t === b)));
      });
      return b;
    });
    const description = el('textarea', {
      id: 'po-description',
      class: 'xz-po-input',
      rows: '4',
      maxlength: String(DESCRIPTION_MAX),
      'data-testid': 'po-description',
    });
    const count = el('span', { class: 'xz-po-muted' }, `0/${DESCRIPTION_MAX}`);
    description.addEventListener(
      'input',
      () => (count.textContent = `${[...description.value].length}/${DESCRIPTION_MAX}`),
    );
    const preferred = el('input', {
      id: 'po-preferred',
      class: 'xz-po-input',
      maxlength: '50',
      placeholder: '如：周末上午',
      'data-testid': 'po-preferred',
    });
    const submit = el('button', { type: 'submit', class: 'xz-po-button', 'data-testid': 'po-submit' }, '提交点单');
    const note = notice('po-order-notice');
    const form = el(
      'form',
      { class: 'xz-po-card' },
      el('h2', {}, '我要点单'),
      el('div', { class: 'xz-po-kinds', role: 'group', 'aria-label': '服务类别' }, ...tiles),
      el('label', { for: 'po-description' }, '需要什么帮助'),
      description,
      count,
      el('label', { for: 'po-preferred' }, '希望什么时候办（可不填）'),
      preferred,
      submit,
      note.box,
    );
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      if (!kind) return note.show('请先选择服务类别');
      if (!description.value.trim()) return note.show('请写明需要什么帮助');
      submit.disabled = true;
      publicApi
        .place(code, kind, description.value.trim(), preferred.value.trim())
        .then(async () => {
          description.value = '';
          preferred.value = '';
          count.textContent = `0/${DESCRIPTION_MAX}`;
          note.show('点单成功，网格长会尽快安排党员干部上门服务', true);
          await refreshOrders();
        })
        .catch((e: unknown) => note.show(message(e)))
        .finally(() => (submit.disabled = false));
    });
    return form;
  }

  function renderCases(cases: PublicCase[]): void {
    casesBox.hidden = cases.length === 0;
    casesBox.replaceChildren(
      el('h2', {}, '对办理结果有异议'),
      el('p', { class: 'xz-po-muted' }, '已销号的事项，在异议期内可以提出异议，事项将重新办理。'),
      ...cases.map((c) => {
        const reason = el('textarea', {
          class: 'xz-po-input',
          rows: '2',
          maxlength: '500',
          'data-testid': 'po-objection',
        });
        const submit = el('button', { type: 'submit', class: 'xz-po-button', 'data-testid': 'po-object' }, '提出异议');
        const note = notice('po-object-notice');
        const form = el(
          'form',
          { class: 'xz-po-case', 'data-testid': 'po-case' },
          el('div', {}, `${c.code} · ${DOMAIN_LABEL[c.domain] ?? ''}`),
          el('div', { class: 'xz-po-muted' }, `${day(c.closedAt)}销号，${day(c.objectionUntil)}前可提出异议`),
          reason,
          submit,
          note.box,
        );
        form.addEventListener('submit', (event) => {
          event.preventDefault();
          if (!reason.value.trim()) return note.show('请写明异议理由');
          submit.disabled = true;
          publicApi
            .object(code, c.id, reason.value.trim())
            .then((left) => {
              renderCases(left);
              note.show('已提出异议，事项将重新办理', true);
            })
            .catch((e: unknown) => {
              note.show(message(e));
              submit.disabled = false;
            });
        });
        return form;
      }),
    );
  }

  publicApi
    .household(code)
    .then(async (h) => {
      if (!alive) return;
      where.textContent = [h.townshipName, h.villageName].filter(Boolean).join(' ');
      if (h.contacts.length)
        header.append(
          el(
            'p',
            { class: 'xz-po-contact' },
            `联户干部：${h.contacts.map((c) => `${c.title}（${c.post}）`).join('、')}`,
          ),
        );
      page.append(
        orderForm(),
        el('section', { class: 'xz-po-card' }, el('h2', {}, '我的服务单'), ordersList),
        casesBox,
      );
      renderCases(h.objectableCases);
      await refreshOrders();
    })
    .catch(fail);

  return () => {
    alive = false;
    root.replaceChildren();
  };
}
