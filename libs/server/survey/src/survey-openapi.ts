import { applyDecorators } from '@nestjs/common';
import { ApiBody } from '@nestjs/swagger';
import { SURVEY_PROBLEM, saveSurveySectionRequestSchema, surveyIncompleteProblemSchema, surveySectionChangedProblemSchema } from '@bep/contracts';
import { ApiProblem, openApiSchema } from '@bep/server/core/http';
import { z } from 'zod';

/** A section's id in a path, as the questionnaire writes its ids. */
export const SECTION_ID = z.string().max(100).regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'lowercase words joined by hyphens');

/** What both audiences' section saves document: the body, a bad answer, an unknown section (`notFound`: with what else), a conflict. */
export const SaveSectionDocs = (notFound: string) =>
  applyDecorators(
    ApiBody({
      schema: openApiSchema(saveSurveySectionRequestSchema, 'input'),
      examples: {
        first: { value: { revision: 0, answers: { 'strategie-existe': 'oui', 'strategie-annee': 2021 } } },
        clear: { value: { revision: 1, answers: { 'strategie-annee': null } } },
      },
    }),
    ApiProblem(400, 'Invalid input, or answers that do not fit their questions: `errors` names each (`answers.<questionId>`) and why'),
    ApiProblem(404, notFound),
    ApiProblem(
      409,
      "The section was saved meanwhile (`urn:bep:survey-section-changed`): nothing was written; `section` is the section as it stands, to merge and save again on its revision. On BEP's side, also an archived campaign (`urn:bep:campaign-status`) or one without an online questionnaire (`urn:bep:survey-none`)",
      { type: SURVEY_PROBLEM.sectionChanged, title: 'Section changed' },
      surveySectionChangedProblemSchema,
    ),
  );

/** What both audiences' submissions document: required questions still open. */
export const SubmitDocs = () =>
  ApiProblem(422, 'Required questions are still open (`urn:bep:survey-incomplete`): `missing` lists them per section', { type: SURVEY_PROBLEM.incomplete, title: 'Questionnaire incomplete' }, surveyIncompleteProblemSchema);

/** A submitted questionnaire is read-only. */
export const SUBMITTED_PROBLEM = ApiProblem(410, 'The questionnaire was submitted (`urn:bep:survey-submitted`): it takes no more changes', { type: SURVEY_PROBLEM.submitted, title: 'Questionnaire submitted' });
