import type { EntityManager } from '@mikro-orm/postgresql';
import { LockMode, type FilterQuery } from '@mikro-orm/core';
import { Action, can, inLine, scopeOf, type Principal } from '@xiangzhi/auth';
import { decodePage, entityNotFound, forbidden, isUuid, toConnection, type Connection } from '@xiangzhi/subgraph-kit';
import { Cadre, GridMember, Pairing } from '../cadre/index.js';
import { refusal, requireWrite } from '../territory/index.js';
import { CaseService, CaseSource } from '../case/index.js';
import { serviceOrderCompleted } from '../../events/governance-events.js';
import { ServiceOrder } from './service-order.entity.js';
import { SERVICE_ORDER_KIND_LABELS, ServiceOrderAction as A, ServiceOrderStatus as S } from './service-order.enums.js';
import { TRANSITIONS, allows } from './service-order.rules.js';
import {
  ServiceOrderErrorCode,
  orderNotFound,
  orderText,
  serviceOrderError,
  serviceOrderInput,
} from './service-order.errors.js';
import type {
  ConvertServiceOrderInput,
  DispatchServiceOrderInput,
  ServiceOrdersArgs,
} from './dto/service-order.input.js';

const RESULT_MAX = 500;
const REASON_MAX = 200;
const ORDER = [{ orderedAt: 'asc' }, { id: 'asc' }] as const;

/**
 * 网格下单—党员接单: the orders a caller may see (the office its jurisdiction, a grid leader its
 * grids, a cadre those given to them and those posted in their grids) and the transitions of
 * TRANSITIONS, each with the version the caller read.
 */
export class ServiceOrderService {
  private grids: Promise<string[]> | null = null;

  constructor(
    private readonly em: EntityManager,
    private readonly principal: Principal,
  ) {}

  /** Grids the caller's cadre serves in now (网格长 or 网格员). */
  myGrids(): Promise<string[]> {
    const cadreId = this.principal.cadreId;
    this.grids ??= cadreId
      ? this.em
          .find(GridMember, { cadre: cadreId, endedOn: null }, { fields: ['grid'] })
          .then((rows) => rows.map((r) => r.grid.id))
      : Promise.resolve([]);
    return this.grids;
  }

  async scopeFilter(): Promise<FilterQuery<ServiceOrder>> {
    const p = this.principal;
    const scope = scopeOf(p, Action.SERVICE_ORDER_READ);
    if (!scope) throw refusal(p, Action.SERVICE_ORDER_READ);
    const inDivision: FilterQuery<ServiceOrder> = { villageCode: { $like: `${p.divisionCode}%` } };
    if (scope === 'GLOBAL' || scope === 'JURISDICTION') return inDivision;
    const mine: FilterQuery<ServiceOrder>[] = [];
    if (p.cadreId) mine.push({ cadre: p.cadreId });
    // a grid leader (DISPATCH in their grids) sees every order of those grids
    if (scopeOf(p, Action.SERVICE_ORDER_DISPATCH) === 'GRID' && p.gridIds.length)
      mine.push({ gridId: { $in: p.gridIds } });
    const grids = await this.myGrids();
    if (grids.length) mine.push({ status: S.POSTED, gridId: { $in: grids } });
    return mine.length ? { $and: [inDivision, { $or: mine }] } : { id: null };
  }

  async list(q: ServiceOrdersArgs): Promise<Connection<ServiceOrder>> {
    const { limit, offset } = decodePage(q);
    const where: FilterQuery<ServiceOrder>[] = [await this.scopeFilter()];
    if (q.statuses?.length) where.push({ status: { $in: q.statuses } });
    if (q.kind) where.push({ kind: q.kind });
    if (q.gridId) where.push({ gridId: isUuid(q.gridId) ? q.gridId : null });
    if (q.regionCode) where.push({ villageCode: { $like: `${q.regionCode.replace(/\D/g, '').slice(0, 12)}%` } });
    if (q.mine) where.push(this.principal.cadreId ? { cadre: this.principal.cadreId } : { id: null });
    const [rows, total] = await this.em.findAndCount(
      ServiceOrder,
      { $and: where },
      { orderBy: [...ORDER], limit, offset },
    );
    return toConnection(rows, total, offset);
  }

