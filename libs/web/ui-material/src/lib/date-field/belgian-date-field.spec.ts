import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatDatepickerInputHarness } from '@angular/material/datepicker/testing';
import { LanguageStore } from '@bep/web/shared/i18n';
import { provideI18nTesting } from '@bep/web/shared/i18n/testing';
import { BelgianDateField } from './belgian-date-field';

@Component({
  imports: [BelgianDateField, ReactiveFormsModule],
  template: `<bep-date-field label="Payée le" [formControl]="day" max="2026-03-17" [error]="error()" />`,
})
class Host {
  readonly day = new FormControl<string | null>('2026-03-05');
  readonly error = signal<string | null>(null);
}

describe('BelgianDateField', () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: [provideI18nTesting(), { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } }] });
  });

  async function open() {
    const fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
    const input = await TestbedHarnessEnvironment.loader(fixture).getHarness(MatDatepickerInputHarness);
    const text = (selector: string) => (fixture.nativeElement as HTMLElement).querySelector(selector)?.textContent?.trim();
    return { fixture, host: fixture.componentInstance, input, text };
  }

  it("shows the control's calendar day day first, with the expected format under the field", async () => {
    const { input, text } = await open();
    expect(await input.getValue()).toBe('05/03/2026');
    expect(text('mat-label')).toBe('Payée le');
    expect(text('mat-hint')).toBe('jj/mm/aaaa');
    expect(await input.getMax()).toBe('2026-03-17');
  });

  it('gives the form the calendar day typed, never the day before', async () => {
    const { host, input } = await open();
    await input.setValue('24/03/2026');
    expect(host.day.value).toBe('2026-03-24');
    await input.setValue('');
    expect(host.day.value).toBeNull();
    expect(host.day.valid).toBe(true);
  });

  it('refuses a date typed month first and says which format is expected', async () => {
    const { fixture, host, input, text } = await open();
    await input.setValue('03/24/2026');
    await input.blur();
    await fixture.whenStable();
    expect(host.day.value).toBeNull();
    expect(host.day.hasError('date')).toBe(true);
    expect(text('mat-error')).toBe('Date attendue au format jj/mm/aaaa, par exemple 24/03/2026');

    await input.setValue('24/03/2026');
    expect(host.day.valid).toBe(true);
  });

  it("shows the form's own word on the day", async () => {
    const { fixture, host, text } = await open();
    host.error.set('La date ne peut pas être dans le futur.');
    await fixture.whenStable();
    expect(text('mat-error')).toBe('La date ne peut pas être dans le futur.');
  });

  it('opens a calendar starting on Monday, in the interface language', async () => {
    const { fixture, input } = await open();
    await input.openCalendar();
    const headers = () => [...document.querySelectorAll('.mat-calendar-table-header th span[aria-hidden="true"]')].map((th) => th.textContent?.trim());
    const period = () => document.querySelector('.mat-calendar-period-button')?.textContent?.trim();
    expect(headers()).toEqual(['L', 'M', 'M', 'J', 'V', 'S', 'D']);
    expect(period()).toBe('MARS 2026');

    TestBed.inject(LanguageStore).use('en', false);
    TestBed.tick();
    await fixture.whenStable();
    expect(headers()).toEqual(['M', 'T', 'W', 'T', 'F', 'S', 'S']);
    expect(period()).toBe('MAR 2026');
    expect(document.querySelector('.mat-calendar-previous-button')?.getAttribute('aria-label')).toBe('Previous month');
  });
});
