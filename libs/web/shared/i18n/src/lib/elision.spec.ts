import { Component, input } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { provideI18nTesting } from '../testing';
import { elide } from './elision';
import { LanguageStore } from './language-store';

/** The communes of the province of Namur (reference data of the programme). */
const NAMUR_COMMUNES = [
  'Anhée', 'Beauraing', 'Bièvre', 'Ciney', 'Dinant', 'Gedinne', 'Hamois', 'Havelange', 'Houyet', 'Onhaye',
  'Rochefort', 'Somme-Leuze', 'Yvoir', 'Hastière', 'Vresse-sur-Semois', 'Andenne', 'Assesse', 'Eghezée', 'Floreffe',
  'Fosses-la-Ville', 'Gesves', 'Mettet', 'Namur', 'Ohey', 'Profondeville', 'Sombreffe', 'Sambreville', 'Fernelmont',
  'Jemeppe-sur-Sambre', 'La Bruyère', 'Gembloux', 'Cerfontaine', 'Couvin', 'Doische', 'Florennes', 'Philippeville',
  'Walcourt', 'Viroinval',
];

describe('French elision', () => {
  it("elides before the communes of Namur that start with a vowel sound, the mute h of Hastière included", () => {
    const elided = NAMUR_COMMUNES.map((name) => elide('de', name)).filter((phrase) => phrase.startsWith("d'"));
    expect(elided).toEqual(["d'Anhée", "d'Onhaye", "d'Yvoir", "d'Hastière", "d'Andenne", "d'Assesse", "d'Eghezée", "d'Ohey"]);
  });

  it('keeps "de" before a consonant, an aspirated h and an article', () => {
    expect(elide('de', 'Namur')).toBe('de Namur');
    expect(elide('de', 'Havelange')).toBe('de Havelange');
    expect(elide('de', 'Houyet')).toBe('de Houyet');
    expect(elide('de', 'La Bruyère')).toBe('de La Bruyère');
  });

  it('elides before a person, "que" and a capital "De" too', () => {
    expect(elide('de', 'Éric Dupont')).toBe("d'Éric Dupont");
    expect(elide('de', 'Hélène Martin')).toBe("d'Hélène Martin");
    expect(elide('que', 'Eghezée')).toBe("qu'Eghezée");
    expect(elide('De', 'Andenne')).toBe("D'Andenne");
  });
});

@Component({
  imports: [TranslocoPipe],
  template: `<p>{{ 'team' | transloco: { commune: commune() } }}</p>`,
})
class Sample {
  readonly commune = input.required<string>();
}

describe('the interpolation of the French words', () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: [provideI18nTesting()] });
    const transloco = TestBed.inject(TranslocoService);
    transloco.setTranslation({ team: "L'équipe de {{ commune }} est enregistrée." }, 'fr', { merge: true });
    transloco.setTranslation({ team: 'The Maison de {{ commune }} is saved.' }, 'en', { merge: true });
  });

  async function render(commune: string): Promise<string> {
    const fixture = TestBed.createComponent(Sample);
    fixture.componentRef.setInput('commune', commune);
    await fixture.whenStable();
    return (fixture.nativeElement as HTMLElement).textContent ?? '';
  }

  it("elides \"de\" before a parameter that starts with a vowel sound", async () => {
    expect(await render('Andenne')).toBe("L'équipe d'Andenne est enregistrée.");
    expect(await render('Namur')).toBe("L'équipe de Namur est enregistrée.");
    expect(TestBed.inject(TranslocoService).translate('team', { commune: 'Hastière' })).toBe("L'équipe d'Hastière est enregistrée.");
  });

  it('leaves English alone, even a French name in it', async () => {
    TestBed.inject(LanguageStore).use('en', false);
    expect(await render('Andenne')).toBe('The Maison de Andenne is saved.');
  });
});
