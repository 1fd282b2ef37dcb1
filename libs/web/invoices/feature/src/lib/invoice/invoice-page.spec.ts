import { MatButtonHarness } from '@angular/material/button/testing';
import { MatDatepickerInputHarness } from '@angular/material/datepicker/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { MatRadioButtonHarness } from '@angular/material/radio/testing';
import { MatSnackBarHarness } from '@angular/material/snack-bar/testing';
import type { Role } from '@bep/contracts';
import { anInvoiceDetail, anIssuedInvoiceDetail, CREDIT_NOTE_ID, INVOICE_ID } from '@bep/web/invoices/data-access/testing';
import { startInvoicesPage, type InvoicesPageBed } from '../../testing';

const URL = `/api/invoices/${INVOICE_ID}`;
/** Belgian figures hold narrow and non-breaking spaces: compared as plain ones. */
const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
const snackBarText = async (bed: InvoicesPageBed) => squash(await (await bed.documentLoader.getHarness(MatSnackBarHarness)).getMessage());

describe('the invoice page', () => {
  let bed: InvoicesPageBed;

  afterEach(() => bed.http.verify());

  async function open(roles: Role[], detail = anInvoiceDetail()) {
    bed = await startInvoicesPage(roles);
    await bed.harness.navigateByUrl(`/factures/${INVOICE_ID}`);
    bed.http.expectOne(URL).flush(detail);
    await bed.settle();
    return bed.harness.routeNativeElement as HTMLElement;
  }

  const button = (text: string) => bed.loader.getHarness(MatButtonHarness.with({ text }));
  const dialogButton = (text: string) => bed.documentLoader.getHarness(MatButtonHarness.with({ text }));

  it('shows a draft: its commune linked, its lines, VAT and totals; finance may edit, issue or delete it', async () => {
    const element = await open(['finance']);

    expect(squash(element.querySelector('h1')?.textContent)).toBe('Brouillon de facture');
    expect(element.querySelector('dd a')?.getAttribute('href')).toBe('/communes/93090');
    expect(squash(element.querySelector('tbody tr')?.textContent)).toContain('Diagnostic numérique personnalisé');
    expect(squash(element.querySelector('tbody tr')?.textContent)).toContain('5 000,00 €');
    expect(element.textContent).toContain('Non assujetti (O)');
    expect(await (await button('Émettre')).isDisabled()).toBe(false);
    expect(await bed.loader.getAllHarnesses(MatButtonHarness.with({ text: 'Supprimer le brouillon' }))).toHaveLength(1);
    expect(element.querySelector('a[download]')).toBeNull();
  });

  it('issues a draft once confirmed, says so and shows its number and downloads', async () => {
    const element = await open(['finance']);
    await (await button('Émettre')).click();
    await (await dialogButton('Émettre la facture')).click();
    await bed.settle();

    const request = bed.http.expectOne(`${URL}/issue`);
    expect(request.request.body).toEqual({ version: 1 });
    request.flush(anIssuedInvoiceDetail());
    await bed.settle();

    expect(await snackBarText(bed)).toBe('Facture émise : CF-2026-0007, échéance le 16/04/2026.');
    expect(squash(element.querySelector('h1')?.textContent)).toBe('Facture CF-2026-0007');
    expect(element.textContent).toContain('+++202/6000/00797+++');
    expect(Array.from(element.querySelectorAll('a[download]')).map((link) => link.getAttribute('href'))).toEqual([`${URL}/pdf`, `${URL}/ubl`]);
  });

  it('says why issuing was refused, in our words then the server\'s, and shows the invoice as it now is', async () => {
    const element = await open(['finance']);
    await (await button('Émettre')).click();
    await (await dialogButton('Émettre la facture')).click();
    await bed.settle();
    bed.http
      .expectOne(`${URL}/issue`)
      .flush(
        { type: 'urn:bep:billing-party-missing', title: 'Billing data missing', status: 422, detail: 'Viroinval has no enterprise number.' },
        { status: 422, statusText: 'Unprocessable Entity' },
      );
    await bed.settle();
    bed.http.expectOne(URL).flush(anInvoiceDetail());
    await bed.settle();

    expect(element.querySelector('[role="alert"]')?.textContent).toBe(
      "La facture n'a pas pu être émise. Les données de facturation manquent\u00a0: l'identité de BEP (Administration) ou celles de la commune. Le serveur a répondu\u00a0: «\u00a0Viroinval has no enterprise number.\u00a0»",
    );
  });

  it('records a payment: today and all that is owed by default', async () => {
    await open(['finance'], anIssuedInvoiceDetail());
    await (await button('Enregistrer un paiement')).click();
    const amount = await bed.documentLoader.getHarness(MatInputHarness.with({ selector: '[formControlName="amount"]' }));
    expect(await amount.getValue()).toBe('2500,00');
    await amount.setValue('1000');
    await (await bed.documentLoader.getHarness(MatInputHarness.with({ selector: '[formControlName="reference"]' }))).setValue('Extrait 42');
    await (await dialogButton('Enregistrer le paiement')).click();

    const request = bed.http.expectOne(`${URL}/payments`);
    expect(request.request.body).toMatchObject({ amountCents: 100_000, reference: 'Extrait 42' });
    expect(request.request.body.paidOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    request.flush(anIssuedInvoiceDetail({ paidCents: 100_000, outstandingCents: 150_000 }));
    await bed.settle();
    expect(await snackBarText(bed)).toBe('Paiement de 1 000,00 € enregistré. Restant dû : 1 500,00 €.');
  });

  it('records a payment on the day typed day first, and refuses a day to come', async () => {
    await open(['finance'], anIssuedInvoiceDetail());
    await (await button('Enregistrer un paiement')).click();
    const paidOn = await bed.documentLoader.getHarness(MatDatepickerInputHarness);
    await paidOn.setValue('31/12/2999');
    await (await dialogButton('Enregistrer le paiement')).click();
    expect(document.querySelector('mat-dialog-container mat-error')?.textContent?.trim()).toBe("Au plus tard aujourd'hui.");

    await paidOn.setValue('02/03/2026');
    await (await dialogButton('Enregistrer le paiement')).click();
    const request = bed.http.expectOne(`${URL}/payments`);
    expect(request.request.body.paidOn).toBe('2026-03-02');
    request.flush(anIssuedInvoiceDetail());
    await bed.settle();
  });

  it('keeps the payment dialog open with the reason of a refusal', async () => {
    await open(['finance'], anIssuedInvoiceDetail());
    await (await button('Enregistrer un paiement')).click();
    await (await dialogButton('Enregistrer le paiement')).click();
    bed.http
      .expectOne(`${URL}/payments`)
      .flush({ type: 'urn:bep:invoice-overpayment', title: 'More than is owed', status: 422 }, { status: 422, statusText: 'Unprocessable Entity' });
    await bed.settle();
    bed.http.expectOne(URL).flush(anIssuedInvoiceDetail());
    await bed.settle();

    expect(document.querySelector('mat-dialog-container [role="alert"]')?.textContent).toContain('Ce montant dépasse ce que la commune doit encore.');
  });

  it('makes a partial credit note with its reason, and reads the invoice again', async () => {
    await open(['finance'], anIssuedInvoiceDetail());
    await (await button('Note de crédit')).click();
    await (await bed.documentLoader.getHarness(MatRadioButtonHarness.with({ label: 'Un montant HTVA' }))).check();
    await (await bed.documentLoader.getHarness(MatInputHarness.with({ selector: '[formControlName="amount"]' }))).setValue('500');
    await (await bed.documentLoader.getHarness(MatInputHarness.with({ selector: '[formControlName="reason"]' }))).setValue('Remise accordée');
    await (await dialogButton('Émettre la note de crédit')).click();

    const request = bed.http.expectOne(`${URL}/credit-notes`);
    expect(request.request.body).toEqual({ reason: 'Remise accordée', amountCents: 50_000 });
    request.flush(anIssuedInvoiceDetail({ id: CREDIT_NOTE_ID, kind: 'credit_note', number: 'NC-2026-0001', grossCents: 50_000 }));
    await bed.settle();
    bed.http.expectOne(URL).flush(anIssuedInvoiceDetail({ creditedCents: 50_000, outstandingCents: 200_000 }));
    await bed.settle();
    expect(await snackBarText(bed)).toBe('Note de crédit NC-2026-0001 émise pour 500,00 €.');
  });

  it('refuses a credit note without its reason, before any request', async () => {
    await open(['finance'], anIssuedInvoiceDetail());
    await (await button('Note de crédit')).click();
    await (await dialogButton('Émettre la note de crédit')).click();
    expect(document.querySelector('mat-dialog-container mat-error')?.textContent).toContain('Obligatoire.');
  });

  it('lets a manager read an issued invoice and download it, with no action of finance', async () => {
    const element = await open(['manager'], anIssuedInvoiceDetail());
    expect(await bed.loader.getAllHarnesses(MatButtonHarness.with({ text: /Enregistrer un paiement|Note de crédit|Émettre/ }))).toHaveLength(0);
    expect(element.querySelectorAll('a[download]')).toHaveLength(2);
    expect(element.textContent).toContain('Historique');
    expect(element.textContent).toContain('par Sophie Lambert');
  });

  it('edits the lines of a draft and saves them at the version read', async () => {
    const element = await open(['finance']);
    await (await button('Modifier les lignes')).click();
    const quantity = await bed.loader.getHarness(MatInputHarness.with({ selector: '[formControlName="quantity"]' }));
    await quantity.setValue('2');
    expect(squash(element.textContent)).toContain('Total HTVA : 5 000,00 €');
    await (await button('Enregistrer les lignes')).click();

    const request = bed.http.expectOne(URL);
    expect(request.request.method).toBe('PATCH');
    expect(request.request.body).toEqual({
      version: 1,
      lines: [{ description: 'Diagnostic numérique personnalisé — part communale (50 %)', quantityMilli: 2000, unitPriceCents: 500_000, shareBp: 5000 }],
    });
    request.flush(anInvoiceDetail({ version: 2, netCents: 500_000, grossCents: 500_000 }));
    await bed.settle();
    expect(await snackBarText(bed)).toBe('Lignes enregistrées : total 5 000,00 € HTVA.');
  });
});
