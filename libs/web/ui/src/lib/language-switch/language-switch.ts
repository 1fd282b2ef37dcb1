import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { LanguageStore, type Language } from '@bep/web/shared/i18n';
import { TranslocoPipe } from '@jsverse/transloco';

/**
 * The button that switches the interface to the other language, named in that language ("English"
 * on a French page) and marked with its `lang`. The shell's toolbar and the sign-in pages show it.
 */
@Component({
  selector: 'bep-language-switch',
  imports: [MatButtonModule, TranslocoPipe],
  template: `
    <button
      mat-button
      type="button"
      class="language-button"
      [attr.lang]="otherLanguage()"
      [attr.aria-label]="'shell.otherLanguageLabel' | transloco"
      (click)="switchLanguage()"
    >
      {{ 'shell.otherLanguage' | transloco }}
    </button>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LanguageSwitch {
  readonly #language = inject(LanguageStore);

  protected readonly otherLanguage = computed<Language>(() => (this.#language.language() === 'fr' ? 'en' : 'fr'));

  protected switchLanguage(): void {
    this.#language.use(this.otherLanguage());
  }
}
