import { GEMBLOUX_TIMELINE } from '@bep/web/communes/data-access/testing';
import { timelineItems } from './timeline-items';

describe('timelineItems', () => {
  it('puts the newest first and reads each kind of entry', () => {
    const items = timelineItems([
      ...GEMBLOUX_TIMELINE,
      {
        kind: 'activity',
        at: '2019-06-12T12:00:00.000Z',
        actor: { id: 'c1', name: 'Camille Dubois' },
        summary: 'diagnostic: Diagnostic',
        details: { activityId: 'a1', type: 'diagnostic', subject: 'Diagnostic', scheduledAt: '2019-06-12T12:00:00.000Z', completedAt: null, location: 'Visioconférence', outcome: null },
      },
    ]);

    expect(items.map((item) => item.kind)).toEqual(['activity', 'assignment', 'stage-change', 'stage-change', 'stage-change']);
    expect(items[0]).toEqual({ kind: 'activity', at: '2019-06-12T12:00:00.000Z', actor: 'Camille Dubois', type: 'diagnostic', subject: 'Diagnostic', done: false, location: 'Visioconférence', outcome: null });
    expect(items[1]).toMatchObject({ kind: 'assignment', lead: 'Camille Dubois', consultants: ['Camille Dubois'], actor: 'Marie Dupont' });
    expect(items[2]).toMatchObject({ kind: 'stage-change', from: 'survey_answered', to: 'diagnostic_requested', note: 'Demande reçue par e-mail', overridden: false });
    expect(items[4]).toMatchObject({ kind: 'stage-change', from: null, to: 'survey_sent', actor: null });
  });

  it('keeps an entry it cannot read, with the server summary', () => {
    const [item] = timelineItems([{ kind: 'activity', at: '2019-06-01T10:00:00.000Z', actor: null, summary: 'reminder: sent', details: { type: 'reminder' } }]);
    expect(item).toEqual({ kind: 'other', at: '2019-06-01T10:00:00.000Z', actor: null, summary: 'reminder: sent' });
  });

  describe('invoices', () => {
    const invoice = (details: Record<string, unknown>) =>
      timelineItems([{ kind: 'invoice', at: '2026-03-17T09:00:00.000Z', actor: null, summary: 'Facture CF-2026-0001 émise : 2 500,00 EUR', details }])[0];

    it('reads each step of a document: draft, issue, payment with its day, credit note with the invoice it credits', () => {
      const base = { invoiceId: 'i1', number: 'CF-2026-0001', amountCents: 250_000, status: 'issued' };
      expect(invoice({ ...base, action: 'draft', number: null, status: 'draft', fromPipeline: true })).toEqual({
        kind: 'invoice',
        at: '2026-03-17T09:00:00.000Z',
        actor: null,
        action: 'draft',
        invoiceId: 'i1',
        number: null,
        amountCents: 250_000,
        paidOn: null,
        creditedNumber: null,
      });
      expect(invoice({ ...base, action: 'issue' })).toMatchObject({ kind: 'invoice', action: 'issue', number: 'CF-2026-0001', amountCents: 250_000 });
      expect(invoice({ ...base, action: 'payment', amountCents: 100_000, paidOn: '2026-03-17' })).toMatchObject({ action: 'payment', amountCents: 100_000, paidOn: '2026-03-17' });
      expect(invoice({ ...base, action: 'credit', invoiceId: 'n1', number: 'NC-2026-0001', amountCents: 50_000, creditedInvoiceId: 'i1', creditedNumber: 'CF-2026-0001' })).toMatchObject({
        action: 'credit',
        invoiceId: 'n1',
        number: 'NC-2026-0001',
        creditedNumber: 'CF-2026-0001',
      });
    });

    it('keeps a step it cannot read as the server words it', () => {
      const other = { kind: 'other', summary: 'Facture CF-2026-0001 émise : 2 500,00 EUR' };
      expect(invoice({ action: 'refund', invoiceId: 'i1', amountCents: 1 })).toMatchObject(other);
      expect(invoice({ action: 'issue', amountCents: 1 })).toMatchObject(other);
      expect(invoice({ action: 'issue', invoiceId: 'i1', amountCents: '250000' })).toMatchObject(other);
      expect(invoice({ action: 'issue', invoiceId: 'i1', amountCents: 2.5 })).toMatchObject(other);
    });
  });

  describe('reminders', () => {
    const reminder = (details: Record<string, unknown>, at = '2026-03-09T08:00:00.000Z') =>
      timelineItems([
        {
          kind: 'reminder',
          at,
          actor: null,
          summary: 'Rappel « questionnaire sans réponse » n° 1 : envoyé',
          details: {
            reminderId: 'r1',
            rule: 'surveyUnanswered',
            occurrence: 1,
            status: 'sent',
            skipReason: null,
            lastError: null,
            dueAt: '2026-03-09T08:00:00.000Z',
            sendAt: '2026-03-09T08:00:00.000Z',
            sentAt: '2026-03-09T08:00:00.000Z',
            ...details,
          },
        },
      ])[0];

    it('reads a reminder in each status, with its reason or its error', () => {
      expect(reminder({})).toEqual({
        kind: 'reminder',
        at: '2026-03-09T08:00:00.000Z',
        actor: null,
        reminderId: 'r1',
        rule: 'surveyUnanswered',
        occurrence: 1,
        status: 'sent',
        skipReason: null,
        lastError: null,
        sendAt: '2026-03-09T08:00:00.000Z',
      });
      expect(reminder({ rule: 'diagnosticNotScheduled', status: 'skipped', skipReason: 'diagnostic-scheduled', sentAt: null })).toMatchObject({
        kind: 'reminder',
        rule: 'diagnosticNotScheduled',
        status: 'skipped',
        skipReason: 'diagnostic-scheduled',
      });
      expect(reminder({ status: 'failed', lastError: '550 mailbox unavailable', sentAt: null })).toMatchObject({ status: 'failed', lastError: '550 mailbox unavailable' });
      expect(reminder({ status: 'cancelled', skipReason: 'cancelled', sentAt: null })).toMatchObject({ status: 'cancelled', skipReason: 'cancelled' });
      expect(reminder({ status: 'scheduled', occurrence: 2, sendAt: '2026-03-23T08:00:00.000Z', sentAt: null }, '2026-03-23T08:00:00.000Z')).toMatchObject({
        status: 'scheduled',
        occurrence: 2,
        sendAt: '2026-03-23T08:00:00.000Z',
      });
      expect(reminder({ status: 'sending' })).toMatchObject({ status: 'sending' });
    });

    it('keeps a reason it does not know out, and a reminder it cannot read as the server words it', () => {
      expect(reminder({ status: 'skipped', skipReason: 'moon-phase' })).toMatchObject({ status: 'skipped', skipReason: null });
      expect(reminder({ rule: 'carrierPigeon' })).toEqual({
        kind: 'other',
        at: '2026-03-09T08:00:00.000Z',
        actor: null,
        summary: 'Rappel « questionnaire sans réponse » n° 1 : envoyé',
      });
      expect(reminder({ status: 'lost' }).kind).toBe('other');
      expect(reminder({ occurrence: '1' }).kind).toBe('other');
    });
  });
});
