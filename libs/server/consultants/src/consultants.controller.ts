import { Body, Controller, Get, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOkResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import {
  consultantListSchema,
  consultantQuerySchema,
  consultantSummarySchema,
  createConsultantRequestSchema,
  updateConsultantRequestSchema,
  workloadQuerySchema,
  workloadSchema,
  type ConsultantList,
  type ConsultantQuery,
  type ConsultantSummary,
  type CreateConsultantRequest,
  type UpdateConsultantRequest,
  type Workload,
  type WorkloadQuery,
} from '@bep/contracts';
import type { Actor } from '@bep/server/core/audit';
import { RequestActor } from '@bep/server/core/auth';
import { Allow, ApiProblem, openApiSchema, ParsedQuery, UuidParam, ZodValidationPipe } from '@bep/server/core/http';
import { ConsultantRecordsService } from './consultant-records.service';
import { ConsultantsService } from './consultants.service';
import { WorkloadService } from './workload.service';

@ApiTags('consultants')
@ApiBearerAuth()
@Controller('consultants')
export class ConsultantsController {
  constructor(
    private readonly consultants: ConsultantsService,
    private readonly records: ConsultantRecordsService,
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

  // Managers run the programme's consultants (who works on what, at which capacity); administrators keep the records with the accounts they link.
  @Post()
  @Allow('manager', 'admin')
  @ApiOperation({ summary: 'Create a consultant record (name, e-mail, office, weekly capacity, active)' })
  @ApiBody({ schema: openApiSchema(createConsultantRequestSchema), examples: { belgium: { value: { name: 'Nora Petit', email: 'nora.petit@ocalia.be', office: 'BE', weeklyCapacityHours: 24, active: true } } } })
  @ApiResponse({ status: 201, schema: openApiSchema(consultantSummarySchema) })
  @ApiProblem(400)
  @ApiProblem(409, 'A consultant already uses the e-mail')
  create(@Body(new ZodValidationPipe(createConsultantRequestSchema)) body: CreateConsultantRequest, @RequestActor() actor: Actor): Promise<ConsultantSummary> {
    return this.records.create(body, actor);
  }

  @Patch(':id')
  @Allow('manager', 'admin')
  @ApiOperation({ summary: "Change a consultant record; active: false keeps the consultant's history and takes them out of new assignments" })
  @ApiBody({ schema: openApiSchema(updateConsultantRequestSchema), examples: { capacity: { value: { weeklyCapacityHours: 16 } }, deactivate: { value: { active: false } } } })
  @ApiResponse({ status: 200, schema: openApiSchema(consultantSummarySchema) })
  @ApiProblem(400)
  @ApiProblem(404, 'No such consultant')
  @ApiProblem(409, 'A consultant already uses the e-mail')
  update(
    @UuidParam() id: string,
    @Body(new ZodValidationPipe(updateConsultantRequestSchema)) body: UpdateConsultantRequest,
    @RequestActor() actor: Actor,
  ): Promise<ConsultantSummary> {
    return this.records.update(id, body, actor);
  }
}
