import { TestKey } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatAutocompleteHarness } from '@angular/material/autocomplete/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import type { CommuneList, CommuneSummary } from '@bep/contracts';
import { provideI18nTesting } from '@bep/web/shared/i18n/testing';
import { SEARCH_DEBOUNCE_MS } from '@bep/web/ui';
import { type Observable, of, Subject, throwError } from 'rxjs';
import { communesByNis } from './commune-choices';
import { CommuneField } from './commune-field';

const PROVINCE = [
  { nis: '91030', name: 'Ciney' },
  { nis: '92142', name: 'Gembloux' },
  { nis: '92045', name: 'Gesves' },
];

/** The server's answer to a text: the communes whose name or code holds it. */
function listOf(query: { q: string; limit: number }): CommuneList {
  const text = query.q.toLowerCase();
  const items = PROVINCE.filter((c) => c.name.toLowerCase().includes(text) || c.nis.includes(text)).slice(0, query.limit) as CommuneSummary[];
  return { items, total: items.length, limit: query.limit, offset: 0, campaign: null, unfilteredTotal: PROVINCE.length, arrondissements: [] };
}

@Component({
  imports: [CommuneField, ReactiveFormsModule],
  template: `
    <bep-commune-field label="Commune" [formControl]="filter" emptyLabel="Toutes les communes" [search]="communes.search" [lookup]="communes.lookup" />
    <bep-commune-field id="required" label="Engagement" [formControl]="required" required errorText="Choisissez une commune." [search]="communes.search" [lookup]="communes.lookup" />
  `,
})
class Host {
  readonly asked: string[] = [];
  readonly answer = signal<(query: { q: string; limit: number }) => Observable<CommuneList>>((query) => of(listOf(query)));
  readonly communes = communesByNis((query) => {
    this.asked.push(query.q);
    return this.answer()(query);
  });
  readonly filter = new FormControl('', { nonNullable: true });
  readonly required = new FormControl('', { nonNullable: true, validators: Validators.required });
}

/** The field as a form group's named control, as the pages use it. */
@Component({
  imports: [CommuneField, ReactiveFormsModule],
  template: `
    <form [formGroup]="form">
      <bep-commune-field formControlName="engagementId" label="Engagement" required errorText="Choisissez une commune." [search]="communes.search" [lookup]="communes.lookup" />
    </form>
  `,
})
class DraftHost {
  readonly communes = communesByNis((query) => of(listOf(query)));
  readonly form = new FormGroup({ engagementId: new FormControl('', { nonNullable: true, validators: Validators.required }) });
}

const pause = () => new Promise((resolve) => setTimeout(resolve, SEARCH_DEBOUNCE_MS + 20));

describe('CommuneField', () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: [provideI18nTesting(), { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } }] });
  });

  async function open() {
    const fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
    const loader = TestbedHarnessEnvironment.loader(fixture);
    const [filter, required] = await loader.getAllHarnesses(MatAutocompleteHarness);
    if (!filter || !required) throw new Error('Two commune fields expected');
    const optionTexts = async (field: MatAutocompleteHarness) => (await field.getOptions()).map((option) => option.getText());
    return { fixture, host: fixture.componentInstance, filter, required, options: async (field: MatAutocompleteHarness) => Promise.all(await optionTexts(field)) };
  }

  it('asks the server once the typing pauses, for the last text only, and holds the NIS code of the commune chosen', async () => {
    const { host, filter, options } = await open();
    await filter.enterText('ge');
    await pause();
    expect(host.asked).toEqual(['ge']);
    // "Every commune" is offered while nothing is typed.
    expect(await options(filter)).toEqual(['Gembloux 92142', 'Gesves 92045']);
    expect(host.filter.value).toBe('');

    await filter.selectOption({ text: /Gesves/ });
    expect(host.filter.value).toBe('92045');
    expect(await filter.getValue()).toBe('Gesves');

    // Emptied, the field offers every commune again.
    await filter.clear();
    await filter.selectOption({ text: 'Toutes les communes' });
    expect(host.filter.value).toBe('');
    expect(await filter.getValue()).toBe('');
  });

  it('names a commune it is given by its code, and says when nothing matches or the search fails', async () => {
    const { fixture, host, filter, options } = await open();
    host.filter.setValue('92142');
    await fixture.whenStable();
    expect(host.asked).toEqual(['92142']);
    expect(await filter.getValue()).toBe('Gembloux');

    await filter.enterText('zzz');
    await pause();
    expect(await options(filter)).toEqual(['Aucune commune ne correspond']);

    host.answer.set(() => throwError(() => new Error('offline')));
    await filter.enterText('y');
    await pause();
    expect(await options(filter)).toEqual(['La recherche a échoué\u00a0; réessayez.']);
  });

  it('takes the first commune found on Enter', async () => {
    const { host, filter } = await open();
    await filter.enterText('ge');
    await pause();
    await (await filter.host()).sendKeys(TestKey.ENTER);
    expect(host.filter.value).toBe('92142');
    expect(await filter.getValue()).toBe('Gembloux');
  });

  it('does not put a name still on its way over what is being typed', async () => {
    const { fixture, host, filter } = await open();
    const naming = new Subject<CommuneList>();
    host.answer.set(() => naming);
    host.filter.setValue('92142');
    await fixture.whenStable();
    host.answer.set((query) => of(listOf(query)));
    await filter.enterText('ci');
    naming.next(listOf({ q: '92142', limit: 20 }));
    await fixture.whenStable();
    expect(await filter.getValue()).toBe('92142ci');
  });

  it('shows the code of a commune the server does not name rather than a blank', async () => {
    const { fixture, host, filter } = await open();
    const pending = new Subject<CommuneList>();
    host.answer.set(() => pending);
    host.filter.setValue('99999');
    await fixture.whenStable();
    expect(await filter.getValue()).toBe('99999');
    pending.next(listOf({ q: '99999', limit: 20 }));
    await fixture.whenStable();
    expect(await filter.getValue()).toBe('99999');
  });

  it('says a commune is needed once the field is left empty, and forgets a text typed without a choice', async () => {
    const { fixture, host, required } = await open();
    const error = () => (fixture.nativeElement as HTMLElement).querySelector('#required mat-error')?.textContent?.trim();
    expect(error()).toBeUndefined();
    expect((fixture.nativeElement as HTMLElement).querySelector('#required input')?.hasAttribute('required')).toBe(true);

    await required.enterText('gem');
    await pause();
    // Tabbing away closes the choices without one.
    await (await required.host()).sendKeys(TestKey.TAB);
    await required.blur();
    await fixture.whenStable();
    expect(await required.getValue()).toBe('');
    expect(host.required.value).toBe('');
    expect(host.required.touched).toBe(true);
    expect(error()).toBe('Choisissez une commune.');

    await required.enterText('gem');
    await pause();
    await required.selectOption({ text: /Gembloux/ });
    await fixture.whenStable();
    expect(host.required.value).toBe('92142');
    expect(error()).toBeUndefined();
  });

  it('says a commune is needed when the form it sits in is sent empty', async () => {
    const fixture = TestBed.createComponent(DraftHost);
    await fixture.whenStable();
    fixture.componentInstance.form.markAllAsTouched();
    fixture.detectChanges();
    await fixture.whenStable();
    expect((fixture.nativeElement as HTMLElement).querySelector('mat-error')?.textContent?.trim()).toBe('Choisissez une commune.');
  });
});
