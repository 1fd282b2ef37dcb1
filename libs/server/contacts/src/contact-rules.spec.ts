import { changedFields, checkBinome, checkReachable, filledFields, searchPatterns, type ContactValues } from './contact-rules';

const marie: ContactValues = { name: 'Marie Lefèvre', function: 'agent', email: 'marie.lefevre@gembloux.be', phone: '+3281626364', isBinome: true };

describe('checkBinome', () => {
  it('lets a commune have two binôme members, not three', () => {
    expect(checkBinome([], null)).toEqual({ allowed: true });
    expect(checkBinome(['a'], null)).toEqual({ allowed: true });
    expect(checkBinome(['a', 'b'], null)).toMatchObject({ allowed: false, rule: 'binome-size' });
    expect(checkBinome(['a', 'b'], 'c')).toMatchObject({ allowed: false, rule: 'binome-size' });
  });

  it('lets a member stay a member', () => {
    expect(checkBinome(['a', 'b'], 'b')).toEqual({ allowed: true });
  });
});

describe('checkReachable', () => {
  it('wants an e-mail or a phone', () => {
    expect(checkReachable({ email: 'a@b.be', phone: null })).toEqual({ allowed: true });
    expect(checkReachable({ email: null, phone: '+3281626364' })).toEqual({ allowed: true });
    expect(checkReachable({ email: null, phone: null })).toMatchObject({ allowed: false, rule: 'reachable' });
  });
});

describe('changedFields', () => {
  it('names the fields whose value the patch changes, never their values', () => {
    expect(changedFields(marie, { phone: '+3281626365', name: 'Marie Lefèvre', isBinome: false })).toEqual(['phone', 'isBinome']);
    expect(changedFields(marie, { email: null })).toEqual(['email']);
    expect(changedFields(marie, { function: 'agent' })).toEqual([]);
    expect(changedFields(marie, {})).toEqual([]);
  });
});

describe('filledFields', () => {
  it('names the fields a new contact has a value for', () => {
    expect(filledFields({ ...marie, phone: null })).toEqual(['name', 'function', 'email', 'isBinome']);
  });
});

describe('searchPatterns', () => {
  it('escapes LIKE wildcards in the text', () => {
    expect(searchPatterns(' 50%_off\\ ')).toEqual({ text: '%50\\%\\_off\\\\%', digits: null });
  });

  it('searches phone digits as stored in E.164, without the national or international prefix', () => {
    expect(searchPatterns('081 62 63').digits).toBe('%816263%');
    expect(searchPatterns('0032 81').digits).toBe('%3281%');
    expect(searchPatterns('+32 81').digits).toBe('%3281%');
    expect(searchPatterns('Lefèvre').digits).toBeNull();
    expect(searchPatterns('81').digits).toBeNull();
  });
});
