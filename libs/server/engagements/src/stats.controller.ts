import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { pipelineStatsQuerySchema, pipelineStatsSchema, type PipelineStats, type PipelineStatsQuery } from '@bep/contracts';
import { ApiProblem, openApiSchema, ParsedQuery, SignedIn } from '@bep/server/core/http';
import { PipelineStatsService } from './pipeline-stats.service';

@ApiTags('engagements')
@ApiBearerAuth()
@Controller('stats')
export class StatsController {
  constructor(private readonly stats: PipelineStatsService) {}

  @Get()
  @SignedIn()
  @ApiOperation({
    summary: 'The dashboard figures: counts per stage, conversion, median days per stage, late items',
    description:
      'Late items are listed with what needs a person first (a diagnostic not scheduled, an activity overdue, then the unanswered questionnaires the reminders chase), the longest late first within a kind; at most 100, every kind counted in `late.counts`.',
  })
  @ApiResponse({ status: 200, schema: openApiSchema(pipelineStatsSchema) })
  @ApiProblem(400)
  get(@ParsedQuery(pipelineStatsQuerySchema) query: PipelineStatsQuery): Promise<PipelineStats> {
    return this.stats.stats(query);
  }
}
