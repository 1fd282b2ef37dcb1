import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { consultantListSchema, consultantQuerySchema, workloadQuerySchema, workloadSchema, type ConsultantList, type ConsultantQuery, type Workload, type WorkloadQuery } from '@bep/contracts';
import { Allow, ApiProblem, openApiSchema, ParsedQuery } from '@bep/server/core/http';
import { ConsultantsService } from './consultants.service';
import { WorkloadService } from './workload.service';

@ApiTags('consultants')
@ApiBearerAuth()
@Controller('consultants')
export class ConsultantsController {
  constructor(
    private readonly consultants: ConsultantsService,
    private readonly workloads: WorkloadService,
  ) {}

  @Get()
  @Allow('manager', 'admin')
  @ApiOperation({ summary: "Ocalia's consultants, active first, filtered by text, office and activity, paginated" })
  @ApiOkResponse({ schema: openApiSchema(consultantListSchema) })
  @ApiProblem(400)
  list(@ParsedQuery(consultantQuerySchema) query: ConsultantQuery): Promise<ConsultantList> {
    return this.consultants.list(query);
  }

  @Get('workload')
  @Allow('manager', 'admin')
  @ApiOperation({ summary: "Each consultant's active engagements by stage and scheduled activities over four weeks, against weekly capacity" })
  @ApiResponse({ status: 200, schema: openApiSchema(workloadSchema) })
  @ApiProblem(400)
  workload(@ParsedQuery(workloadQuerySchema) query: WorkloadQuery): Promise<Workload> {
    return this.workloads.workload(query);
  }
}
