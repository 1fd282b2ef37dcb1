import { Body, Controller, Delete, Get, HttpCode, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import {
  engagementSurveySchema,
  saveSurveySectionRequestSchema,
  savedSurveySectionSchema,
  surveyLinkIssuedSchema,
  surveySubmittedSchema,
  type CurrentUser as CurrentUserContract,
  type EngagementSurvey,
  type SavedSurveySection,
  type SaveSurveySectionRequest,
  type SurveyLinkIssued,
  type SurveySubmitted,
} from '@bep/contracts';
import type { Actor } from '@bep/server/core/audit';
import { CurrentUser, RequestActor } from '@bep/server/core/auth';
import { Allow, ApiProblem, openApiSchema, ParsedParam, UuidParam, ZodValidationPipe } from '@bep/server/core/http';
import { EngagementSurveys } from './engagement-surveys.service';
import { SaveSectionDocs, SECTION_ID, SubmitDocs, SUBMITTED_PROBLEM } from './survey-openapi';
import { SurveyAnswers } from './survey-answers.service';
import { SurveyLinks } from './survey-links.service';
import { SurveySubmission } from './survey-submission.service';

/**
 * An engagement's questionnaire on BEP's side: managers type in answers received on paper, submit
 * them, and issue or revoke the commune's link; the consultants of the team read it. Changes are
 * audited; a change on an archived campaign is a 409 (`urn:bep:campaign-status`).
 */
@ApiTags('survey')
@ApiBearerAuth()
@ApiProblem(404, 'No such engagement')
@ApiProblem(409, "The engagement's campaign is archived (`urn:bep:campaign-status`), or has no online questionnaire (`urn:bep:survey-none`); nothing was changed")
@Controller('engagements')
export class EngagementSurveyController {
  constructor(
    private readonly surveys: EngagementSurveys,
    private readonly answers: SurveyAnswers,
    private readonly submission: SurveySubmission,
    private readonly links: SurveyLinks,
  ) {}

  @Get(':id/survey')
  @Allow('manager', 'consultant')
  @ApiOperation({ summary: "The engagement's questionnaire: the commune's form and answers, who submitted it, its link in force and its scores" })
  @ApiResponse({ status: 200, schema: openApiSchema(engagementSurveySchema) })
  @ApiProblem(400)
  @ApiProblem(403, 'A consultant not assigned to the engagement')
  read(@UuidParam() id: string, @CurrentUser() user: CurrentUserContract): Promise<EngagementSurvey> {
    return this.surveys.read(id, user);
  }

  @Put(':id/survey/sections/:sectionId')
  @Allow('manager')
  @ApiOperation({ summary: "Type in a section's answers received on paper, on the revision last read or saved" })
  @ApiResponse({ status: 200, description: "The section's new revision and every section's progress", schema: openApiSchema(savedSurveySectionSchema) })
  @SaveSectionDocs('No such engagement, or no such section in the questionnaire')
  @SUBMITTED_PROBLEM
  save(
    @UuidParam() id: string,
    @ParsedParam('sectionId', SECTION_ID) sectionId: string,
    @Body(new ZodValidationPipe(saveSurveySectionRequestSchema)) body: SaveSurveySectionRequest,
    @CurrentUser() user: CurrentUserContract,
    @RequestActor() actor: Actor,
  ): Promise<SavedSurveySection> {
    return this.answers.save(id, sectionId, body, { kind: 'manager', userId: user.id, actor });
  }

  @Post(':id/survey/submit')
  @Allow('manager')
  @HttpCode(200)
  @ApiOperation({ summary: 'Submit the questionnaire typed in from paper', description: "Moves the engagement to survey_answered (the manager's move, by the stage rules) when it is at survey_sent, and computes its scores." })
  @ApiResponse({ status: 200, schema: openApiSchema(surveySubmittedSchema) })
  @ApiProblem(400)
  @SubmitDocs()
  @SUBMITTED_PROBLEM
  submit(@UuidParam() id: string, @CurrentUser() user: CurrentUserContract, @RequestActor() actor: Actor): Promise<SurveySubmitted> {
    return this.submission.submit(id, { kind: 'manager', userId: user.id, actor });
  }

  @Post(':id/survey-link')
  @Allow('manager')
  @ApiOperation({ summary: "Issue the commune's personal link, revoking the one in force", description: 'The URL is answered once: only its hash is kept. Refused (409) when the campaign is not open or past its last day (Brussels).' })
  @ApiResponse({ status: 201, schema: openApiSchema(surveyLinkIssuedSchema) })
  @ApiProblem(400)
  issueLink(@UuidParam() id: string, @CurrentUser() user: CurrentUserContract, @RequestActor() actor: Actor): Promise<SurveyLinkIssued> {
    return this.links.issue(id, user.id, actor);
  }

  @Delete(':id/survey-link')
  @Allow('manager')
  @HttpCode(204)
  @ApiOperation({ summary: "Revoke the commune's link in force: it no longer opens the questionnaire" })
  @ApiResponse({ status: 204, description: 'Revoked' })
  @ApiProblem(400)
  revokeLink(@UuidParam() id: string, @CurrentUser() user: CurrentUserContract, @RequestActor() actor: Actor): Promise<void> {
    return this.links.revoke(id, user.id, actor);
  }
}
