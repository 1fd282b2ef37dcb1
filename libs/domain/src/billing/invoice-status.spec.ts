import { epcQrPayload } from './epc-qr';
import { addCalendarDays, formatInvoiceNumber, invoiceDueDate, invoiceOutstandingCents, isInvoiceOverdue, settledStatus } from './invoice-status';

describe('invoice balance and status', () => {
  it.each([
    [{ grossCents: 250_000, paidCents: 0, creditedCents: 0 }, 250_000, 'issued'],
    [{ grossCents: 250_000, paidCents: 100_000, creditedCents: 0 }, 150_000, 'issued'],
    [{ grossCents: 250_000, paidCents: 250_000, creditedCents: 0 }, 0, 'paid'],
    [{ grossCents: 250_000, paidCents: 100_000, creditedCents: 150_000 }, 0, 'paid'],
    [{ grossCents: 250_000, paidCents: 0, creditedCents: 100_000 }, 150_000, 'issued'],
    [{ grossCents: 250_000, paidCents: 0, creditedCents: 250_000 }, 0, 'credited'],
  ])('%p: outstanding %i, %s', (balance, outstanding, status) => {
    expect(invoiceOutstandingCents(balance)).toBe(outstanding);
    expect(settledStatus(balance)).toBe(status);
  });

  it.each([
    [{ status: 'issued' as const, dueDate: '2026-04-16', outstandingCents: 1 }, '2026-04-17', true],
    [{ status: 'issued' as const, dueDate: '2026-04-16', outstandingCents: 1 }, '2026-04-16', false], // due today: not yet
    [{ status: 'issued' as const, dueDate: '2026-04-16', outstandingCents: 0 }, '2026-05-01', false],
    [{ status: 'paid' as const, dueDate: '2026-04-16', outstandingCents: 0 }, '2026-05-01', false],
    [{ status: 'draft' as const, dueDate: null, outstandingCents: 250_000 }, '2026-05-01', false],
  ])('%p overdue on %s: %p', (invoice, today, expected) => {
    expect(isInvoiceOverdue(invoice, today)).toBe(expected);
  });
});

describe('numbers and dates', () => {
  it.each([
    ['CF' as const, 2026, 7, 'CF-2026-0007'],
    ['NC' as const, 2026, 12, 'NC-2026-0012'],
    ['CF' as const, 2027, 12345, 'CF-2027-12345'],
  ])('%s %i %i -> %s', (series, year, sequence, expected) => {
    expect(formatInvoiceNumber(series, year, sequence)).toBe(expected);
  });

  it.each([
    ['2026-03-17', 30, '2026-04-16'],
    ['2026-12-15', 30, '2027-01-14'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2026-03-01', -1, '2026-02-28'],
  ])('%s + %i days = %s', (day, days, expected) => {
    expect(addCalendarDays(day, days)).toBe(expected);
  });

  it('is due 30 days after the issue date', () => {
    expect(invoiceDueDate('2026-03-17')).toBe('2026-04-16');
    expect(() => addCalendarDays('not-a-day', 1)).toThrow(RangeError);
  });
});

describe('EPC payment QR code', () => {
  const payment = { bic: 'GKCCBEBB', beneficiaryName: 'BEP', iban: 'BE71096123456769', amountCents: 250_000, structuredCommunication: '123456789002' };

  it('lists the SEPA transfer as EPC069-12 version 002 with the communication in the remittance', () => {
    expect(epcQrPayload(payment).split('\n')).toEqual(['BCD', '002', '1', 'SCT', 'GKCCBEBB', 'BEP', 'BE71096123456769', 'EUR2500.00', '', '', '+++123/4567/89002+++']);
  });

  it('takes free text without a communication, and cuts names to 70 characters', () => {
    const lines = epcQrPayload({ ...payment, structuredCommunication: null, text: 'Note de crédit', beneficiaryName: 'x'.repeat(80) }).split('\n');
    expect(lines[5]).toHaveLength(70);
    expect(lines[10]).toBe('Note de crédit');
  });

  it.each([0, -5, 100_000_000_000, 1.5])('refuses an amount of %p cents', (amountCents) => {
    expect(() => epcQrPayload({ ...payment, amountCents })).toThrow(RangeError);
  });
});
