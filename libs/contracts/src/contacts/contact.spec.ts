import { communeNisSchema, contactQuerySchema, createContactRequestSchema, updateContactRequestSchema } from './contact';

const marie = { name: 'Marie Lefèvre', function: 'agent', email: 'marie.lefevre@gembloux.be', phone: '+32 81 62 63 64', isBinome: true };

function failedPaths(result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }): string[] {
  return result.success ? [] : (result.error?.issues ?? []).map((issue) => issue.path.join('.'));
}

describe('contact requests', () => {
  it('trims the name, lower-cases the e-mail and writes the phone in E.164', () => {
    expect(createContactRequestSchema.parse({ ...marie, name: '  Marie Lefèvre ', email: ' Marie.Lefevre@Gembloux.BE ' })).toEqual({
      name: 'Marie Lefèvre',
      function: 'agent',
      email: 'marie.lefevre@gembloux.be',
      phone: '+3281626364',
      isBinome: true,
    });
  });

  it('is not in the binôme unless said, and may go without a phone or without an e-mail', () => {
    expect(createContactRequestSchema.parse({ name: 'Luc Henrard', function: 'finance', email: 'finances@gembloux.be' })).toEqual({
      name: 'Luc Henrard',
      function: 'finance',
      email: 'finances@gembloux.be',
      isBinome: false,
    });
    expect(createContactRequestSchema.safeParse({ name: 'Luc Henrard', function: 'finance', phone: '081 62 63 00', email: null }).success).toBe(true);
  });

  it.each([
    ['no name', { name: '   ' }, 'name'],
    ['a name over 200 characters', { name: 'x'.repeat(201) }, 'name'],
    ['an unknown function', { function: 'Échevine du numérique' }, 'function'],
    ['a malformed e-mail', { email: 'marie.lefevre@' }, 'email'],
    ['a phone that is not one', { phone: '081 62 63' }, 'phone'],
    ['a binôme flag that is not a boolean', { isBinome: 'yes' }, 'isBinome'],
    ['neither e-mail nor phone', { email: null, phone: undefined }, 'email'],
    ['an unknown field', { fonction: 'agent' }, ''],
  ])('refuses %s', (_case, change, path) => {
    expect(failedPaths(createContactRequestSchema.safeParse({ ...marie, ...change }))).toContain(path);
  });

  it('accepts every function a commune contact may hold', () => {
    for (const fn of ['agent', 'echevin', 'directeur_general', 'bourgmestre', 'finance', 'other']) {
      expect(createContactRequestSchema.safeParse({ ...marie, function: fn }).success).toBe(true);
    }
  });

  it('changes only what a patch sends, null clearing the e-mail or the phone', () => {
    expect(updateContactRequestSchema.parse({ phone: '081 62 63 65' })).toEqual({ phone: '+3281626365' });
    expect(updateContactRequestSchema.parse({ email: null })).toEqual({ email: null });
    expect(failedPaths(updateContactRequestSchema.safeParse({}))).toEqual(['']);
    expect(failedPaths(updateContactRequestSchema.safeParse({ name: null }))).toEqual(['name']);
    // A contact stays with its commune.
    expect(JSON.stringify(updateContactRequestSchema.safeParse({ communeNis: '92142' }).error?.issues)).toContain('communeNis');
  });
});

describe('contact list query', () => {
  it('leaves erased contacts out and pages by 50 unless told', () => {
    expect(contactQuerySchema.parse({})).toEqual({ includeErased: false, limit: 50, offset: 0 });
    expect(contactQuerySchema.parse({ includeErased: 'true', limit: '10', offset: '20', function: 'echevin', q: ' lef ' })).toEqual({
      includeErased: true,
      limit: 10,
      offset: 20,
      function: 'echevin',
      q: 'lef',
    });
  });

  it.each([{ includeErased: 'maybe' }, { includeErased: '1' }, { limit: '0' }, { limit: '201' }, { offset: '-1' }, { function: 'mayor' }])('refuses %p', (query) => {
    expect(contactQuerySchema.safeParse(query).success).toBe(false);
  });
});

describe('NIS code', () => {
  it.each([['92142', true], ['9214', false], ['921420', false], ['9214a', false]])('%s is valid: %s', (nis, valid) => {
    expect(communeNisSchema.safeParse(nis).success).toBe(valid);
  });
});
