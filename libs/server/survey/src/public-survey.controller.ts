import { Body, Controller, Get, HttpCode, Post, Put, UseGuards } from '@nestjs/common';
import { ApiHeader, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import {
  SURVEY_PROBLEM,
  saveSurveySectionRequestSchema,
  savedSurveySectionSchema,
  surveyFormSchema,
  surveySubmittedSchema,
  type SavedSurveySection,
  type SaveSurveySectionRequest,
  type SurveyForm,
  type SurveySubmitted,
} from '@bep/contracts';
import type { Actor } from '@bep/server/core/audit';
import { RequestActor } from '@bep/server/core/auth';
import { ApiProblem, openApiSchema, ParsedParam, Public, ZodValidationPipe } from '@bep/server/core/http';
import { tokenHash } from '@bep/server/core/database';
import type { SurveyAuthor } from './survey-author';
import { SaveSectionDocs, SECTION_ID, SubmitDocs } from './survey-openapi';
import { SurveyAnswers } from './survey-answers.service';
import { SurveyLinks } from './survey-links.service';
import { SurveyRateLimit } from './survey-rate-limit.guard';
import { SurveySubmission } from './survey-submission.service';
import { SurveyToken } from './survey-token.decorator';

/**
 * The questionnaire as a commune's binôme fills it, without an account: every request names its
 * link in `X-Survey-Token` (never in the URL), reaches that commune's questionnaire only, and is
 * rate-limited. No session and no CSRF cookie: a custom header is never sent cross-site without
 * CORS, which is closed.
 */
@ApiTags('survey')
@ApiHeader({ name: 'X-Survey-Token', required: true, description: "The commune's personal link token (the part after `#` of its link)" })
@ApiProblem(404, "Unknown or revoked link (`urn:bep:survey-link-unknown`): the page asks the commune to request a new one from BEP", { type: SURVEY_PROBLEM.linkUnknown, title: 'Unknown link' })
@ApiProblem(410, "The link's campaign is over (`urn:bep:survey-link-expired`); or, for a save or a submission, the questionnaire was submitted (`urn:bep:survey-submitted`)", {
  type: SURVEY_PROBLEM.linkExpired,
  title: 'Link expired',
})
@ApiProblem(400)
@ApiProblem(429)
@UseGuards(SurveyRateLimit)
@Controller('survey')
export class PublicSurveyController {
  constructor(
    private readonly links: SurveyLinks,
    private readonly answers: SurveyAnswers,
    private readonly submission: SurveySubmission,
  ) {}

  @Get()
  @Public()
  @ApiOperation({ summary: "The commune's questionnaire, its answers and progress", description: 'A submitted questionnaire still opens, read-only (`submittedAt`), for its summary.' })
  @ApiResponse({ status: 200, schema: openApiSchema(surveyFormSchema) })
  async form(@SurveyToken() token: string | undefined): Promise<SurveyForm> {
    return this.answers.linkForm(await this.links.resolve(token));
  }

  @Put('sections/:sectionId')
  @Public()
  @ApiOperation({ summary: "Save a section's answers as they are typed, on the revision last read or saved" })
  @ApiResponse({ status: 200, description: "The section's new revision and every section's progress", schema: openApiSchema(savedSurveySectionSchema) })
  @SaveSectionDocs('Unknown or revoked link (`urn:bep:survey-link-unknown`), or no such section in the questionnaire')
  async save(
    @SurveyToken() token: string | undefined,
    @ParsedParam('sectionId', SECTION_ID) sectionId: string,
    @Body(new ZodValidationPipe(saveSurveySectionRequestSchema)) body: SaveSurveySectionRequest,
    @RequestActor() actor: Actor,
  ): Promise<SavedSurveySection> {
    const engagementId = await this.links.resolve(token);
    return this.answers.save(engagementId, sectionId, body, communeAuthor(token, actor));
  }

  @Post('submit')
  @Public()
  @HttpCode(200)
  @ApiOperation({ summary: 'Submit the questionnaire', description: 'Moves the engagement to survey_answered (as done by the commune) when it is at survey_sent, and computes its scores.' })
  @ApiResponse({ status: 200, schema: openApiSchema(surveySubmittedSchema) })
  @SubmitDocs()
  async submit(@SurveyToken() token: string | undefined, @RequestActor() actor: Actor): Promise<SurveySubmitted> {
    const engagementId = await this.links.resolve(token);
    return this.submission.submit(engagementId, communeAuthor(token, actor));
  }
}

/** The binôme behind a link that `SurveyLinks.resolve` found in force (so the token is one). */
function communeAuthor(token: string | undefined, actor: Actor): SurveyAuthor {
  return { kind: 'commune', linkHash: tokenHash(token ?? ''), actor };
}
