// A family member's form values as the API takes them (pure: the unit tests read it in Node).

export interface ResidentValues {
  name: string;
  relation?: string;
  idCardNo?: string;
  sex?: 'MALE' | 'FEMALE';
  birthDate?: string;
  phone?: string;
  occupation?: string;
  health?: string;
}

/** Field names the server's `extensions.field` may name (its last segment). */
export const RESIDENT_FIELDS = [
  'name',
  'relation',
  'idCardNo',
  'sex',
  'birthDate',
  'phone',
  'occupation',
  'health',
] as const;

/** A resident's values as the API takes them: empty fields left out (null with `clear`, to clear them). */
export function residentInput(values: ResidentValues, options: { head?: boolean; keepEmpty?: boolean } = {}) {
  const text = (value: string | undefined) => {
    const trimmed = value?.trim() ?? '';
    return trimmed === '' ? (options.keepEmpty ? undefined : null) : trimmed;
  };
  return {
    name: values.name.trim(),
    relation: options.head ? '户主' : text(values.relation),
    idCardNo: text(values.idCardNo?.toUpperCase()),
    sex: values.sex ?? (options.keepEmpty ? undefined : null),
    birthDate: text(values.birthDate),
    phone: text(values.phone?.replace(/\s/g, '')),
    occupation: text(values.occupation),
    health: text(values.health),
  };
}
