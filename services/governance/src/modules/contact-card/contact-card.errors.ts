import { invalidInput } from '@xiangzhi/subgraph-kit';

/** A bad request for contact cards: `CONTACT_CARD_<FIELD>_INVALID` with the field and the message. */
export const contactCardInput = invalidInput('CONTACT_CARD');
