import { TestBed } from '@angular/core/testing';
import { aSurveyForm } from '@bep/web/survey/data-access/testing';
import { questionnaireModel } from './questionnaire-model';
import { SURVEY_JS_STYLESHEET } from './survey-js-stylesheet';
import { SurveyJsView } from './survey-js-view';

describe('SurveyJsView', () => {
  // The library's drawing is the end-to-end test's: here a form in its place, as the library draws one.
  beforeEach(() => TestBed.overrideComponent(SurveyJsView, { set: { imports: [], template: '<form><input name="answer" /></form>' } }));

  function render() {
    const fixture = TestBed.createComponent(SurveyJsView);
    fixture.componentRef.setInput('model', questionnaireModel(aSurveyForm()));
    fixture.detectChanges();
    return fixture.nativeElement as HTMLElement;
  }

  it("keeps the library's form from being submitted, which would reload the page without its link", () => {
    const form = render().querySelector('form') as HTMLFormElement;
    const submit = new Event('submit', { bubbles: true, cancelable: true });
    form.dispatchEvent(submit);
    expect(submit.defaultPrevented).toBe(true);
  });

  it("links the library's stylesheet once", () => {
    render();
    render();
    expect(document.head.querySelectorAll(`link[href="${SURVEY_JS_STYLESHEET}"]`)).toHaveLength(1);
  });
});
