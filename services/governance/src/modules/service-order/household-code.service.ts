import type { EntityManager } from '@mikro-orm/postgresql';
import { Action, type Principal } from '@xiangzhi/auth';
import { entityNotFound, isUuid } from '@xiangzhi/subgraph-kit';
import { Household, HouseholdService } from '../household/index.js';
import { requireWrite } from '../territory/index.js';
import { HouseholdCode } from './household-code.entity.js';
import { householdOrderUrl, liveCodes, newHouseholdCode } from './household-code.js';

const householdNotFound = () => entityNotFound('HOUSEHOLD', 'householdId', '农户不存在或不在您的管辖范围内');

/**
 * The household's code for the people who hand out its card: shown to those who may print cards
 * (CONTACT_CARD_PRINT), replaced by those who keep the register (REGISTER_WRITE), e.g. when a card
 * is lost; the old code stops working at once.
 */
export class HouseholdCodeService {
  constructor(
    private readonly em: EntityManager,
    private readonly principal: Principal,
  ) {}

  private async household(id: string): Promise<Household> {
    const scope = await new HouseholdService(this.em, this.principal).scopeFilter();
    const h = isUuid(id) ? await this.em.findOne(Household, { $and: [{ id }, scope] }) : null;
    if (!h) throw householdNotFound();
    return h;
  }

  async url(householdId: string): Promise<string> {
    requireWrite(this.principal, Action.CONTACT_CARD_PRINT);
    const h = await this.household(householdId);
    return householdOrderUrl((await liveCodes(this.em, [h.id])).get(h.id)!);
  }

  async regenerate(householdId: string): Promise<string> {
    requireWrite(this.principal, Action.REGISTER_WRITE);
    const h = await this.household(householdId);
    return this.em.transactional(async (tx) => {
      await tx.nativeUpdate(
        HouseholdCode,
        { household: h.id, revokedAt: null },
        { revokedAt: new Date(), revokedBy: this.principal.username },
      );
      const code = newHouseholdCode();
      tx.create(HouseholdCode, { household: h.id, code });
      await tx.flush();
      return householdOrderUrl(code);
    });
  }
}
