import { Readable } from 'node:stream';
import { csvAmount, csvText, INVOICE_CSV_HEADER, invoiceCsvRecord, invoiceCsvStream, type InvoiceCsvRow } from './csv';

const invoice: InvoiceCsvRow = {
  kind: 'invoice',
  number: 'CF-2026-0007',
  status: 'issued',
  issueDate: '2026-03-02',
  dueDate: '2026-04-01',
  communeNis: '92142',
  communeName: 'Gembloux',
  enterpriseNumber: '0216095016',
  buyerReference: 'FIN-2026-TN',
  campaignName: 'Transition numérique 2026',
  netCents: 250_000,
  vatCents: 0,
  grossCents: 250_000,
  paidCents: 100_000,
  outstandingCents: 150_000,
  structuredCommunication: '202600000701',
  creditedInvoiceNumber: null,
};

const creditNote: InvoiceCsvRow = {
  ...invoice,
  kind: 'credit_note',
  number: 'NC-2026-0002',
  status: 'issued',
  issueDate: '2026-03-20',
  dueDate: null,
  netCents: 65_000,
  vatCents: 13_650,
  grossCents: 78_650,
  paidCents: 0,
  outstandingCents: 0,
  structuredCommunication: '202690000230',
  creditedInvoiceNumber: 'CF-2026-0007',
};

async function* rowsOf(rows: InvoiceCsvRow[]): AsyncGenerator<InvoiceCsvRow> {
  yield* rows;
}

async function text(stream: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks).toString('utf8');
}

describe('invoiceCsvRecord', () => {
  it('writes an invoice with Belgian dates, decimal commas and the formatted enterprise number', () => {
    expect(invoiceCsvRecord(invoice)).toEqual([
      'facture',
      'CF-2026-0007',
      '02/03/2026',
      '01/04/2026',
      'émise',
      '92142',
      'Gembloux',
      '0216.095.016',
      'FIN-2026-TN',
      'Transition numérique 2026',
      '2500,00',
      '0,00',
      '2500,00',
      '1000,00',
      '1500,00',
      '202600000701',
      '',
    ]);
  });

  it('writes a credit note with negative amounts, no payment columns and the credited invoice', () => {
    const cells = invoiceCsvRecord(creditNote);
    expect(cells[0]).toBe('note de crédit');
    expect(cells[3]).toBe('');
    expect(cells.slice(10, 15)).toEqual(['-650,00', '-136,50', '-786,50', '', '']);
    expect(cells[16]).toBe('CF-2026-0007');
  });

  it('has one cell per column', () => {
    expect(invoiceCsvRecord(invoice)).toHaveLength(INVOICE_CSV_HEADER.length);
  });
});

describe('csvAmount and csvText', () => {
  it.each([
    [0, '0,00'],
    [5, '0,05'],
    [123_456_789, '1234567,89'],
    [-78_650, '-786,50'],
  ])('writes %i cents as %s', (cents, expected) => {
    expect(csvAmount(cents)).toBe(expected);
  });

  it('keeps a spreadsheet from running a name as a formula', () => {
    expect(csvText('=HYPERLINK("http://x")')).toBe('\'=HYPERLINK("http://x")');
    expect(csvText('+32 81')).toBe("'+32 81");
    expect(csvText('Braine-le-Comte')).toBe('Braine-le-Comte');
    expect(csvText(null)).toBe('');
  });
});

describe('invoiceCsvStream', () => {
  it('starts with a UTF-8 byte order mark and the header, separated by semicolons, lines ending in CRLF', async () => {
    const output = await text(invoiceCsvStream(rowsOf([invoice])));
    expect(output.startsWith('\uFEFF')).toBe(true);
    const lines = output.slice(1).split('\r\n');
    expect(lines[0]).toBe(INVOICE_CSV_HEADER.join(';'));
    expect(lines[1]).toBe(
      'facture;CF-2026-0007;02/03/2026;01/04/2026;émise;92142;Gembloux;0216.095.016;FIN-2026-TN;Transition numérique 2026;2500,00;0,00;2500,00;1000,00;1500,00;202600000701;',
    );
    expect(lines[2]).toBe('');
    expect(lines).toHaveLength(3);
  });

  it('quotes a name holding the separator or quotes, doubling the quotes', async () => {
    const output = await text(invoiceCsvStream(rowsOf([{ ...invoice, communeName: 'Éghezée; "centre"', campaignName: 'Campagne "2026"' }])));
    const line = output.split('\r\n')[1];
    expect(line).toContain(';"Éghezée; ""centre""";');
    expect(line).toContain(';"Campagne ""2026""";');
  });

  it('writes invoices and credit notes in the order read', async () => {
    const output = await text(invoiceCsvStream(rowsOf([invoice, creditNote])));
    const lines = output.split('\r\n');
    expect(lines[1].startsWith('facture;CF-2026-0007;')).toBe(true);
    expect(lines[2].startsWith('note de crédit;NC-2026-0002;')).toBe(true);
    expect(lines[2]).toContain(';-650,00;-136,50;-786,50;;;202690000230;CF-2026-0007');
  });

  it('streams many rows, reading them only as fast as the output is consumed', async () => {
    const total = 50_000;
    let produced = 0;
    async function* many(): AsyncGenerator<InvoiceCsvRow> {
      for (let index = 1; index <= total; index++) {
        produced++;
        yield { ...invoice, number: `CF-2026-${String(index).padStart(5, '0')}` };
      }
    }
    const stream = invoiceCsvStream(many());
    const iterator = stream[Symbol.asyncIterator]();
    const first = String((await iterator.next()).value);
    // One chunk read: the source has only been pulled as far as the buffers allow, not to the end.
    expect(produced).toBeLessThan(total / 10);

    // The header and every row end with a line feed.
    let lineEnds = first.split('\n').length - 1;
    let tail = '';
    for await (const chunk of { [Symbol.asyncIterator]: () => iterator }) {
      const piece = String(chunk);
      lineEnds += piece.split('\n').length - 1;
      tail = (tail + piece).slice(-300);
    }
    expect(produced).toBe(total);
    expect(lineEnds).toBe(total + 1);
    expect(tail).toContain(`CF-2026-${total};`);
  });

  it('ends with the error when reading the rows fails', async () => {
    async function* failing(): AsyncGenerator<InvoiceCsvRow> {
      yield invoice;
      throw new Error('connection lost');
    }
    await expect(text(invoiceCsvStream(failing()))).rejects.toThrow('connection lost');
  });
});
