import type { GovernanceModule } from '../../module.js';
import { IndustryFollowUp, IndustryMatch, IndustryNeed, IndustryResource } from './industry.entity.js';
import { HouseholdIndustryResolver, IndustryMatchResolver, IndustryNeedResolver } from './industry-need.resolver.js';
import { IndustryResourceResolver } from './industry-resource.resolver.js';

/** What the industry module adds (产业对接到户): needs, resources, matches and follow-ups. */
export const industryModule: GovernanceModule = {
  entities: [IndustryNeed, IndustryResource, IndustryMatch, IndustryFollowUp],
  resolvers: [IndustryNeedResolver, IndustryMatchResolver, IndustryResourceResolver, HouseholdIndustryResolver],
  references: {},
};