  async get(id: string): Promise<ServiceOrder | null> {
    if (!isUuid(id)) return null;
    return this.em.findOne(ServiceOrder, { $and: [{ id }, await this.scopeFilter()] });
  }

  /** What the caller may do to the order now (the board's buttons); `grids`: the caller's grids. */
  actionsOn(o: ServiceOrder, grids: readonly string[]): A[] {
    const p = this.principal;
    const target = { divisionCode: o.villageCode, gridId: o.gridId };
    const dispatcher = can(p, Action.SERVICE_ORDER_DISPATCH, target);
    const handler = can(p, Action.SERVICE_ORDER_HANDLE) && !!p.cadreId && o.cadre?.id === p.cadreId;
    const mayTake = can(p, Action.SERVICE_ORDER_HANDLE) && !!p.cadreId && !!o.gridId && grids.includes(o.gridId);
    const who: Record<A, boolean> = {
      [A.DISPATCH]: dispatcher,
      [A.POST]: dispatcher && !!o.gridId,
      [A.TAKE]: mayTake,
      [A.ACCEPT]: handler,
      [A.COMPLETE]: handler,
      [A.CANCEL]: dispatcher,
      [A.CONVERT]: (dispatcher || handler) && can(p, Action.CASE_RAISE, target),
    };
    return (Object.keys(TRANSITIONS) as A[]).filter((a) => who[a] && allows(a, o.status));
  }

