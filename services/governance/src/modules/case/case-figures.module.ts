import { CaseFiguresResolver } from './case-figures.resolver.js';
import { CaseListsResolver } from './case-lists.resolver.js';

/** The figures and the meeting lists (FILES-FIGURES' part of the case module). */
export const figureResolvers = [CaseFiguresResolver, CaseListsResolver];
