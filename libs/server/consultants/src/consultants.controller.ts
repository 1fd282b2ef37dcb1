import { Controller, Get } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { consultantListSchema, type ConsultantList } from '@bep/contracts';
import { ConsultantEntity } from '@bep/server/database';
import { Allow, openApiSchema } from '@bep/server/http';
import type { DataSource } from 'typeorm';

@ApiTags('consultants')
@ApiBearerAuth()
@Controller('consultants')
export class ConsultantsController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

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
}
