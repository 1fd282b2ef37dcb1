import { TestBed } from '@angular/core/testing';
import { PagePlaceholder } from './page-placeholder';

describe('PagePlaceholder', () => {
  it('renders the heading and the message it is given', async () => {
    const fixture = TestBed.createComponent(PagePlaceholder);
    fixture.componentRef.setInput('heading', 'Factures');
    fixture.componentRef.setInput('message', "La facturation n'est pas encore disponible.");
    await fixture.whenStable();

    const element = fixture.nativeElement as HTMLElement;
    expect(element.querySelector('h1')?.textContent).toBe('Factures');
    expect(element.querySelector('p')?.textContent).toBe("La facturation n'est pas encore disponible.");
  });
});