  /** The order, locked for this transaction, at the version the caller read and in a status the action starts from. */
  private async load(tx: EntityManager, id: string, version: number, action: A): Promise<ServiceOrder> {
    const visible = isUuid(id) ? await tx.findOne(ServiceOrder, { $and: [{ id }, await this.scopeFilter()] }) : null;
    if (!visible) throw orderNotFound();
    const order = await tx.findOneOrFail(ServiceOrder, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
    if (!allows(action, order.status))
      throw serviceOrderError(
        ServiceOrderErrorCode.TRANSITION_INVALID,
        order.status === S.ACCEPTED && action === A.TAKE ? '已被他人接单' : `当前状态：${order.status}`,
      );
    if (order.version !== version) throw serviceOrderError(ServiceOrderErrorCode.VERSION_CONFLICT);
    return order;
  }

  private authorizeDispatch(order: ServiceOrder): void {
    if (!can(this.principal, Action.SERVICE_ORDER_DISPATCH, { divisionCode: order.villageCode, gridId: order.gridId }))
      throw refusal(this.principal, Action.SERVICE_ORDER_DISPATCH, '只能给本人管辖的网格、村派单', true);
  }

  private requireHandler(order: ServiceOrder, what: string): Cadre {
    requireWrite(this.principal, Action.SERVICE_ORDER_HANDLE);
    if (!order.cadre || order.cadre.id !== this.principal.cadreId) throw forbidden(`只有承办的党员干部本人可以${what}`);
    return order.cadre;
  }

  async dispatch(input: DispatchServiceOrderInput): Promise<ServiceOrder> {
    requireWrite(this.principal, Action.SERVICE_ORDER_DISPATCH);
    if (!!input.post === !!input.cadreId)
      throw serviceOrderInput('cadreId', '请选择承办的党员干部，或发布到网格（二者选一）');
    const action = input.post ? A.POST : A.DISPATCH;
    return this.em.transactional(async (tx) => {
      const order = await this.load(tx, input.id, input.version, action);
      this.authorizeDispatch(order);
      if (action === A.POST) {
        if (!order.gridId) throw serviceOrderInput('post', '该户未划入网格，不能发布到网格，请直接派单');
        order.cadre = null;
      } else {
        order.cadre = await this.assignable(tx, order, input.cadreId!);
      }
      order.status = TRANSITIONS[action].to;
      order.dispatchedBy = this.principal.username;
      order.dispatchedAt = new Date();
      await tx.flush();
      return order;
    });
  }

  /** A cadre who may take the order: serving in its grid or paired with its household, and in reach. */
  private async assignable(tx: EntityManager, order: ServiceOrder, cadreId: string): Promise<Cadre> {
    const notFound = () => entityNotFound('CADRE', 'cadreId', '党员干部不存在，或不是该户所在网格的成员、联户干部');
    const cadre = isUuid(cadreId) ? await tx.findOne(Cadre, { id: cadreId }) : null;
    if (
      !cadre ||
      !inLine(this.principal, cadre.divisionCode) ||
      !inLine({ divisionCode: order.villageCode }, cadre.divisionCode)
    )
      throw notFound();
    const member = order.gridId
      ? await tx.count(GridMember, { grid: order.gridId, cadre: cadre.id, endedOn: null })
      : 0;
    const paired = member
      ? 1
      : await tx.count(Pairing, { household: order.household.id, cadre: cadre.id, endedOn: null });
    if (!member && !paired) throw notFound();
    return cadre;
  }

  async take(id: string, version: number): Promise<ServiceOrder> {
    requireWrite(this.principal, Action.SERVICE_ORDER_HANDLE);
    const cadreId = this.principal.cadreId;
    if (!cadreId) throw forbidden('您的账号没有关联党员干部档案，不能接单');
    return this.em.transactional(async (tx) => {
      const order = await this.load(tx, id, version, A.TAKE);
      if (!order.gridId || !(await this.myGrids()).includes(order.gridId))
        throw forbidden('只有本网格的党员干部可以接单');
      order.cadre = tx.getReference(Cadre, cadreId);
      order.status = S.ACCEPTED;
      order.acceptedAt = new Date();
      await tx.flush();
      return order;
    });
  }

  async accept(id: string, version: number): Promise<ServiceOrder> {
    return this.em.transactional(async (tx) => {
      const order = await this.load(tx, id, version, A.ACCEPT);
      this.requireHandler(order, '确认接单');
      order.status = S.ACCEPTED;
      order.acceptedAt = new Date();
      await tx.flush();
      return order;
    });
  }

  async complete(id: string, version: number, result: string): Promise<ServiceOrder> {
    const words = orderText(result, 'result', '办理结果', RESULT_MAX, true)!;
    return this.em.transactional(async (tx) => {
      const order = await this.load(tx, id, version, A.COMPLETE);
      const cadre = this.requireHandler(order, '办结');
      await tx.populate(order, ['cadre']);
      order.status = S.DONE;
      order.result = words;
      order.doneAt = new Date();
      serviceOrderCompleted(tx, order, cadre);
      await tx.flush();
      return order;
    });
  }

  async cancel(id: string, version: number, reason: string): Promise<ServiceOrder> {
    requireWrite(this.principal, Action.SERVICE_ORDER_DISPATCH);
    const why = orderText(reason, 'reason', '取消原因', REASON_MAX, true)!;
    return this.em.transactional(async (tx) => {
      const order = await this.load(tx, id, version, A.CANCEL);
      this.authorizeDispatch(order);
      order.status = S.CANCELLED;
      order.cancelReason = why;
      await tx.flush();
      return order;
    });
  }

  /** One step, linked both ways: the case names the order as its source, the order keeps the case. */
  async convert(input: ConvertServiceOrderInput): Promise<ServiceOrder> {
    requireWrite(this.principal, Action.CASE_RAISE);
    return this.em.transactional(async (tx) => {
      const order = await this.load(tx, input.id, input.version, A.CONVERT);
      if (!this.actionsOn(order, []).includes(A.CONVERT)) throw forbidden('只有派单人或承办人可以把服务单转为民情事项');
      const head = [...order.description].slice(0, 20).join('');
      const raised = await CaseService.raise(
        this.principal,
        {
          title: input.title?.trim() || `${SERVICE_ORDER_KIND_LABELS[order.kind]}：${head}`,
          description: order.description,
          kind: input.kind,
          domain: input.domain,
          source: CaseSource.ONLINE_ORDER,
          sourceId: order.id,
          householdId: order.household.id,
          onBehalf: true,
        },
        tx,
      );
      order.caseId = raised.id;
      order.status = S.CONVERTED;
      await tx.flush();
      return order;
    });
  }
}
