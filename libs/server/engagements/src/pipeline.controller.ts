import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { pipelineQuerySchema, pipelineSchema, type Pipeline, type PipelineQuery } from '@bep/contracts';
import { ApiProblem, openApiSchema, ParsedQuery, SignedIn } from '@bep/server/core/http';
import { PipelineService } from './pipeline.service';

@ApiTags('engagements')
@ApiBearerAuth()
@Controller('pipeline')
export class PipelineController {
  constructor(private readonly pipeline: PipelineService) {}

  @Get()
  @SignedIn()
  @ApiOperation({ summary: 'The kanban board: one column per stage with its count and cards (commune, lead, days in stage)' })
  @ApiResponse({ status: 200, schema: openApiSchema(pipelineSchema) })
  @ApiProblem(400)
  board(@ParsedQuery(pipelineQuerySchema) query: PipelineQuery): Promise<Pipeline> {
    return this.pipeline.board(query);
  }
}
