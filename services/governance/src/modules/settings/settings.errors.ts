import { invalidInput } from '@xiangzhi/subgraph-kit';

/** A bad setting key, value or division: `SETTINGS_<FIELD>_INVALID` with the field and the message. */
export const settingsInput = invalidInput('SETTINGS');
