/** Statbel NIS code of a commune: five digits, the key of the reference data. */
const NIS_CODE = /^\d{5}$/;

export function isNisCode(value: string): boolean {
  return NIS_CODE.test(value);
}
