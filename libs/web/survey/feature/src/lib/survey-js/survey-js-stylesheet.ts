import { DOCUMENT } from '@angular/common';
import { inject } from '@angular/core';

/**
 * The form library's stylesheet (survey-core's fontless one: the default fetches Google Fonts) is
 * built apart (apps/web/project.json: bundle `survey-core`, not injected) and linked here, by the
 * questionnaire's lazy route only: its 300 kB stay out of the first load of every other page.
 */
export const SURVEY_JS_STYLESHEET = 'survey-core.css';

/** Adds the stylesheet's link to the document once; call in an injection context. */
export function loadSurveyJsStylesheet(): void {
  const document = inject(DOCUMENT);
  if (document.head.querySelector(`link[href="${SURVEY_JS_STYLESHEET}"]`)) return;
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = SURVEY_JS_STYLESHEET;
  document.head.appendChild(link);
}
