import { aUser } from '@bep/web/auth/data-access/testing';
import { aCommuneBilling, GEMBLOUX_NIS } from '@bep/web/communes/data-access/testing';
import { billingUrl, configureCommunePage, openCommunePage, type OpenPage, squash } from '../../testing/commune-page-testing';

const FINANCE = aUser(['finance']);

function type(page: OpenPage, key: string, value: string): void {
  const input = page.element().querySelector<HTMLInputElement>(`#billing-${key}`) as HTMLInputElement;
  input.value = value;
  input.dispatchEvent(new Event('input'));
  input.dispatchEvent(new Event('blur'));
}

const errors = (page: OpenPage) => Array.from(page.section('Facturation').querySelectorAll('mat-error')).map((error) => squash(error.textContent));
const button = (page: OpenPage, label: string) =>
  Array.from(page.section('Facturation').querySelectorAll('button')).find((candidate) => squash(candidate.textContent) === label) as HTMLButtonElement;

async function click(page: OpenPage, label: string): Promise<void> {
  button(page, label).click();
  await page.settle();
}

describe('BillingSection', () => {
  beforeEach(() => configureCommunePage());

  it("shows a manager how the commune is billed, without changing it", async () => {
    const page = await openCommunePage();
    const lines = Array.from(page.section('Facturation').querySelectorAll('dl > *')).map((item) => squash(item.textContent));
    expect(lines).toEqual([
      'Adresse de facturation',
      'Administration communale, Place communale 1, 5030 Gembloux',
      "Numéro d'entreprise (BCE)",
      '0209.214.251',
      'Numéro de TVA',
      'Aucun',
      'Identifiant Peppol',
      '0208:0209214251',
      "Référence de l'acheteur",
      'BEP-TN-92142',
      'E-mail de facturation',
      'Aucun',
    ]);
    expect(page.section('Facturation').querySelector('button')).toBeNull();
  });

  it('is not shown to a consultant, who may not read it', async () => {
    const page = await openCommunePage({ user: aUser(['consultant']) });
    expect(page.element().textContent).not.toContain('Facturation');
    page.http.expectNone(billingUrl(GEMBLOUX_NIS));
  });

  it('says that nothing can be issued before the data is entered', async () => {
    const page = await openCommunePage({ user: FINANCE, billing: { nis: GEMBLOUX_NIS, communeName: 'Gembloux', profile: null } });
    expect(page.section('Facturation').textContent).toContain('ne sont pas encore saisies\u00a0: aucune facture ne peut lui être émise avant.');
    await click(page, 'Saisir');
    expect(page.element().querySelector<HTMLInputElement>('#billing-buyerReference')?.value).toBe('BEP-TN-92142');
  });

  it('lets finance change it, explaining a wrong enterprise number before any request', async () => {
    const page = await openCommunePage({ user: FINANCE });
    await click(page, 'Modifier');
    type(page, 'enterpriseNumber', '0209.214.252');
    type(page, 'vatNumber', 'BE0202239952');
    await click(page, 'Enregistrer');
    expect(errors(page)).toEqual([
      "Ce numéro d'entreprise n'est pas valide : 10 chiffres commençant par 0 ou 1, les deux derniers étant 97 moins le reste de la division des huit premiers par 97.",
      "Ce numéro de TVA n'est pas valide : BE suivi d'un numéro d'entreprise valide.",
    ]);
    page.http.expectNone({ method: 'PUT', url: billingUrl(GEMBLOUX_NIS) });

    type(page, 'enterpriseNumber', '0209.214.251');
    type(page, 'vatNumber', '');
    type(page, 'buyerReference', 'BC-2026-118');
    type(page, 'email', 'finances@gembloux.demo');
    await click(page, 'Enregistrer');
    const request = page.http.expectOne({ method: 'PUT', url: billingUrl(GEMBLOUX_NIS) });
    expect(request.request.body).toEqual({
      address: { street: 'Administration communale, Place communale 1', postalCode: '5030', city: 'Gembloux' },
      enterpriseNumber: '0209.214.251',
      vatNumber: null,
      peppolEndpoint: '0209214251',
      buyerReference: 'BC-2026-118',
      email: 'finances@gembloux.demo',
    });
    request.flush(aCommuneBilling({ buyerReference: 'BC-2026-118', email: 'finances@gembloux.demo' }));
    await page.settle();
    expect(page.section('Facturation').querySelector('form')).toBeNull();
    expect(page.section('Facturation').textContent).toContain('BC-2026-118');
  });

  it("shows the API's refusal on the field it names", async () => {
    const page = await openCommunePage({ user: aUser(['admin']) });
    await click(page, 'Modifier');
    await click(page, 'Enregistrer');
    page.http.expectOne({ method: 'PUT', url: billingUrl(GEMBLOUX_NIS) }).flush(
      { type: 'urn:bep:invalid-billing-data', title: 'Invalid billing data', status: 422, detail: 'The request is invalid; see errors.', errors: [{ path: 'peppolEndpoint', message: 'not a valid Peppol endpoint' }] },
      { status: 422, statusText: 'Unprocessable Content' },
    );
    await page.settle();
    expect(errors(page)).toEqual(['Refusé : not a valid Peppol endpoint']);
    expect(document.activeElement?.id).toBe('billing-peppolEndpoint');
  });
});
