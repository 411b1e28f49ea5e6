import { invalidInput } from '@xiangzhi/subgraph-kit';

/** A bad value in a visit or a coverage query: `VISIT_<FIELD>_INVALID` with the field and the message. */
export const visitInput = invalidInput('VISIT');
