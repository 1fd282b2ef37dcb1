import { Injectable } from '@angular/core';
import { DefaultTranspiler, type TranspileParams } from '@jsverse/transloco';
import { startsWithVowelSound } from './elision';

/** "de {{ commune }}", "que {{ name }}": a French word that elides, then a parameter. */
const BEFORE_PARAMETER = /(?<!\p{L})(de|De|que|Que) \{\{\s*(\w+)\s*\}\}/gu;

/**
 * Transloco's interpolation, with French elision before a parameter: "L'équipe de {{ commune }}"
 * reads "L'équipe d'Andenne" and "L'équipe de Namur", with no second key nor a call site that
 * checks the first letter. In French only: English has no such rule.
 */
@Injectable()
export class ElidingTranspiler extends DefaultTranspiler {
  #french = true;

  onLangChanged(language: string): void {
    this.#french = language === 'fr';
  }

  override transpile(params: TranspileParams): unknown {
    const values = params.params;
    if (!this.#french || typeof params.value !== 'string' || !values) return super.transpile(params);
    const value = params.value.replace(BEFORE_PARAMETER, (whole, word: string, name: string) => {
      const parameter: unknown = values[name];
      return typeof parameter === 'string' && startsWithVowelSound(parameter) ? `${word.slice(0, -1)}'{{ ${name} }}` : whole;
    });
    return super.transpile({ ...params, value });
  }
}
