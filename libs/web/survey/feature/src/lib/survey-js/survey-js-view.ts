import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { Model } from 'survey-core';
import { SurveyModule } from 'survey-angular-ui';
import 'survey-core/i18n/french';
import { loadSurveyJsStylesheet } from './survey-js-stylesheet';

/**
 * The form library's rendering of a model, apart from the page so that the page's specs replace it:
 * they test the page's own parts and the model it hands over; the library's drawing is seen in
 * Chromium (the end-to-end test).
 */
@Component({
  selector: 'bep-survey-js-view',
  imports: [SurveyModule],
  template: '<survey [model]="model()" />',
  styleUrl: './survey-js-view.css',
  // The library's form says `onsubmit="return false;"` (the Content Security Policy allows that one
  // handler by its hash): the page prevents the submission itself as well, so that Enter in a lone
  // field never reloads the page without its link, whatever the policy says.
  host: { '(submit)': '$event.preventDefault()' },
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SurveyJsView {
  readonly model = input.required<Model>();

  constructor() {
    loadSurveyJsStylesheet();
  }
}
