import { isUuid } from './uuid';

describe('isUuid', () => {
  it('accepts an id, in either case', () => {
    expect(isUuid('0b9a4c1e-5f3d-4e8a-9c2b-7d6e5f4a3b2c')).toBe(true);
    expect(isUuid('0B9A4C1E-5F3D-4E8A-9C2B-7D6E5F4A3B2C')).toBe(true);
  });

  it('refuses what is no id', () => {
    for (const value of [null, undefined, '', 'abc', '0b9a4c1e-5f3d-4e8a-9c2b-7d6e5f4a3b2', ' 0b9a4c1e-5f3d-4e8a-9c2b-7d6e5f4a3b2c', '0b9a4c1e5f3d4e8a9c2b7d6e5f4a3b2c']) {
      expect(isUuid(value)).toBe(false);
    }
  });
});
