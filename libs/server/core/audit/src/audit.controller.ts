import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { auditPageSchema, auditQuerySchema, type AuditPage, type AuditQuery } from '@bep/contracts';
import { Allow, ApiProblem, openApiSchema, ParsedQuery } from '@bep/server/core/http';
import { AuditLogService } from './audit-log.service';

/** Administrators browse the audit log. */
@ApiTags('audit')
@ApiBearerAuth()
@Controller('audit')
export class AuditController {
  constructor(private readonly log: AuditLogService) {}

  @Get()
  @Allow('admin')
  @ApiOperation({ summary: 'The audit log, newest first, filtered by entity, actor, action and period' })
  @ApiOkResponse({ schema: openApiSchema(auditPageSchema) })
  @ApiProblem(400)
  page(@ParsedQuery(auditQuerySchema) query: AuditQuery): Promise<AuditPage> {
    return this.log.page(query);
  }
}
