import { Controller, Get, Query } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { consultantListSchema, workloadQuerySchema, workloadSchema, type ConsultantList, type Workload, type WorkloadQuery } from '@bep/contracts';
import { ConsultantEntity } from '@bep/server/database';
import { ApiInvalidInput, Allow, openApiSchema, ZodValidationPipe } from '@bep/server/http';
import type { DataSource } from 'typeorm';
import { WorkloadService } from './workload.service';

@ApiTags('consultants')
@ApiBearerAuth()
@Controller('consultants')
export class ConsultantsController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly workloads: WorkloadService,
  ) {}

  @Get()
  @Allow('manager', 'admin')
  @ApiOperation({ summary: "Ocalia's consultants, active first" })
  @ApiOkResponse({ schema: openApiSchema(consultantListSchema) })
  async list(): Promise<ConsultantList> {
    const consultants = await this.dataSource.getRepository(ConsultantEntity).find({ order: { active: 'DESC', fullName: 'ASC' } });
    return {
      items: consultants.map((c) => ({ id: c.id, name: c.fullName, email: c.email, office: c.office, active: c.active })),
      total: consultants.length,
    };
  }

  @Get('workload')
  @Allow('manager', 'admin')
  @ApiOperation({ summary: "Each consultant's active engagements by stage and scheduled activities over four weeks, against weekly capacity" })
  @ApiResponse({ status: 200, schema: openApiSchema(workloadSchema) })
  @ApiInvalidInput()
  workload(@Query(new ZodValidationPipe(workloadQuerySchema)) query: WorkloadQuery): Promise<Workload> {
    return this.workloads.workload(query);
  }
}
