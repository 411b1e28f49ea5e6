import type { EntityManager } from '@mikro-orm/postgresql';
import { LockMode, UniqueConstraintViolationException } from '@mikro-orm/core';
import { Action, inLine, type Principal } from '@xiangzhi/auth';
import { entityNotFound, isCalendarDate, isUuid, todayInChina } from '@xiangzhi/subgraph-kit';
import { Grid } from '../grid/index.js';
import { GridMember, GridRole } from './grid-member.entity.js';
import { Cadre } from './cadre.entity.js';
import { assertManages } from '../territory/index.js';
import { GridErrorCode, gridError } from '../grid/index.js';
import type { AssignGridMemberInput, EndGridMemberInput } from './dto/grid-member.input.js';
import { gridMemberInput } from './cadre.errors.js';

function dateOrToday(value: string | null | undefined, field: string, label: string): string {
  const today = todayInChina();
  if (value == null || value === '') return today;
  if (!isCalendarDate(value)) throw gridMemberInput(field, `${label}格式应为 YYYY-MM-DD`);
  if (value > today) throw gridMemberInput(field, `${label}不能晚于今天`);
  return value;
}

/** 网格长、网格员: posts per grid at every level, one active leader per grid. */
export class GridMemberService {
  constructor(
    private readonly em: EntityManager,
    private readonly principal: Principal,
  ) {}

  /** Active posts of many grids, leader first, one statement (cadres come with them). */
  async activeOf(gridIds: readonly string[]): Promise<Map<string, GridMember[]>> {
    const rows = await this.em.find(
      GridMember,
      { grid: { $in: [...gridIds] }, endedOn: null },
      {
        populate: ['cadre'],
        orderBy: [{ role: 'asc' }, { startedOn: 'asc' }, { id: 'asc' }],
      },
    );
    const out = new Map<string, GridMember[]>();
    for (const m of rows) out.set(m.grid.id, [...(out.get(m.grid.id) ?? []), m]);
    return out;
  }

  async assign(input: AssignGridMemberInput): Promise<GridMember> {
    const grid = isUuid(input.gridId) ? await this.em.findOne(Grid, { id: input.gridId }) : null;
    if (!grid || !inLine(this.principal, grid.divisionCode))
      throw entityNotFound('GRID', 'gridId', '网格不存在或不在您的管辖范围内');
    assertManages(this.principal, grid.divisionCode, Action.GRID_MANAGE, '任命网格长、网格员');
    const cadre = isUuid(input.cadreId) ? await this.em.findOne(Cadre, { id: input.cadreId }) : null;
    if (!cadre || !inLine(this.principal, cadre.divisionCode))
      throw entityNotFound('CADRE', 'cadreId', '党员干部不存在');
    // 乡派干部 may serve in a village's grids; a cadre of another village may not
    if (!inLine({ divisionCode: grid.divisionCode }, cadre.divisionCode))
      throw gridMemberInput('cadreId', '只能任命本村、本乡镇的党员干部');
    const startedOn = dateOrToday(input.startedOn, 'startedOn', '任职日期');

    return this.em.transactional(async (tx) => {
      // serialise appointments to one grid, so two leaders cannot be appointed at once
      await tx.findOne(Grid, { id: grid.id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      const active = await tx.find(GridMember, { grid: grid.id, endedOn: null }, { populate: ['cadre'] });
      if (active.some((m) => m.cadre.id === cadre.id)) throw gridError(GridErrorCode.GRID_MEMBER_EXISTS, 'cadreId');
      const leader = active.find((m) => m.role === GridRole.LEADER);
      if (input.role === GridRole.LEADER && leader) {
        throw gridError(
          GridErrorCode.GRID_LEADER_EXISTS,
          'role',
          `该网格已有在任网格长（${leader.cadre.name}），请先办理卸任`,
        );
      }
      const member = tx.create(GridMember, { grid, cadre, role: input.role, startedOn });
      try {
        await tx.flush();
      } catch (e) {
        if (e instanceof UniqueConstraintViolationException)
          throw gridError(
            input.role === GridRole.LEADER ? GridErrorCode.GRID_LEADER_EXISTS : GridErrorCode.GRID_MEMBER_EXISTS,
            input.role === GridRole.LEADER ? 'role' : 'cadreId',
          );
        throw e;
      }
      if (input.role === GridRole.LEADER) await tx.nativeUpdate(Grid, { id: grid.id }, { leaderCadreId: cadre.id });
      return member;
    });
  }

  async end(input: EndGridMemberInput): Promise<GridMember> {
    const member = isUuid(input.id)
      ? await this.em.findOne(GridMember, { id: input.id }, { populate: ['grid', 'cadre'] })
      : null;
    if (!member || !inLine(this.principal, member.grid.divisionCode))
      throw entityNotFound('GRID_MEMBER', 'id', '任职记录不存在或不在您的管辖范围内');
    assertManages(this.principal, member.grid.divisionCode, Action.GRID_MANAGE, '办理网格长、网格员卸任');
    if (member.endedOn) throw gridError(GridErrorCode.GRID_MEMBER_ENDED, 'id');
    const endedOn = dateOrToday(input.endedOn, 'endedOn', '卸任日期');
    if (endedOn < member.startedOn) throw gridMemberInput('endedOn', '卸任日期不能早于任职日期');
    return this.em.transactional(async (tx) => {
      member.endedOn = endedOn;
      await tx.flush();
      if (member.role === GridRole.LEADER)
        await tx.nativeUpdate(Grid, { id: member.grid.id, leaderCadreId: member.cadre.id }, { leaderCadreId: null });
      return member;
    });
  }
}
