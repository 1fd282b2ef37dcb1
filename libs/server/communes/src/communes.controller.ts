import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { communeListSchema, communeQuerySchema, type CommuneList, type CommuneQuery } from '@bep/contracts';
import { ApiProblem, openApiSchema, ParsedQuery, SignedIn } from '@bep/server/core/http';
import { CommunesService } from './communes.service';

@ApiTags('communes')
@ApiBearerAuth()
@Controller('communes')
export class CommunesController {
  constructor(private readonly communes: CommunesService) {}

  @Get()
  @SignedIn()
  @ApiOperation({ summary: 'The communes of the province with their engagement in the current campaign, filtered and paginated (a page holds the whole province by default)' })
  @ApiOkResponse({ schema: openApiSchema(communeListSchema) })
  @ApiProblem(400)
  list(@ParsedQuery(communeQuerySchema) query: CommuneQuery): Promise<CommuneList> {
    return this.communes.list(query);
  }
}
