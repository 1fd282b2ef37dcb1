import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CurrentUser, EngagementSurvey } from '@bep/contracts';
import type { DataSource } from 'typeorm';
import { SurveyAnswers } from './survey-answers.service';
import { readableSurveyContext } from './survey-access';
import { SurveyLinks } from './survey-links.service';
import { SurveyScores } from './survey-scores';

/** An engagement's questionnaire as BEP reads it: managers every one, a consultant those of the engagements whose team includes them. */
@Injectable()
export class EngagementSurveys {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly answers: SurveyAnswers,
    private readonly links: SurveyLinks,
    private readonly scores: SurveyScores,
  ) {}

  async read(engagementId: string, viewer: CurrentUser): Promise<EngagementSurvey> {
    const manager = this.dataSource.manager;
    const context = await readableSurveyContext(manager, engagementId, viewer);
    return {
      ...(await this.answers.form(context, manager)),
      submittedVia: context.submittedVia,
      link: await this.links.inForce(manager, engagementId),
      scores: await this.scores.read(manager, engagementId),
    };
  }
}
