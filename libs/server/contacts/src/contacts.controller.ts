import { Body, Controller, Delete, Get, HttpCode, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import {
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
  type CurrentUser as CurrentUserContract,
  type NewContact,
} from '@bep/contracts';
import type { Actor } from '@bep/server/core/audit';
import { CurrentUser, RequestActor } from '@bep/server/core/auth';
import { Allow, ApiProblem, openApiSchema, ParsedParam, ParsedQuery, UuidParam, ZodValidationPipe } from '@bep/server/core/http';
import { ContactsService } from './contacts.service';

/**
 * Everyone who works with the communes reads their contacts; managers change what is known of a
 * commune. A consultant adds the people they meet to the communes assigned to them (the service
 * checks the team), and leaves changes and deletions to the managers.
 */
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

const NO_CONTACT = ApiProblem(404, 'No such contact');
const NO_COMMUNE = ApiProblem(404, 'No such commune');
/** The commune of a path: its NIS code. */
const Nis = () => ParsedParam('nis', communeNisSchema, 'NIS code of the commune (five digits), e.g. 92142');
/** The contact of a path. */
const ContactId = () => UuidParam('id', 'The contact');

@ApiTags('contacts')
@ApiBearerAuth()
@Controller()
export class ContactsController {
  constructor(private readonly contacts: ContactsService) {}

  @Get('communes/:nis/contacts')
  @Allow(...READERS)
  @ApiOperation({ summary: "The commune's contacts, binôme first, then by name; erased contacts only with includeErased=true" })
  @ApiResponse({ status: 200, schema: openApiSchema(contactPageSchema), example: { items: [CONTACT_EXAMPLE], total: 1, limit: 50, offset: 0 } })
  @ApiProblem(400)
  @NO_COMMUNE
  list(@Nis() nis: string, @ParsedQuery(contactQuerySchema) query: ContactQuery): Promise<ContactPage> {
    return this.contacts.list(nis, query);
  }

  @Post('communes/:nis/contacts')
  @Allow('manager', 'consultant')
  @ApiOperation({
    summary: 'Add a contact to the commune (audited without its data); it needs an e-mail or a phone',
    description: "Managers add contacts to every commune; a consultant only to a commune whose engagement in the current campaign has them on its team (403 otherwise).",
  })
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
  @ApiProblem(400)
  @ApiProblem(403, "A consultant who is not on the team of the commune's engagement in the current campaign", {
    title: 'Forbidden',
    detail: "Only a manager, or a consultant assigned to this commune's engagement in the current campaign, may add a contact to it.",
  })
  @NO_COMMUNE
  @ApiProblem(422, 'A contact rule is broken; `type` names it (`urn:bep:contact-rule:binome-size`: a third binôme member)', {
    type: 'urn:bep:contact-rule:binome-size',
    title: 'Contact rule broken',
    detail: "A commune's binôme has at most 2 members (one agent and one échevin); remove one from the binôme first.",
  })
  create(
    @Nis() nis: string,
    @Body(new ZodValidationPipe(createContactRequestSchema)) body: NewContact,
    @CurrentUser() user: CurrentUserContract,
    @RequestActor() actor: Actor,
  ): Promise<Contact> {
    return this.contacts.create(nis, body, user, actor);
  }

  @Get('contacts/:id')
  @Allow(...READERS)
  @ApiOperation({ summary: 'One contact (an erased one reads "Contact effacé", without e-mail or phone)' })
  @ApiResponse({ status: 200, schema: openApiSchema(contactSchema), example: CONTACT_EXAMPLE })
  @ApiProblem(400)
  @NO_CONTACT
  get(@ContactId() id: string): Promise<Contact> {
    return this.contacts.get(id);
  }

  @Patch('contacts/:id')
  @Allow('manager')
  @ApiOperation({ summary: 'Change some fields of a contact (audited: the names of the fields, not their values); null clears e-mail or phone' })
  @ApiBody({
    schema: openApiSchema(updateContactRequestSchema, 'input'),
    examples: {
      phone: { summary: 'A new phone number', value: { phone: '081 62 63 65' } },
      binome: { summary: 'Leaves the binôme', value: { isBinome: false } },
    },
  })
  @ApiResponse({ status: 200, schema: openApiSchema(contactSchema), example: CONTACT_EXAMPLE })
  @ApiProblem(400)
  @NO_CONTACT
  @ApiProblem(409, 'The contact was erased (GDPR) and can no longer be changed', { title: 'Conflict', detail: 'This contact was erased (GDPR) and can no longer be changed.' })
  @ApiProblem(422, 'A contact rule is broken; `type` names it (`binome-size`: a third binôme member; `reachable`: neither e-mail nor phone left)', {
    type: 'urn:bep:contact-rule:reachable',
    title: 'Contact rule broken',
    detail: 'A contact needs an e-mail or a phone number; keep one of them.',
  })
  update(
    @ContactId() id: string,
    @Body(new ZodValidationPipe(updateContactRequestSchema)) body: ContactPatch,
    @RequestActor() actor: Actor,
  ): Promise<Contact> {
    return this.contacts.update(id, body, actor);
  }

  @Delete('contacts/:id')
  @Allow('manager')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete a contact for good (audited); one that other records refer to must be erased instead' })
  @ApiResponse({ status: 204, description: 'Deleted' })
  @ApiProblem(400)
  @NO_CONTACT
  @ApiProblem(409, 'Other records (activities) refer to the contact: erase it instead (GDPR erasure keeps the row)', {
    type: 'urn:bep:contact-referenced',
    title: 'Conflict',
    detail: 'Other records refer to this contact (e.g. activities it took part in), so it cannot be deleted; erase it instead (POST /api/contacts/{id}/erase), which removes the personal data and keeps the history.',
  })
  async remove(@ContactId() id: string, @RequestActor() actor: Actor): Promise<void> {
    await this.contacts.remove(id, actor);
  }

  @Get('contacts/:id/export')
  @Allow('manager', 'admin')
  @ApiOperation({ summary: 'GDPR access request: everything held about the contact, as JSON (audited)' })
  @ApiResponse({ status: 200, schema: openApiSchema(contactExportSchema) })
  @ApiProblem(400)
  @NO_CONTACT
  export(@ContactId() id: string, @RequestActor() actor: Actor): Promise<ContactExport> {
    return this.contacts.export(id, actor);
  }

  @Post('contacts/:id/erase')
  @Allow('manager', 'admin')
  @HttpCode(200)
  @ApiOperation({ summary: 'GDPR erasure: anonymise the contact in place, keeping the history consistent (audited)' })
  @ApiResponse({ status: 200, schema: openApiSchema(contactSchema) })
  @ApiProblem(400)
  @NO_CONTACT
  @ApiProblem(409, 'Already erased')
  erase(@ContactId() id: string, @RequestActor() actor: Actor): Promise<Contact> {
    return this.contacts.erase(id, actor);
  }
}
