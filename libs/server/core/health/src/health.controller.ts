import { Controller, Get, Res } from '@nestjs/common';
import { ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { healthReportSchema, type HealthReport } from '@bep/contracts';
import { openApiSchema, Public } from '@bep/server/core/http';
import type { FastifyReply } from 'fastify';
import { HealthService } from './health.service';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(private readonly health: HealthService) {}

  @Get()
  @Public()
  @ApiOperation({ summary: 'Whether the database and the queue datastore answer' })
  @ApiResponse({ status: 200, description: 'Both answer', schema: openApiSchema(healthReportSchema) })
  @ApiResponse({ status: 503, description: 'The database or the queue datastore does not answer', schema: openApiSchema(healthReportSchema) })
  async check(@Res({ passthrough: true }) reply: FastifyReply): Promise<HealthReport> {
    const report = await this.health.report();
    void reply.status(report.status === 'ok' ? 200 : 503);
    return report;
  }
}
