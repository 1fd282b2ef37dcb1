import { Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { contactExportSchema, contactSchema, type Contact, type ContactExport } from '@bep/contracts';
import type { Actor } from '@bep/server/audit';
import { RequestActor } from '@bep/server/auth';
import { Allow, openApiSchema, PROBLEM_SCHEMA } from '@bep/server/http';
import { ContactsService } from './contacts.service';

@ApiTags('contacts')
@ApiBearerAuth()
@Controller('contacts')
@Allow('manager', 'admin')
export class ContactsController {
  constructor(private readonly contacts: ContactsService) {}

  @Get(':id/export')
  @ApiOperation({ summary: "GDPR access request: everything held about the contact, as JSON (audited)" })
  @ApiResponse({ status: 200, schema: openApiSchema(contactExportSchema) })
  @ApiResponse({ status: 404, schema: PROBLEM_SCHEMA })
  export(@Param('id', new ParseUUIDPipe()) id: string, @RequestActor() actor: Actor): Promise<ContactExport> {
    return this.contacts.export(id, actor);
  }

  @Post(':id/erase')
  @HttpCode(200)
  @ApiOperation({ summary: 'GDPR erasure: anonymise the contact in place, keeping the history consistent (audited)' })
  @ApiResponse({ status: 200, schema: openApiSchema(contactSchema) })
  @ApiResponse({ status: 409, description: 'Already erased', schema: PROBLEM_SCHEMA })
  erase(@Param('id', new ParseUUIDPipe()) id: string, @RequestActor() actor: Actor): Promise<Contact> {
    return this.contacts.erase(id, actor);
  }
}
