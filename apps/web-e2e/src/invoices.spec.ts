import type { Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { expectNoSeriousViolation } from './support/accessibility';
import { chooseCommune } from './support/commune-field';
import { figure } from './support/figures';
import { signIn } from './support/sign-in';
import { saveScreenshots } from './support/screenshots';
import { expect, test } from './support/test';

/*
 * The Factures pages as finance, on the demo laid out on the run's calendar (Tuesday 17 March
 * 2026). The demo may hold no draft yet (the billing job makes one when a commune enters Atelier
 * tenu), so the journey makes its own by hand for Ciney, whose billing data the demo ships: it
 * issues it, records part of its payment and credits the rest, after which nothing is owed (paid),
 * then exports March in one ZIP, which the worker builds. Other specs change the demo too, so
 * no count is asserted. Amounts are Belgian: a narrow space between thousands (`\s` matches it).
 */

/** The page's own horizontal overflow (a table scrolls inside its container, never the page). */
function pageOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/** What the last action said (the snack bar, a polite live region). */
function said(page: Page) {
  // The last one: the previous message may still be leaving.
  return page.locator('mat-snack-bar-container').last();
}

/** A reading of a batch export's progress (not the list of recent ones, not the download). */
const EXPORT_PROGRESS = /\/api\/invoice-exports\/[0-9a-f-]{36}$/;

/**
 * Holds every reading of the export's progress until `release` is called: the worker may build a
 * small ZIP faster than the page's first reading (one second), and the bar must be seen first.
 * The page drops a reading still held when it asks again, hence the failure to continue it ignored.
 */
async function holdExportProgress(page: Page): Promise<() => void> {
  let release: () => void = () => undefined;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(EXPORT_PROGRESS, async (route) => {
    await released;
    await route.continue().catch(() => undefined);
  });
  return release;
}

/** The size the API gives for the newest export of that file name (finance's session, as the page's). */
async function exportedByteSize(page: Page, fileName: string): Promise<number> {
  const answer = await page.request.get('/api/invoice-exports');
  expect(answer.ok()).toBe(true);
  const { items } = (await answer.json()) as { items: { fileName: string; byteSize: number | null }[] };
  return items.find((item) => item.fileName === fileName)?.byteSize ?? 0;
}

/** axe once the previous snack bar has left, so that only what the last action said is measured. */
async function expectNoSeriousViolationOnceSaid(page: Page): Promise<void> {
  await expect(page.locator('mat-snack-bar-container')).toHaveCount(1);
  await expectNoSeriousViolation(page);
}

test.describe('Factures', () => {
  test.beforeEach(async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await signIn(page, 'finance@bep.demo');
  });

  test('finance makes a draft, issues it, records a payment, credits the rest, exports the CSV, and downloads the ZIP of the month once its progress has run', async ({ page }) => {
    // A whole working session, with axe on every step and a ZIP the worker builds: more than the default 30 s on a busy machine.
    test.slow();
    // Finance lands on the invoices.
    await expect(page).toHaveURL(/\/factures$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Factures' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Télécharger le CSV' })).toHaveAttribute('href', '/api/invoices/export.csv');
    await expect(figure(page.locator('bep-invoice-totals'), 'Restant dû')).toHaveText(/\d+,\d{2}\s€/);
    await expectNoSeriousViolation(page);

    // A draft by hand: Ciney's share of the diagnostic, at the campaign's price.
    await page.getByRole('link', { name: 'Nouveau brouillon' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Nouveau brouillon' })).toBeVisible();
    await chooseCommune(page, 'Commune', 'Ciney');
    await expect(page.getByLabel('Prix unitaire HTVA (€)')).toHaveValue('5000,00');
    await expect(page.getByLabel('Part communale (%)')).toHaveValue('50');
    await expect(page.getByText(/Total HTVA\s:\s2\s500,00\s€/)).toBeVisible();
    await expectNoSeriousViolation(page);
    await page.getByRole('button', { name: 'Créer le brouillon' }).click();

    await expect(page.getByRole('heading', { level: 1, name: 'Brouillon de facture' })).toBeVisible();
    await expect(said(page)).toContainText('Brouillon créé pour Ciney.');
    await expect(page.getByRole('link', { name: 'Ciney' })).toHaveAttribute('href', /^\/communes\/\d{5}$/);
    await expectNoSeriousViolationOnceSaid(page);

    // Issuing is confirmed: it fixes the invoice for good.
    await page.getByRole('button', { name: 'Émettre', exact: true }).click();
    const confirm = page.getByRole('dialog', { name: 'Émettre cette facture ?' });
    await expect(confirm).toContainText('figée pour de bon');
    await confirm.getByRole('button', { name: 'Émettre la facture' }).click();
    const heading = page.getByRole('heading', { level: 1, name: /^Facture CF-2026-\d{4}$/ });
    await expect(heading).toBeVisible();
    await expect(heading).toBeFocused();
    await expect(said(page)).toContainText(/Facture émise\s:\sCF-2026-\d{4}, échéance le 16\/04\/2026\./);
    await expect(figure(page.locator('header'), 'Communication structurée')).toHaveText(/^\+\+\+\d{3}\/\d{4}\/\d{5}\+\+\+$/);
    const invoiceUrl = new URL(page.url()).pathname;
    await expect(page.getByRole('link', { name: /Télécharger le PDF de CF-2026-\d{4}/ })).toHaveAttribute('href', `/api${invoiceUrl.replace('/factures', '/invoices')}/pdf`);
    await expect(page.getByRole('link', { name: /Télécharger l'UBL Peppol de CF-2026-\d{4}/ })).toHaveAttribute('href', `/api${invoiceUrl.replace('/factures', '/invoices')}/ubl`);

    // A partial payment: today by default, 1 000,00 € of the 2 500,00 € owed.
    await page.getByRole('button', { name: 'Enregistrer un paiement' }).click();
    const payment = page.getByRole('dialog', { name: 'Enregistrer un paiement' });
    // The dialog puts the focus in its first field once it has opened: typed earlier, on a slow
    // machine, the reference would land in the date field when the focus moves there.
    await expect(payment.getByLabel('Date du paiement')).toBeFocused();
    await expect(payment.getByLabel('Montant (€)')).toHaveValue('2500,00');
    await expect(payment.getByLabel('Date du paiement')).toHaveValue('17/03/2026');
    await payment.getByLabel('Montant (€)').fill('1000');
    await payment.getByLabel('Référence (extrait bancaire)').fill('Extrait 42');
    await expectNoSeriousViolationOnceSaid(page);
    await payment.getByRole('button', { name: 'Enregistrer le paiement' }).click();
    await expect(said(page)).toContainText(/Paiement de 1\s000,00\s€ enregistré\. Restant dû\s:\s1\s500,00\s€\./);
    await expect(page.getByRole('table', { name: 'Paiements reçus' }).getByRole('row').filter({ hasText: 'Extrait 42' })).toContainText('17/03/2026');

    // The rest is credited: a credit note of its own series, with its reason.
    await page.getByRole('button', { name: 'Note de crédit' }).click();
    const credit = page.getByRole('dialog', { name: 'Émettre une note de crédit' });
    await credit.getByRole('button', { name: 'Émettre la note de crédit' }).click();
    await expect(credit.getByText('Obligatoire.')).toBeVisible();
    await credit.getByLabel('Motif').fill('Diagnostic réduit de commun accord');
    await credit.getByRole('button', { name: 'Émettre la note de crédit' }).click();
    await expect(said(page)).toContainText(/Note de crédit NC-2026-\d{4} émise pour 1\s500,00\s€\./);
    // Nothing is owed any more: paid in part, credited for the rest (the domain's settled status).
    await expect(page.locator('header bep-invoice-status-chip')).toHaveText('Payée');
    await expect(figure(page.locator('bep-invoice-amounts'), 'Crédité')).toHaveText(/^1\s500,00\s€$/);
    const creditNoteLink = page.getByRole('link', { name: /^NC-2026-\d{4} du 17\/03\/2026/ });
    await expect(creditNoteLink).toBeVisible();
    await expectNoSeriousViolationOnceSaid(page);

    // The credit note's page names the invoice it credits.
    await creditNoteLink.click();
    await expect(page.getByRole('heading', { level: 1, name: /^Note de crédit NC-2026-\d{4}$/ })).toBeVisible();
    await expect(figure(page.locator('header'), 'Crédite la facture')).toHaveText(/CF-2026-\d{4}/);

    // The list filtered on the paid ones: the CSV link carries the filter.
    await page.goto('/factures?statut=paid');
    await expect(page.getByRole('link', { name: 'Télécharger le CSV' })).toHaveAttribute('href', '/api/invoices/export.csv?status=paid');
    await expect(page.getByRole('table', { name: 'Factures et notes de crédit' }).getByRole('row').filter({ hasText: 'Ciney' }).first()).toContainText('Payée');
    await expectNoSeriousViolation(page);

    // The batch export of March, when the invoice and its credit note were issued (the form offers February, the month before).
    const batch = page.getByRole('region', { name: 'Export groupé (ZIP)' });
    await batch.getByLabel('Émises du').fill('01/03/2026');
    await batch.getByLabel('Au', { exact: true }).fill('31/03/2026');
    const release = await holdExportProgress(page);
    await batch.getByRole('button', { name: 'Exporter (ZIP)' }).click();

    // Queued: a determinate bar, which the worker's progress fills in.
    const bar = batch.getByRole('progressbar', { name: "Progression de l'export" });
    await expect(bar).toBeVisible();
    await expect(bar).toHaveAttribute('aria-valuenow', '0');
    await expect(batch.getByRole('status')).toHaveText(/En file d'attente…|\d+ \/ \d+ documents/);
    await expect(batch.getByRole('button', { name: 'Exporter (ZIP)' })).toBeDisabled();
    await expectNoSeriousViolation(page);
    release();

    // Done: the link to the ZIP, until it expires.
    const download = batch.getByRole('link', { name: 'Télécharger factures-2026-03-01-2026-03-31.zip' });
    await expect(download).toBeVisible({ timeout: 60_000 });
    await expect(bar).toHaveCount(0);
    await expect(batch.getByRole('status')).toHaveText(/Export prêt\s:\s\d+ documents\./);
    await expect(batch.getByText(/Disponible jusqu'au \d{2}\/\d{2}\/2026 \d{2}:\d{2}\./)).toBeVisible();
    const byteSize = await exportedByteSize(page, 'factures-2026-03-01-2026-03-31.zip');
    expect(byteSize).toBeGreaterThan(0);
    await expectNoSeriousViolation(page);

    const saving = page.waitForEvent('download');
    await download.click();
    const zip = await saving;
    expect(zip.suggestedFilename()).toBe('factures-2026-03-01-2026-03-31.zip');
    const bytes = await readFile(await zip.path());
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(bytes.length).toBe(byteSize);

    // The ZIP outlives the page: coming back, finance finds its link again.
    await page.reload();
    await expect(page.getByRole('region', { name: 'Export groupé (ZIP)' }).getByRole('link', { name: 'Télécharger factures-2026-03-01-2026-03-31.zip' })).toBeVisible();
  });

  test('a draft opened by its address starts from the diagnostic line, in words, on a phone', async ({ page }) => {
    // The page's words come with its route, possibly after the campaign's prices: the line waits for them.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/factures/nouveau');
    await expect(page.getByRole('heading', { level: 1, name: 'Nouveau brouillon' })).toBeVisible();
    await expect(page.getByLabel('Description')).toHaveValue('Diagnostic numérique personnalisé — part communale');
    await expect(page.getByLabel('Prix unitaire HTVA (€)')).toHaveValue('5000,00');
    expect(await pageOverflow(page)).toBeLessThanOrEqual(0);
  });

  test('the list reads on a phone as cards, without sideways scrolling', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/factures');
    await expect(page.getByRole('heading', { level: 1, name: 'Factures' })).toBeVisible();
    await expect(page.getByRole('table')).toHaveCount(0);
    expect(await pageOverflow(page)).toBeLessThanOrEqual(0);
    await expectNoSeriousViolation(page);
    await saveScreenshots(page, 'invoices');

    // An invoice's page, opened from its card.
    await page.locator('main a[href^="/factures/"]:not([href="/factures/nouveau"])').first().click();
    await expect(page).toHaveURL(/\/factures\/[0-9a-f-]{36}$/);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await saveScreenshots(page, 'invoice');
  });
});
