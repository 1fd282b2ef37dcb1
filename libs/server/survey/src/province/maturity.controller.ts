import { Controller, Get, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import {
  provinceMaturityQuerySchema,
  provinceMaturitySchema,
  provinceMaturityViewQuerySchema,
  type CurrentUser as CurrentUserContract,
  type ProvinceMaturity,
  type ProvinceMaturityQuery,
  type ProvinceMaturityViewQuery,
} from '@bep/contracts';
import { CurrentUser } from '@bep/server/core/auth';
import { Allow, ApiProblem, openApiSchema, ParsedQuery } from '@bep/server/core/http';
import type { MaturityFile } from './maturity-exports.service';
import { ProvinceMaturityService } from './maturity-exports.service';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const SCOPE =
  'Managers read every commune; a consultant the communes of the engagements of their team (the medians stay the whole province\'s). Finance reads no answer (403).';

const download = ({ fileName, content }: MaturityFile, type: string) => new StreamableFile(content, { type, disposition: `attachment; filename="${fileName}"` });

/**
 * The province's maturity for a campaign (the one named, else the current one): the heat map's
 * scores, the medians, the obstacles, fears and themes cited, and the exports of every answer.
 */
@ApiTags('survey')
@ApiBearerAuth()
@ApiProblem(400)
@ApiProblem(404, 'No such campaign, or none is current')
@Controller('maturity')
export class MaturityController {
  constructor(private readonly maturity: ProvinceMaturityService) {}

  @Get()
  @Allow('manager', 'consultant')
  @ApiOperation({ summary: "The province's maturity: a page of the answering communes' scores, the medians, the obstacles, fears and themes cited", description: SCOPE })
  @ApiResponse({ status: 200, schema: openApiSchema(provinceMaturitySchema) })
  view(@ParsedQuery(provinceMaturityViewQuerySchema) query: ProvinceMaturityViewQuery, @CurrentUser() user: CurrentUserContract): Promise<ProvinceMaturity> {
    return this.maturity.view(query, user);
  }

  @Get('export.csv')
  @Allow('manager', 'consultant')
  @ApiOperation({ summary: 'Every answer and score, a row per answering commune (CSV for a French-speaking spreadsheet; docs/maturity-model.md)', description: SCOPE })
  @ApiResponse({ status: 200, description: 'The CSV file', content: { 'text/csv': { schema: { type: 'string' } } } })
  async csv(@ParsedQuery(provinceMaturityQuerySchema) query: ProvinceMaturityQuery, @CurrentUser() user: CurrentUserContract): Promise<StreamableFile> {
    return download(await this.maturity.csv(query.campaignId, user), 'text/csv; charset=utf-8');
  }

  @Get('export.xlsx')
  @Allow('manager', 'consultant')
  @ApiOperation({ summary: 'Every answer and score as a spreadsheet: the scores, the answers and the questions, a sheet each', description: SCOPE })
  @ApiResponse({ status: 200, description: 'The workbook', content: { [XLSX_TYPE]: { schema: { type: 'string', format: 'binary' } } } })
  async xlsx(@ParsedQuery(provinceMaturityQuerySchema) query: ProvinceMaturityQuery, @CurrentUser() user: CurrentUserContract): Promise<StreamableFile> {
    return download(await this.maturity.xlsx(query.campaignId, user), XLSX_TYPE);
  }
}
