import { ServiceOrderAction as A, ServiceOrderStatus as S } from './service-order.enums.js';

/** Which status each action starts from and where it leads: the one transition table. */
export const TRANSITIONS: Readonly<Record<A, { from: readonly S[]; to: S }>> = {
  [A.DISPATCH]: { from: [S.ORDERED, S.POSTED, S.DISPATCHED], to: S.DISPATCHED },
  [A.POST]: { from: [S.ORDERED, S.DISPATCHED], to: S.POSTED },
  [A.TAKE]: { from: [S.POSTED], to: S.ACCEPTED },
  [A.ACCEPT]: { from: [S.DISPATCHED], to: S.ACCEPTED },
  [A.COMPLETE]: { from: [S.ACCEPTED], to: S.DONE },
  [A.CANCEL]: { from: [S.ORDERED, S.POSTED, S.DISPATCHED, S.ACCEPTED], to: S.CANCELLED },
  [A.CONVERT]: { from: [S.ORDERED, S.POSTED, S.DISPATCHED, S.ACCEPTED], to: S.CONVERTED },
};

export const allows = (action: A, status: S): boolean => TRANSITIONS[action].from.includes(status);
