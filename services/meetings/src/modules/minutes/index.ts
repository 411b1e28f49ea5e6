// The minutes module's public API (the top layer of meetings: only schema.ts and tools import it).
export { Minutes, MinutesAddendum, MinutesStatus } from './minutes.entity.js';
export { MinutesService } from './minutes.service.js';
export { MinutesResolver } from './minutes.resolver.js';
export { MinutesErrorCode } from './minutes.errors.js';

import { Minutes, MinutesAddendum } from './minutes.entity.js';
import { MinutesResolver } from './minutes.resolver.js';

/** What schema.ts registers for this module. */
export const minutesEntities: Function[] = [Minutes, MinutesAddendum];
export const minutesResolvers: Function[] = [MinutesResolver];
