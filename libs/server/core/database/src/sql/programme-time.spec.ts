import { brusselsDaysSinceSql, brusselsDayStartSql, brusselsLocalSql } from './programme-time';

describe('Brussels time in SQL', () => {
  it('names the programme time zone of the domain', () => {
    expect(brusselsLocalSql('a."at"')).toBe(`(a."at" AT TIME ZONE 'Europe/Brussels')`);
  });

  it('counts calendar days, not 24-hour spans', () => {
    expect(brusselsDaysSinceSql('e."since"', '$4::timestamptz')).toBe(`(($4::timestamptz AT TIME ZONE 'Europe/Brussels')::date - (e."since" AT TIME ZONE 'Europe/Brussels')::date)`);
  });

  it('starts a day at its Brussels midnight', () => {
    expect(brusselsDayStartSql('$1::date')).toBe(`(($1::date)::timestamp AT TIME ZONE 'Europe/Brussels')`);
  });
});
