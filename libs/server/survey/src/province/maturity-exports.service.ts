import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CurrentUser, ProvinceMaturity, ProvinceMaturityViewQuery } from '@bep/contracts';
import { brusselsDate } from '@bep/domain';
import { Clock } from '@bep/server/core/clock';
import { CampaignRevisionCache, campaignInScope } from '@bep/server/core/database';
import type { DataSource } from 'typeorm';
import { fileSlug } from '../file-names';
import { maturityCsv } from './maturity-csv';
import { allColumns, answerSheetColumns, exportRows, exportTable, scoreColumns } from './maturity-export-table';
import { MaturityReader, noSuchCampaign, type ProvinceResponses } from './maturity-reader';
import { MaturityRowOrders } from './maturity-row-orders';
import { maturityXlsx } from './maturity-xlsx';
import { provinceMaturity } from './province-maturity';

/** A file to download, with the name it is saved under. */
export interface MaturityFile {
  fileName: string;
  content: Buffer;
}

/** Campaign and reader-scope combinations kept per process. */
const VIEWS_KEPT = 64;

/**
 * The province's maturity: the view (`GET /api/maturity`) and the exports of every answer and
 * score for the analysis, in the reader's scope (docs/maturity-model.md, "The province's view").
 * The view is computed once per campaign revision and scope (every manager shares one; a
 * consultant has their own) and kept; a request sorts (once per order) and slices its rows.
 */
@Injectable()
export class ProvinceMaturityService {
  readonly #views = new CampaignRevisionCache<MaturityRowOrders>(VIEWS_KEPT);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reader: MaturityReader,
    private readonly clock: Clock,
  ) {}

  async view(query: ProvinceMaturityViewQuery, viewer: CurrentUser): Promise<ProvinceMaturity> {
    const campaign = await campaignInScope(this.dataSource.manager, query.campaignId);
    if (!campaign) throw noSuchCampaign(query.campaignId);
    // Whose communes the view shows (engagementActor's rule): every manager the same, each consultant theirs.
    const scope = viewer.roles.includes('manager') ? 'manager' : `consultant ${viewer.consultantId ?? 'none'}`;
    const orders = await this.#views.read(campaign.id, campaign.revision, scope, async () => new MaturityRowOrders(provinceMaturity(await this.reader.read(campaign.id, viewer))));
    return { ...orders.view, rows: orders.sorted(query.sort, query.order).slice(query.offset, query.offset + query.limit) };
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
