import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CurrentUser } from '@bep/contracts';
import { answersInWords, brusselsDate } from '@bep/domain';
import { Clock } from '@bep/server/core/clock';
import type { DataSource } from 'typeorm';
import { EngagementMaturities } from './engagement-maturity.service';
import { readableSurveyContext } from './survey-access';
import { SurveyAnswers } from './survey-answers.service';
import { surveySummaryPdf } from './survey-summary-pdf';

/** A rendered summary and the name its download is saved under. */
export interface SummaryFile {
  fileName: string;
  content: Buffer;
}

/** `Éghezée` → `Eghezee`: the ASCII name of the file, for the clients that ignore `filename*`. */
export function asciiFileName(name: string): string {
  return name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^A-Za-z0-9.-]+/g, '-');
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
    const answers = Object.assign({}, ...form.sections.map((section) => section.answers));
    const content = await surveySummaryPdf({
      commune: context.commune,
      campaign: context.campaign.name,
      submittedOn: context.submittedAt ? brusselsDate(context.submittedAt) : null,
      submittedVia: context.submittedVia,
      maturity: await this.maturities.of(engagementId, manager),
      sections: answersInWords(form.questionnaire, answers),
      printedOn: brusselsDate(this.clock.now()),
    });
    return { fileName: `questionnaire-${context.commune.name}.pdf`, content };
  }
}
