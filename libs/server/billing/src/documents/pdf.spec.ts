import { drawnPdfText } from '@bep/server/core/testing';
import { writeFileSync } from 'node:fs';
import { invoicePdf, paymentQrPayload } from './pdf';
import { sampleCreditNote, sampleDocument } from './sample-documents';

// The first PDF of a file loads pdfkit's font metrics and the QR encoder: a few seconds.
jest.setTimeout(30_000);

describe('invoicePdf', () => {
  it('renders the demo invoice in French with its parties, lines, totals and payment terms', async () => {
    const pdf = await invoicePdf(sampleDocument(), { compress: false });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = drawnPdfText(pdf).join('\n');
    for (const expected of [
      'FACTURE',
      'N° CF-2026-0007',
      'Date : 02/03/2026',
      'Échéance : 01/04/2026',
      'BEP - Bureau Économique de la Province de Namur',
      "N° d'entreprise (BCE) : 0201.400.605",
      'Non assujetti à la TVA',
      'IBAN : BE71 0961 2345 6769 - BIC : GKCCBEBB',
      'Commune de Gembloux',
      "N° d'entreprise (BCE) : 0216.095.016",
      'Votre référence : FIN-2026-TN',
      'Objet : Transition numérique 2026 - Diagnostic de maturité numérique',
      'Diagnostic de maturité numérique',
      '5 000,00 EUR',
      '50 %',
      '2 500,00 EUR',
      'Non soumis à la TVA',
      'Total TVAC',
      'À payer avant le 01/04/2026 sur le compte BE71 0961 2345 6769',
      'communication structurée +++202/6000/00701+++',
      'Scannez avec votre application bancaire',
    ]) {
      expect(text).toContain(expected);
    }
    expect(pdf.toString('latin1')).toMatch(/\/Subtype \/Image/);
  });

  it('dates the file with the issue date, so the same document gives the same PDF', async () => {
    const first = await invoicePdf(sampleDocument(), { compress: false });
    expect(first.toString('latin1')).toContain('(D:20260302120000Z)');
    const second = await invoicePdf(sampleDocument(), { compress: false });
    // pdfkit derives the file identifier from the info dictionary, so nothing varies between runs.
    expect(second.equals(first)).toBe(true);
  });

  it('draws accents, the euro sign and formatted numbers with spaces the standard font has', async () => {
    const doc = sampleDocument({ note: 'Reçu à l’hôtel de ville : 5\u202f000 € après la réunion' });
    const text = drawnPdfText(await invoicePdf(doc, { compress: false })).join('\n');
    expect(text).toContain('Reçu à l’hôtel de ville : 5 000 € après la réunion');
  });

  it('renders a credit note referencing its invoice, without a QR code', async () => {
    const pdf = await invoicePdf(sampleCreditNote(), { compress: false });
    const text = drawnPdfText(pdf).join('\n');
    expect(text).toContain('NOTE DE CRÉDIT');
    expect(text).toContain('N° NC-2026-0002');
    expect(text).toContain('Note de crédit relative à la facture CF-2026-0007 du 02/03/2026.');
    expect(text).toContain('Motif : Diagnostic facturé deux fois');
    expect(text).toContain('Total crédité TVAC');
    expect(text).not.toContain('Scannez');
    expect(text).not.toContain('Échéance');
    expect(pdf.toString('latin1')).not.toMatch(/\/Subtype \/Image/);
  });

  it('shows VAT at 21 % and what remains to pay after a payment', async () => {
    const text = drawnPdfText(await invoicePdf(sampleDocument({ paidCents: 100_000 }, undefined, 'S'), { compress: false })).join('\n');
    expect(text).toContain('TVA : BE0201400605');
    expect(text).toContain('TVA 21 % : base 2 500,00 EUR, TVA 525,00 EUR');
    expect(text).toContain('Déjà payé');
    expect(text).toContain('Reste à payer');
    expect(text).toContain('2 025,00 EUR');
  });

  it('shows a credit note taken off the amount still due', async () => {
    // 2 500,00 issued, 400,00 paid, 600,00 credited: 1 500,00 remain.
    const doc = sampleDocument({ paidCents: 40_000 });
    const pdf = await invoicePdf({ ...doc, totals: { ...doc.totals, payableCents: 150_000 } }, { compress: false });
    const text = drawnPdfText(pdf).join('\n');
    expect(text).toMatch(/Déjà payé\n-400,00 EUR\nNotes de crédit\n-600,00 EUR\nReste à payer\n1 500,00 EUR/);
  });

  it('continues a long list of lines on further pages, each with its footer', async () => {
    const line = { description: 'Atelier de sensibilisation', quantityMilli: 500, unitCode: 'DAY' as const, unitPriceCents: 65_000, shareBp: 5000 };
    const pdf = await invoicePdf(sampleDocument({}, Array.from({ length: 40 }, () => line)), { compress: false });
    const text = drawnPdfText(pdf).join('\n');
    expect(text).toContain('CF-2026-0007 - page 1/2');
    expect(text).toContain('CF-2026-0007 - page 2/2');
  });

  it('compresses by default', async () => {
    const pdf = await invoicePdf(sampleDocument());
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.toString('latin1')).toContain('/FlateDecode');
    if (process.env['INVOICE_PDF_SAMPLE']) writeFileSync(process.env['INVOICE_PDF_SAMPLE'], pdf);
  });
});

describe('paymentQrPayload', () => {
  it('asks the banking app for a SEPA transfer of the amount due to BEP with the structured communication', () => {
    expect(paymentQrPayload(sampleDocument({ paidCents: 100_000 }))?.split('\n')).toEqual([
      'BCD',
      '002',
      '1',
      'SCT',
      'GKCCBEBB',
      'BEP - Bureau Économique de la Province de Namur',
      'BE71096123456769',
      'EUR1500.00',
      '',
      '',
      '+++202/6000/00701+++',
    ]);
  });

  it('has nothing to ask for on a credit note or a settled invoice', () => {
    expect(paymentQrPayload(sampleCreditNote())).toBeNull();
    expect(paymentQrPayload(sampleDocument({ paidCents: 250_000 }))).toBeNull();
  });
});
