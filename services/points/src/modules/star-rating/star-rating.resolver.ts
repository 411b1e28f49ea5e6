import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { requirePrincipal, type SubgraphContext } from '@xiangzhi/subgraph-kit';
import { BranchStarRating, StarCriterion } from './star-rating.entity.js';
import { STAR_CRITERIA } from './star-rating.rules.js';
import { StarRatingService } from './star-rating.service.js';
import { RateBranchInput } from './dto/rate-branch.input.js';

@Resolver(() => BranchStarRating)
export class StarRatingResolver {
  @Authorized()
  @Query(() => [StarCriterion], { description: '党支部星级评定标准' })
  starCriteria(): StarCriterion[] {
    return STAR_CRITERIA.map((c) => Object.assign(new StarCriterion(), c));
  }

  @Authorized()
  @Query(() => [BranchStarRating], { description: '某季度各村党支部星级（本人辖区内，星级高的在前）' })
  branchStarRatings(
    @Arg('period', () => String, { description: '季度（YYYY-Qn）' }) period: string,
    @Arg('regionCode', () => String, { nullable: true, description: '只看该区划及其下级' }) regionCode: string | null,
    @Ctx() ctx: SubgraphContext,
  ): Promise<BranchStarRating[]> {
    return new StarRatingService(ctx.em, requirePrincipal(ctx)).list(period, regionCode);
  }

  @Authorized()
  @Mutation(() => BranchStarRating, { description: '评定（或重评）党支部季度星级' })
  rateBranch(
    @Arg('input', () => RateBranchInput) input: RateBranchInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<BranchStarRating> {
    return new StarRatingService(ctx.em, requirePrincipal(ctx)).rate(input);
  }
}
