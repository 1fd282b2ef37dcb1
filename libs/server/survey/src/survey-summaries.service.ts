import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CurrentUser } from '@bep/contracts';
import { answersInWords, brusselsDate } from '@bep/domain';
import { Clock } from '@bep/server/core/clock';
import type { DataSource } from 'typeorm';
import { EngagementMaturities } from './engagement-maturity.service';
import { readableSurveyContext } from './survey-access';
import { SurveyAnswers } from './survey-answers.service';
import { allAnswers } from './section-rows';
import { surveySummaryPdf } from './survey-summary-pdf';

/** A rendered summary and the name its download is saved under. */
export interface SummaryFile {
  fileName: string;
  content: Buffer;
}

/** A commune's one-page questionnaire summary (PDF), for the readers of its questionnaire. */
@Injectable()
export class SurveySummaries {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly answers: SurveyAnswers,
    private readonly maturities: EngagementMaturities,
    private readonly clock: Clock,
  ) {}

  async pdf(engagementId: string, viewer: CurrentUser): Promise<SummaryFile> {
    const manager = this.dataSource.manager;
    const context = await readableSurveyContext(manager, engagementId, viewer);
    const form = await this.answers.form(context, manager);
    const answers = allAnswers(form.sections);
    const content = await surveySummaryPdf({
      commune: context.commune,
      campaign: context.campaign.name,
      submittedOn: context.submittedAt ? brusselsDate(context.submittedAt) : null,
      submittedVia: context.submittedVia,
      maturity: await this.maturities.of(engagementId),
      sections: answersInWords(form.questionnaire, answers),
      printedOn: brusselsDate(this.clock.now()),
    });
    return { fileName: `questionnaire-${context.commune.name}.pdf`, content };
  }
}
