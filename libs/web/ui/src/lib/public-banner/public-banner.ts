import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { LanguageSwitch } from '../language-switch/language-switch';

/**
 * The banner of the pages shown outside the application shell (sign-in, password, a commune's
 * questionnaire): the product's name, what the page is for, and the language switch. The name
 * leads home only where a visitor may go on from there (`homeLink`): a commune's binôme has no
 * account to sign in with.
 */
@Component({
  selector: 'bep-public-banner',
  imports: [LanguageSwitch, RouterLink, TranslocoPipe],
  template: `
    <header class="banner">
      @if (homeLink()) {
        <a class="brand" routerLink="/">{{ 'app.name' | transloco }}</a>
      } @else {
        <span class="brand">{{ 'app.name' | transloco }}</span>
      }
      <span class="tagline">{{ tagline() }}</span>
      <bep-language-switch class="language" />
    </header>
  `,
  styles: `
    .banner {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: 0.25rem 1rem;
      padding: 1rem 1.5rem;
      background: var(--mat-sys-primary);
      color: var(--mat-sys-on-primary);
    }

    .brand {
      color: inherit;
      font: var(--mat-sys-title-large);
      text-decoration: none;
    }

    .brand:focus-visible {
      outline-color: var(--mat-sys-on-primary);
    }

    .tagline {
      font: var(--mat-sys-body-medium);
    }

    /* On the primary banner: the button's text and its keyboard focus ring in the banner's text colour. */
    .language {
      margin-left: auto;
      align-self: center;
      --mat-button-text-label-text-color: var(--mat-sys-on-primary);
      --mat-button-text-state-layer-color: var(--mat-sys-on-primary);
      --mat-focus-indicator-border-color: var(--mat-sys-on-primary);
    }

    @media (max-width: 479.98px) {
      .banner {
        padding: 0.75rem 1rem;
      }
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PublicBanner {
  /** What the page is for, in the interface's language. */
  readonly tagline = input.required<string>();
  readonly homeLink = input(true);
}
