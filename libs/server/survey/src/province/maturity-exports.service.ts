import { Injectable } from '@nestjs/common';
import type { CurrentUser, ProvinceMaturity } from '@bep/contracts';
import { brusselsDate } from '@bep/domain';
import { Clock } from '@bep/server/core/clock';
import { fileSlug } from '../file-names';
import { maturityCsv } from './maturity-csv';
import { allColumns, answerSheetColumns, exportRows, exportTable, scoreColumns } from './maturity-export-table';
import { MaturityReader, type ProvinceResponses } from './maturity-reader';
import { maturityXlsx } from './maturity-xlsx';
import { provinceMaturity } from './province-maturity';

/** A file to download, with the name it is saved under. */
export interface MaturityFile {
  fileName: string;
  content: Buffer;
}

/**
 * The province's maturity: the view (`GET /api/maturity`) and the exports of every answer and
 * score for the analysis, in the reader's scope (docs/maturity-model.md, "The province's view").
 */
@Injectable()
export class ProvinceMaturityService {
  constructor(
    private readonly reader: MaturityReader,
    private readonly clock: Clock,
  ) {}

  async view(campaignId: string | undefined, viewer: CurrentUser): Promise<ProvinceMaturity> {
    return provinceMaturity(await this.reader.read(campaignId, viewer));
  }

  /** One table: the scores, then a column (or several) per question. */
  async csv(campaignId: string | undefined, viewer: CurrentUser): Promise<MaturityFile> {
    const read = await this.reader.read(campaignId, viewer);
    const { headers, rows } = read.scoring ? exportTable(allColumns(read.scoring.model, read.scoring.questionnaire), exportRows(read.scoring.questionnaire, read.responses)) : { headers: [], rows: [] };
    return { fileName: this.fileName(read, 'csv'), content: await maturityCsv(headers, rows) };
  }

  /** Three sheets: the scores, the answers, the questions. */
  async xlsx(campaignId: string | undefined, viewer: CurrentUser): Promise<MaturityFile> {
    const read = await this.reader.read(campaignId, viewer);
    const scoring = read.scoring;
    const sheets = scoring
      ? [
          { name: 'Scores', ...exportTable(scoreColumns(scoring.model), exportRows(scoring.questionnaire, read.responses)) },
          { name: 'Réponses', ...exportTable(answerSheetColumns(scoring.questionnaire), exportRows(scoring.questionnaire, read.responses)) },
        ]
      : [];
    return { fileName: this.fileName(read, 'xlsx'), content: await maturityXlsx(sheets, scoring?.questionnaire ?? null, this.clock.now()) };
  }

  private fileName(read: ProvinceResponses, extension: string): string {
    return `maturite-${fileSlug(read.campaign.name)}-${brusselsDate(this.clock.now())}.${extension}`;
  }
}
