import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOperation, ApiParam, ApiQuery, ApiResponse, ApiTags } from '@nestjs/swagger';
import {
  CONTACT_FUNCTIONS,
  communeNisSchema,
  contactExportSchema,
  contactPageSchema,
  contactQuerySchema,
  contactSchema,
  createContactRequestSchema,
  updateContactRequestSchema,
  type Contact,
  type ContactExport,
  type ContactPage,
  type ContactPatch,
  type ContactQuery,
  type NewContact,
} from '@bep/contracts';
import type { Actor } from '@bep/server/core/audit';
import { RequestActor } from '@bep/server/core/auth';
import { Allow, ApiInvalidInput, openApiSchema, PROBLEM_SCHEMA, ZodValidationPipe } from '@bep/server/core/http';
import { ContactsService } from './contacts.service';

/** Everyone who works with the communes reads their contacts; SPEC: managers change communes. */
const READERS = ['manager', 'consultant', 'finance', 'admin'] as const;

const CONTACT_EXAMPLE: Contact = {
  id: '3f6c2a9e-8b1d-4e57-9c0a-5d2e7f4b1a86',
  communeNis: '92142',
  name: 'Marie Lefèvre',
  function: 'agent',
  email: 'marie.lefevre@gembloux.be',
  phone: '+3281626364',
  isBinome: true,
  erasedAt: null,
  createdAt: '2019-05-02T09:30:00.000Z',
  updatedAt: '2019-05-02T09:30:00.000Z',
};

const problem = (status: number, description: string, example?: { type?: string; title: string; detail: string }) =>
  ApiResponse({ status, description, schema: PROBLEM_SCHEMA, ...(example ? { example: { type: 'about:blank', status, ...example } } : {}) });

const NO_CONTACT = problem(404, 'No such contact');
const NIS_PARAM = ApiParam({ name: 'nis', description: 'NIS code of the commune (five digits)', example: '92142' });
const ID_PARAM = ApiParam({ name: 'id', description: 'The contact', format: 'uuid' });

@ApiTags('contacts')
@ApiBearerAuth()
@Controller()
export class ContactsController {
  constructor(private readonly contacts: ContactsService) {}

  @Get('communes/:nis/contacts')
  @Allow(...READERS)
  @ApiOperation({ summary: "The commune's contacts, binôme first, then by name; erased contacts only with includeErased=true" })
  @NIS_PARAM
  @ApiQuery({ name: 'function', required: false, enum: CONTACT_FUNCTIONS })
  @ApiQuery({ name: 'q', required: false, description: 'Part of the name or e-mail, or digits of the phone number', example: 'lefèvre' })
  @ApiQuery({ name: 'includeErased', required: false, type: Boolean })
  @ApiQuery({ name: 'limit', required: false, schema: { type: 'integer', minimum: 1, maximum: 200, default: 50 } })
  @ApiQuery({ name: 'offset', required: false, schema: { type: 'integer', minimum: 0, default: 0 } })
  @ApiResponse({ status: 200, schema: openApiSchema(contactPageSchema), example: { items: [CONTACT_EXAMPLE], total: 1, limit: 50, offset: 0 } })
  @ApiInvalidInput()
  @problem(404, 'No such commune')
  list(@Param('nis', new ZodValidationPipe(communeNisSchema)) nis: string, @Query(new ZodValidationPipe(contactQuerySchema)) query: ContactQuery): Promise<ContactPage> {
    return this.contacts.list(nis, query);
  }

  @Post('communes/:nis/contacts')
  @Allow('manager')
  @ApiOperation({ summary: 'Add a contact to the commune (audited without its data); it needs an e-mail or a phone' })
  @NIS_PARAM
  @ApiBody({
    schema: openApiSchema(createContactRequestSchema, 'input'),
    examples: {
      agent: {
        summary: "The administration's half of the binôme",
        value: { name: 'Marie Lefèvre', function: 'agent', email: 'marie.lefevre@gembloux.be', phone: '+32 81 62 63 64', isBinome: true },
      },
      finance: { summary: 'The finance officer, to whom invoices go', value: { name: 'Luc Henrard', function: 'finance', email: 'finances@gembloux.be' } },
    },
  })
  @ApiResponse({ status: 201, description: 'The contact, e-mail lower-cased and phone in E.164', schema: openApiSchema(contactSchema), example: CONTACT_EXAMPLE })
  @ApiInvalidInput()
  @problem(404, 'No such commune')
  @problem(422, 'A contact rule is broken; `type` names it (`urn:bep:contact-rule:binome-size`: a third binôme member)', {
    type: 'urn:bep:contact-rule:binome-size',
    title: 'Contact rule broken',
    detail: "A commune's binôme has at most 2 members (one agent and one échevin); remove one from the binôme first.",
  })
  create(
    @Param('nis', new ZodValidationPipe(communeNisSchema)) nis: string,
    @Body(new ZodValidationPipe(createContactRequestSchema)) body: NewContact,
    @RequestActor() actor: Actor,
  ): Promise<Contact> {
    return this.contacts.create(nis, body, actor);
  }

