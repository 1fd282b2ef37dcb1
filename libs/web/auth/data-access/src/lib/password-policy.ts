import type { PASSWORD_MIN_LENGTH as CONTRACT_PASSWORD_MIN_LENGTH } from '@bep/contracts';

/**
 * The shortest password the API accepts (`PASSWORD_MIN_LENGTH` of @bep/contracts). Importing the
 * value from the contracts would load zod into the browser along with their schemas (~450 kB), so
 * it is restated here, typed with the contract's literal type: if the contract changes, this line
 * no longer compiles.
 */
export const PASSWORD_MIN_LENGTH: typeof CONTRACT_PASSWORD_MIN_LENGTH = 12;
