import { Module } from '@nestjs/common';
import { AuditModule } from '@bep/server/core/audit';
import { EngagementMaturityController } from './engagement-maturity.controller';
import { EngagementMaturities } from './engagement-maturity.service';
import { EngagementSurveyController } from './engagement-survey.controller';
import { EngagementSurveys } from './engagement-surveys.service';
import { MaturityController } from './province/maturity.controller';
import { ProvinceMaturityService } from './province/maturity-exports.service';
import { MaturityReader } from './province/maturity-reader';
import { PublicSurveyController } from './public-survey.controller';
import { SurveyAnswers } from './survey-answers.service';
import { SurveyCatalogue } from './survey-catalogue';
import { SurveyLinks } from './survey-links.service';
import { SurveyRateLimit } from './survey-rate-limit.guard';
import { SurveyScores } from './survey-scores';
import { SurveySubmission } from './survey-submission.service';
import { SurveySummaries } from './survey-summaries.service';

/**
 * The maturity questionnaire online: the catalogue of its versions (written at start), the
 * communes' links, the public form they open, BEP's side of it, the submission and the scores,
 * a commune's maturity beside the province's and its one-page summary.
 */
@Module({
  imports: [AuditModule],
  controllers: [PublicSurveyController, EngagementSurveyController, EngagementMaturityController, MaturityController],
  providers: [SurveyCatalogue, SurveyLinks, SurveyAnswers, SurveySubmission, SurveyScores, EngagementSurveys, SurveyRateLimit, EngagementMaturities, SurveySummaries, MaturityReader, ProvinceMaturityService],
  exports: [SurveyLinks],
})
export class SurveyModule {}
