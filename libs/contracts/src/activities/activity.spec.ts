import { createActivityRequestSchema, updateActivityRequestSchema } from './activity';

const diagnostic = { type: 'diagnostic', subject: 'Diagnostic de maturité', scheduledAt: '2019-06-12T14:00' };

describe('the place of an activity', () => {
  it('is none unless given, and trimmed when given', () => {
    expect(createActivityRequestSchema.parse(diagnostic).location).toBeNull();
    expect(createActivityRequestSchema.parse({ ...diagnostic, location: '  Hôtel de ville de Gembloux ' }).location).toBe('Hôtel de ville de Gembloux');
    expect(updateActivityRequestSchema.parse({ location: ' Visioconférence' })).toEqual({ location: 'Visioconférence' });
  });

  it('may be cleared with null or with blank text (which the API stores as none)', () => {
    expect(updateActivityRequestSchema.parse({ location: null })).toEqual({ location: null });
    expect(updateActivityRequestSchema.parse({ location: '   ' })).toEqual({ location: '' });
  });

  it('holds 200 characters, not more, counted after trimming', () => {
    expect(createActivityRequestSchema.safeParse({ ...diagnostic, location: ` ${'x'.repeat(200)} ` }).success).toBe(true);
    const tooLong = createActivityRequestSchema.safeParse({ ...diagnostic, location: 'x'.repeat(201) });
    expect(tooLong.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['location']);
    expect(updateActivityRequestSchema.safeParse({ location: 'x'.repeat(201) }).success).toBe(false);
  });
});
