import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import type { SellerSettings } from '@bep/contracts';
import { provideI18nTesting } from '@bep/web/shared/i18n/testing';
import { en } from '../i18n/en';
import { fr } from '../i18n/fr';
import { SellerPage } from './seller-page';

const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

const stored: SellerSettings = {
  identity: {
    name: 'BEP',
    address: { street: 'Avenue Sergent Vrithoff 2', postalCode: '5000', city: 'Namur', countryCode: 'BE' },
    enterpriseNumber: '0201833145',
    vatNumber: null,
    iban: 'BE58068203841079',
    bic: 'GKCCBEBB',
    peppolEndpoint: '0201833145',
    email: 'facturation@bep.demo',
    phone: '+3281718211',
  },
  updatedAt: '2026-03-17T09:00:00.000Z',
};

describe('SellerPage', () => {
  let fixture: ComponentFixture<SellerPage>;
  let http: HttpTestingController;
  let element: HTMLElement;

  const input = (id: string) => element.querySelector<HTMLInputElement>(`#seller-${id}`) as HTMLInputElement;
  const type = (id: string, value: string) => {
    const field = input(id);
    field.value = value;
    field.dispatchEvent(new Event('input'));
    field.dispatchEvent(new Event('blur'));
  };
  const errors = () => [...element.querySelectorAll('mat-error')].map((error) => squash(error.textContent));
  const submit = () => {
    element.querySelector<HTMLButtonElement>('button[type=submit]')?.click();
    fixture.detectChanges();
  };

  async function open(settings: SellerSettings): Promise<void> {
    fixture = TestBed.createComponent(SellerPage);
    element = fixture.nativeElement;
    http.expectOne('/api/settings/seller').flush(settings);
    await fixture.whenStable();
    fixture.detectChanges();
  }

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideI18nTesting({ admin: { fr, en } }), { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } }],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('shows the stored identity, ready to change', async () => {
    await open(stored);
    expect(input('name').value).toBe('BEP');
    expect(input('address-postalCode').value).toBe('5000');
    expect(input('iban').value).toBe('BE58068203841079');
    expect(input('vatNumber').value).toBe('');
    expect(element.textContent).not.toContain("pas encore saisie");
  });

  it('says that nothing can be issued while the identity is not entered', async () => {
    await open({ identity: null, updatedAt: null });
    expect(squash(element.querySelector('[role=status]')?.textContent)).toBe("L'identité du vendeur n'est pas encore saisie : aucune facture ne peut être émise avant.");
    submit();
    expect(errors()).toContain('Ce champ est obligatoire.');
    http.expectNone('/api/settings/seller');
  });

  it('explains a wrong enterprise number, IBAN, BIC or VAT number before any request', async () => {
    await open(stored);
    type('peppolEndpoint', '0208:123');
    type('iban', 'BE59 0682 0384 1079');
    type('bic', 'GKCC');
    type('vatNumber', 'BE0202239951');
    type('address-postalCode', '500');
    submit();
    expect(errors()).toEqual([
      'Le numéro de TVA doit être BE suivi du numéro d\'entreprise.',
      "Cet identifiant Peppol n'est pas valide : dans le schéma 0208, c'est un numéro d'entreprise.",
      'Un code postal belge compte quatre chiffres, par exemple 5000.',
      "Cet IBAN n'est pas valide (pays, chiffres de contrôle ou longueur).",
      "Ce BIC n'est pas valide : 8 ou 11 lettres et chiffres, par exemple GKCCBEBB.",
    ]);
    type('enterpriseNumber', '0201.833.146');
    fixture.detectChanges();
    expect(errors()[0]).toBe(
      "Ce numéro d'entreprise n'est pas valide : 10 chiffres commençant par 0 ou 1, les deux derniers étant 97 moins le reste de la division des huit premiers par 97.",
    );
    http.expectNone('/api/settings/seller');
  });

  it('saves the whole identity, optional fields left empty as null', async () => {
    await open(stored);
    type('iban', 'BE71 0961 2345 6769');
    type('phone', '');
    submit();
    const request = http.expectOne({ method: 'PUT', url: '/api/settings/seller' });
    expect(request.request.body).toEqual({
      name: 'BEP',
      address: { street: 'Avenue Sergent Vrithoff 2', postalCode: '5000', city: 'Namur' },
      enterpriseNumber: '0201833145',
      vatNumber: null,
      iban: 'BE71 0961 2345 6769',
      bic: 'GKCCBEBB',
      peppolEndpoint: '0201833145',
      email: 'facturation@bep.demo',
      phone: null,
    });
    request.flush({ identity: { ...stored.identity, iban: 'BE71096123456769', phone: null }, updatedAt: '2026-03-18T10:00:00.000Z' });
    await fixture.whenStable();
    fixture.detectChanges();
    expect(input('iban').value).toBe('BE71096123456769');
  });

  it("shows the API's refusal on the field it names", async () => {
    await open(stored);
    submit();
    http.expectOne({ method: 'PUT', url: '/api/settings/seller' }).flush(
      { type: 'urn:bep:invalid-billing-data', title: 'Invalid billing data', status: 422, detail: 'The request is invalid; see errors.', errors: [{ path: 'address.city', message: 'required' }] },
      { status: 422, statusText: 'Unprocessable Content' },
    );
    await fixture.whenStable();
    fixture.detectChanges();
    expect(errors()).toEqual(['Refusé : required']);
    expect(document.activeElement).toBe(input('address-city'));
  });
});
