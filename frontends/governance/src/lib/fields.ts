/**
 * The form field an error's `extensions.field` names, if the form has it. The server may name a
 * nested input path ("input.head.idCardNo", "resident.phone"): the last segment is matched.
 */
export function formFieldOf(field: string | null, formFields: readonly string[]): string | null {
  if (!field) return null;
  if (formFields.includes(field)) return field;
  const last = field.split('.').pop() ?? field;
  return formFields.includes(last) ? last : null;
}
