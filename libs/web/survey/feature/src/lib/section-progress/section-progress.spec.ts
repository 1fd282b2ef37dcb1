import { TestBed } from '@angular/core/testing';
import { provideI18nTesting } from '@bep/web/shared/i18n/testing';
import { en } from '../i18n/en';
import { fr } from '../i18n/fr';
import { SectionProgress } from './section-progress';

describe('SectionProgress', () => {
  function render() {
    TestBed.configureTestingModule({ providers: [provideI18nTesting({ survey: { fr, en } })] });
    const fixture = TestBed.createComponent(SectionProgress);
    fixture.componentRef.setInput('rows', [
      { id: 'profil', title: 'Votre commune', shown: 4, answered: 2 },
      { id: 'freins', title: 'Freins', shown: 3, answered: 0 },
    ]);
    fixture.detectChanges();
    const element = fixture.nativeElement as HTMLElement;
    const toggle = element.querySelector<HTMLButtonElement>('button.toggle') as HTMLButtonElement;
    const click = (button: HTMLButtonElement | null | undefined) => {
      button?.click();
      fixture.detectChanges();
    };
    return { fixture, element, toggle, click };
  }

  it('folds again on a phone once a section is chosen, so that the section shows rather than the list', () => {
    const { fixture, element, toggle, click } = render();
    const chosen: string[] = [];
    fixture.componentInstance.go.subscribe((id) => chosen.push(id));
    click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    click(element.querySelectorAll<HTMLButtonElement>('button.section')[1]);
    expect(chosen).toEqual(['freins']);
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
  });

  it('folds again once the summary is chosen', () => {
    const { fixture, element, toggle, click } = render();
    let summaries = 0;
    fixture.componentInstance.summary.subscribe(() => summaries++);
    click(toggle);
    click(element.querySelector<HTMLButtonElement>('button.summary'));
    expect(summaries).toBe(1);
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
  });
});
