export { BranchStarRating, StarCriterion } from './star-rating.entity.js';
export { STAR_CRITERIA, awardedStars, starsOfTotal } from './star-rating.rules.js';
export { StarRatingResolver } from './star-rating.resolver.js';
