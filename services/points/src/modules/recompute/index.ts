export { RecomputeService } from './recompute.service.js';
export { RecomputeResolver, RecomputedCadreResolver } from './recompute.resolver.js';
export { MonthRecomputation, RecomputedCadreMonth } from './recompute.types.js';
