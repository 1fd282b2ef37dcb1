import { reminderQuerySchema } from './reminder';
import { markNotificationsReadRequestSchema, notificationQuerySchema } from './notification';
import { mailMessageQuerySchema } from './mail-message';

describe('reminder list query', () => {
  it('pages by 50 unless told, and reads one status or several separated by commas, each once', () => {
    expect(reminderQuerySchema.parse({})).toEqual({ limit: 50, offset: 0 });
    expect(reminderQuerySchema.parse({ status: 'scheduled' })).toMatchObject({ status: ['scheduled'] });
    expect(reminderQuerySchema.parse({ status: 'sent,failed,sent' })).toMatchObject({ status: ['sent', 'failed'] });
    expect(reminderQuerySchema.parse({ rule: 'invoiceOverdue', communeNis: '92142', from: '2026-03-01', to: '2026-03-01', limit: '200' })).toMatchObject({
      rule: 'invoiceOverdue',
      communeNis: '92142',
      from: '2026-03-01',
      to: '2026-03-01',
      limit: 200,
    });
  });

  it('refuses a NUL or a lone surrogate in its text, at the field', () => {
    for (const [field, value] of [['status', 'sent\u0000'], ['communeNis', '9214\uD800']]) {
      expect(reminderQuerySchema.safeParse({ [field]: value }).error?.issues.map((issue) => issue.path.join('.'))).toContain(field);
    }
  });

  it.each([
    { status: 'bogus' },
    { status: 'sent,' },
    { status: ',sent' },
    { status: 'Sent' },
    { status: ['sent', 'failed'] },
    { rule: 'weekly' },
    { engagementId: 'ciney' },
    { communeNis: '9214' },
    { from: '2026-02-30' },
    { from: '2026-03-10', to: '2026-03-09' },
    { limit: '201' },
    { offset: '-1' },
  ])('refuses %p', (query) => {
    expect(reminderQuerySchema.safeParse(query).success).toBe(false);
  });
});

describe('outbox and notification queries', () => {
  it('reads the filters and refuses what is not one', () => {
    expect(mailMessageQuerySchema.parse({ communeNis: '92142' })).toEqual({ communeNis: '92142', limit: 50, offset: 0 });
    expect(mailMessageQuerySchema.safeParse({ reminderId: 'x' }).success).toBe(false);
    expect(notificationQuerySchema.parse({ unreadOnly: 'true' })).toEqual({ unreadOnly: true, limit: 50, offset: 0 });
    expect(notificationQuerySchema.safeParse({ unreadOnly: '1' }).success).toBe(false);
  });

  it('marks some notifications, or all when no ids are given', () => {
    expect(markNotificationsReadRequestSchema.parse({})).toEqual({});
    const id = '9a7c5e3b-1d2f-4a6b-8c0e-2f4a6c8e0b13';
    expect(markNotificationsReadRequestSchema.parse({ ids: [id] })).toEqual({ ids: [id] });
    for (const body of [{ ids: [] }, { ids: ['x'] }, { ids: id }, { all: true }]) {
      expect(markNotificationsReadRequestSchema.safeParse(body).success).toBe(false);
    }
  });
});
