import { PASSWORD_MIN_LENGTH as CONTRACT_PASSWORD_MIN_LENGTH } from '@bep/contracts';
import { PASSWORD_MIN_LENGTH } from './password-policy';

describe('PASSWORD_MIN_LENGTH', () => {
  it('is the minimum length of the API contract', () => {
    expect(PASSWORD_MIN_LENGTH).toBe(CONTRACT_PASSWORD_MIN_LENGTH);
    expect(PASSWORD_MIN_LENGTH).toBe(12);
  });
});
