import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { communeListSchema, type CommuneList } from '@bep/contracts';
import { openApiSchema, SignedIn } from '@bep/server/http';
import { CommunesService } from './communes.service';

@ApiTags('communes')
@ApiBearerAuth()
@Controller('communes')
export class CommunesController {
  constructor(private readonly communes: CommunesService) {}

  @Get()
  @SignedIn()
  @ApiOperation({ summary: 'Every commune of the province with its engagement in the current campaign' })
  @ApiOkResponse({ schema: openApiSchema(communeListSchema) })
  list(): Promise<CommuneList> {
    return this.communes.list();
  }
}
