/** Division codes have 6 digits for a county, 9 for a township, 12 for a village. */
export const VILLAGE_CODE_LENGTH = 12;

/** A county or township account: its lists cover several villages and offer a region picker. */
export function isAboveVillage(divisionCode: string): boolean {
  return divisionCode.length > 0 && divisionCode.length < VILLAGE_CODE_LENGTH;
}
