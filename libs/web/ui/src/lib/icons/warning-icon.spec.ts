import { TestBed } from '@angular/core/testing';
import { WarningIcon } from './warning-icon';

describe('WarningIcon', () => {
  it('draws the triangle, hidden from screen readers (the flag says it in words)', async () => {
    const fixture = TestBed.createComponent(WarningIcon);
    await fixture.whenStable();
    const host = fixture.nativeElement as HTMLElement;
    expect(host.getAttribute('aria-hidden')).toBe('true');
    expect(host.querySelector('svg')?.getAttribute('focusable')).toBe('false');
  });
});
