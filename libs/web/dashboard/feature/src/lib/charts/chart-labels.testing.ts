/** Test helper (excluded from the library's build): the charts' words from the real French translations. */
import { TestBed } from '@angular/core/testing';
import { provideI18nTesting } from '@bep/web/shared/i18n/testing';
import { TranslocoService } from '@jsverse/transloco';
import { fr } from '../i18n/fr';
import { type ChartLabels, chartLabels } from './chart-labels';

export function frenchChartLabels(): ChartLabels {
  TestBed.configureTestingModule({ providers: [provideI18nTesting({ dashboard: { fr } })] });
  const transloco = TestBed.inject(TranslocoService);
  return chartLabels((key, params) => transloco.translate(key, params));
}