  @Get('contacts/:id')
  @Allow(...READERS)
  @ApiOperation({ summary: 'One contact (an erased one reads "Contact effacé", without e-mail or phone)' })
  @ID_PARAM
  @ApiResponse({ status: 200, schema: openApiSchema(contactSchema), example: CONTACT_EXAMPLE })
  @ApiInvalidInput()
  @NO_CONTACT
  get(@Param('id', new ParseUUIDPipe()) id: string): Promise<Contact> {
    return this.contacts.get(id);
  }

  @Patch('contacts/:id')
  @Allow('manager')
  @ApiOperation({ summary: 'Change some fields of a contact (audited: the names of the fields, not their values); null clears e-mail or phone' })
  @ID_PARAM
  @ApiBody({
    schema: openApiSchema(updateContactRequestSchema, 'input'),
    examples: {
      phone: { summary: 'A new phone number', value: { phone: '081 62 63 65' } },
      binome: { summary: 'Leaves the binôme', value: { isBinome: false } },
    },
  })
  @ApiResponse({ status: 200, schema: openApiSchema(contactSchema), example: CONTACT_EXAMPLE })
  @ApiInvalidInput()
  @NO_CONTACT
  @problem(409, 'The contact was erased (GDPR) and can no longer be changed', { title: 'Conflict', detail: 'This contact was erased (GDPR) and can no longer be changed.' })
  @problem(422, 'A contact rule is broken; `type` names it (`binome-size`: a third binôme member; `reachable`: neither e-mail nor phone left)', {
    type: 'urn:bep:contact-rule:reachable',
    title: 'Contact rule broken',
    detail: 'A contact needs an e-mail or a phone number; keep one of them.',
  })
  update(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body(new ZodValidationPipe(updateContactRequestSchema)) body: ContactPatch,
    @RequestActor() actor: Actor,
  ): Promise<Contact> {
    return this.contacts.update(id, body, actor);
  }

  @Delete('contacts/:id')
  @Allow('manager')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete a contact for good (audited); one that other records refer to must be erased instead' })
  @ID_PARAM
  @ApiResponse({ status: 204, description: 'Deleted' })
  @ApiInvalidInput()
  @NO_CONTACT
  @problem(409, 'Other records (activities) refer to the contact: erase it instead (GDPR erasure keeps the row)', {
    type: 'urn:bep:contact-referenced',
    title: 'Conflict',
    detail: 'Other records refer to this contact (e.g. activities it took part in), so it cannot be deleted; erase it instead (POST /api/contacts/{id}/erase), which removes the personal data and keeps the history.',
  })
  async remove(@Param('id', new ParseUUIDPipe()) id: string, @RequestActor() actor: Actor): Promise<void> {
    await this.contacts.remove(id, actor);
  }

  @Get('contacts/:id/export')
  @Allow('manager', 'admin')
  @ApiOperation({ summary: 'GDPR access request: everything held about the contact, as JSON (audited)' })
  @ID_PARAM
  @ApiResponse({ status: 200, schema: openApiSchema(contactExportSchema) })
  @ApiInvalidInput()
  @NO_CONTACT
  export(@Param('id', new ParseUUIDPipe()) id: string, @RequestActor() actor: Actor): Promise<ContactExport> {
    return this.contacts.export(id, actor);
  }

  @Post('contacts/:id/erase')
  @Allow('manager', 'admin')
  @HttpCode(200)
  @ApiOperation({ summary: 'GDPR erasure: anonymise the contact in place, keeping the history consistent (audited)' })
  @ID_PARAM
  @ApiResponse({ status: 200, schema: openApiSchema(contactSchema) })
  @ApiInvalidInput()
  @NO_CONTACT
  @problem(409, 'Already erased')
  erase(@Param('id', new ParseUUIDPipe()) id: string, @RequestActor() actor: Actor): Promise<Contact> {
    return this.contacts.erase(id, actor);
  }
}
