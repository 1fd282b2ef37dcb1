import { Body, Controller, Delete, Get, HttpCode, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import {
  createInvoiceRequestSchema,
  creditNoteRequestSchema,
  invoiceDetailSchema,
  invoiceDraftFailureListSchema,
  invoicePageSchema,
  invoiceQuerySchema,
  INVOICE_READERS,
  issueInvoiceRequestSchema,
  recordPaymentRequestSchema,
  updateInvoiceRequestSchema,
  type CreateInvoiceValues,
  type CreditNoteRequest,
  type InvoiceDetail,
  type InvoiceDraftFailureList,
  type InvoicePage,
  type InvoiceQuery,
  type IssueInvoiceRequest,
  type RecordPaymentRequest,
  type UpdateInvoiceValues,
} from '@bep/contracts';
import type { Actor } from '@bep/server/core/audit';
import { RequestActor } from '@bep/server/core/auth';
import { Allow, ApiProblem, openApiSchema, ParsedQuery, UuidParam, ZodValidationPipe } from '@bep/server/core/http';
import { InvoiceSettlement } from './invoice-settlement.service';
import { INVOICE_PROBLEM } from './invoice-problems';
import { InvoicesService } from './invoices.service';
import { CREDIT_NOTE_EXAMPLE, DRAFT_EXAMPLE, INVOICE_DETAIL_EXAMPLE, INVOICE_EXAMPLE } from './openapi-examples';
import { BILLING_PARTY_MISSING } from './parties';


const DETAIL = { ...openApiSchema(invoiceDetailSchema), example: INVOICE_DETAIL_EXAMPLE };
const DRAFT_DETAIL = { ...openApiSchema(invoiceDetailSchema), example: { ...INVOICE_DETAIL_EXAMPLE, ...DRAFT_EXAMPLE, payments: [], seller: null, buyer: null, history: [] } };
const INVALID = ApiProblem(400, 'Malformed id or body; `errors` names each field');
const NOT_FOUND = ApiProblem(404, 'No such invoice');
const STALE = ApiProblem(409, 'The invoice changed since it was read (its `version`); nothing was changed');
const statusProblem = (detail: string) =>
  ApiProblem(422, 'The status does not allow it (`type` urn:bep:invoice-status), or another rule named by `type`', { type: INVOICE_PROBLEM.status, title: 'Not possible in this status', detail });
/** The invoice of a path. */
const InvoiceId = () => UuidParam('id', 'The invoice or credit note');

@ApiTags('invoices')
@ApiBearerAuth()
@Controller('invoices')
export class InvoicesController {
  constructor(
    private readonly invoices: InvoicesService,
    private readonly settlement: InvoiceSettlement,
  ) {}

  @Get()
  @Allow(...INVOICE_READERS)
  @ApiOperation({
    summary: 'Invoices and credit notes of every campaign, drafts first, then the latest issued first; with the totals of all that the filters match',
    description: 'Overdue is derived: an issued invoice with something still owed whose due date is before today (Brussels). In the totals a credit note counts against its invoice.',
  })
  @ApiResponse({
    status: 200,
    schema: openApiSchema(invoicePageSchema),
    example: { items: [INVOICE_EXAMPLE], total: 1, limit: 50, offset: 0, totals: { netCents: 250_000, grossCents: 250_000, paidCents: 100_000, outstandingCents: 150_000, currency: 'EUR' } },
  })
  @ApiProblem(400, 'Bad filter or page')
  list(@ParsedQuery(invoiceQuerySchema) query: InvoiceQuery): Promise<InvoicePage> {
    return this.invoices.list(query);
  }

  @Get('draft-failures')
  @Allow(...INVOICE_READERS)
  @ApiOperation({ summary: 'The drafts the billing job could not make yet (an engagement entered its billing stage), with the last error; gone once the draft is made' })
  @ApiResponse({
    status: 200,
    schema: openApiSchema(invoiceDraftFailureListSchema),
    example: { items: [{ engagementId: INVOICE_EXAMPLE.engagementId, commune: INVOICE_EXAMPLE.commune, service: 'diagnostic', lastError: 'connection terminated', attempts: 2, failedAt: '2026-03-16T14:02:20.000Z' }] },
  })
  draftFailures(): Promise<InvoiceDraftFailureList> {
    return this.invoices.draftFailures();
  }

  @Get(':id')
  @Allow(...INVOICE_READERS)
  @ApiOperation({ summary: 'One invoice or credit note: lines, VAT breakdown, payments, credit notes (or the credited invoice), the parties as issued, and its history from the audit log' })
  @ApiResponse({ status: 200, schema: DETAIL })
  @INVALID
  @NOT_FOUND
  detail(@InvoiceId() id: string): Promise<InvoiceDetail> {
    return this.invoices.detail(id);
  }

  @Post()
  @Allow('finance')
  @ApiOperation({
    summary: 'A draft invoice by hand for an engagement (audited)',
    description:
      "Lines left out: a diagnostic draft gets the campaign's diagnostic line. A line's price, share and unit default to the service's: the diagnostic's price and the commune's share of it (10000 - BEP's share), unit C62; accompaniment's day rate and the commune's share of it, unit DAY; any other service the whole price, unit C62, its price required. The VAT category is the campaign's.",
  })
  @ApiBody({
    schema: openApiSchema(createInvoiceRequestSchema, 'input'),
    examples: {
      diagnostic: { summary: "The campaign's diagnostic", value: { engagementId: INVOICE_EXAMPLE.engagementId, service: 'diagnostic' } },
      accompaniment: { summary: 'Three days and a half of accompaniment', value: { engagementId: INVOICE_EXAMPLE.engagementId, service: 'accompaniment', lines: [{ description: 'Accompagnement — ateliers e-guichet', quantityMilli: 3500 }] } },
    },
  })
  @ApiResponse({ status: 201, description: 'The draft', schema: DRAFT_DETAIL })
  @INVALID
  @ApiProblem(422, 'Unknown engagement (`urn:bep:invoice-engagement`), lines required (`urn:bep:invoice-lines`) or an amount too large (`urn:bep:invoice-amount`)', {
    type: INVOICE_PROBLEM.lines,
    title: 'Lines required',
    detail: 'A draft for accompaniment needs its lines (what is billed, and for accompaniment how many days).',
  })
  create(@Body(new ZodValidationPipe(createInvoiceRequestSchema)) body: CreateInvoiceValues, @RequestActor() actor: Actor): Promise<InvoiceDetail> {
    return this.invoices.create(body, actor);
  }

  @Patch(':id')
  @Allow('finance')
  @ApiOperation({ summary: "A draft's lines (all replaced, priced as when created) or note, at the version read (audited)" })
  @ApiBody({ schema: openApiSchema(updateInvoiceRequestSchema, 'input'), examples: { note: { value: { version: 1, note: 'Bon de commande 2026/118' } } } })
  @ApiResponse({ status: 200, description: 'The draft after the change', schema: DRAFT_DETAIL })
  @INVALID
  @NOT_FOUND
  @STALE
  @statusProblem('Only a draft can be changed; CF-2026-0007 is issued.')
  update(@InvoiceId() id: string, @Body(new ZodValidationPipe(updateInvoiceRequestSchema)) body: UpdateInvoiceValues, @RequestActor() actor: Actor): Promise<InvoiceDetail> {
    return this.invoices.update(id, body, actor);
  }

  @Delete(':id')
  @Allow('finance')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete a draft for good (audited); an issued invoice is only ever credited' })
  @ApiResponse({ status: 204, description: 'Deleted' })
  @INVALID
  @NOT_FOUND
  @statusProblem('Only a draft can be deleted; CF-2026-0007 is issued.')
  remove(@InvoiceId() id: string, @RequestActor() actor: Actor): Promise<void> {
    return this.invoices.remove(id, actor);
  }

  @Post(':id/issue')
  @Allow('finance')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Issue a draft: the next number of its gapless yearly series, the issue date (today, Brussels) and due date (+30 days), the structured communication, the parties copied (audited)',
    description: 'From then on the document is immutable (the database refuses any change but its settlement). `version`, when given, must be the draft\'s.',
  })
  @ApiBody({ schema: openApiSchema(issueInvoiceRequestSchema, 'input'), required: false, examples: { checked: { value: { version: 1 } }, unchecked: { value: {} } } })
  @ApiResponse({ status: 200, description: 'The issued invoice', schema: DETAIL })
  @INVALID
  @NOT_FOUND
  @STALE
  @ApiProblem(422, `Not a draft (\`${INVOICE_PROBLEM.status}\`), nothing to bill (\`${INVOICE_PROBLEM.amount}\`), or BEP's seller identity or the commune's billing data not configured (\`${BILLING_PARTY_MISSING}\`)`, {
    type: INVOICE_PROBLEM.status,
    title: 'Not possible in this status',
    detail: 'Only a draft can be issued; CF-2026-0007 is issued.',
  })
  issue(@InvoiceId() id: string, @Body(new ZodValidationPipe(issueInvoiceRequestSchema)) body: IssueInvoiceRequest | undefined, @RequestActor() actor: Actor): Promise<InvoiceDetail> {
    return this.invoices.issue(id, body ?? {}, actor);
  }

  @Post(':id/payments')
  @Allow('finance')
  @ApiOperation({ summary: 'Record a payment received (dated, never more than what is owed); the invoice is paid once nothing is owed (audited)' })
  @ApiBody({ schema: openApiSchema(recordPaymentRequestSchema, 'input'), examples: { partial: { value: { paidOn: '2026-03-19', amountCents: 100_000, reference: 'Extrait 42' } } } })
  @ApiResponse({ status: 201, description: 'The invoice with its payments', schema: DETAIL })
  @INVALID
  @NOT_FOUND
  @ApiProblem(422, `Not an issued invoice with something owed (\`${INVOICE_PROBLEM.status}\`), more than is owed (\`${INVOICE_PROBLEM.overpayment}\`) or dated after today (\`${INVOICE_PROBLEM.paymentDate}\`)`, {
    type: INVOICE_PROBLEM.overpayment,
    title: 'More than is owed',
    detail: 'CF-2026-0007 still owes 150000 cents; a payment of 200000 cents is more than that.',
  })
  recordPayment(@InvoiceId() id: string, @Body(new ZodValidationPipe(recordPaymentRequestSchema)) body: RecordPaymentRequest, @RequestActor() actor: Actor): Promise<InvoiceDetail> {
    return this.settlement.recordPayment(id, body, actor);
  }

  @Post(':id/credit-notes')
  @Allow('finance')
  @ApiOperation({
    summary: 'Credit an issued invoice: a credit note (series NC, its own gapless numbering) created and issued at once (audited)',
    description:
      "Without `amountCents` it credits all that is still owed (the invoice's lines when nothing settled it yet); with it, one line of that net amount in the invoice's VAT category. The invoice's credited amount grows by the credit note's gross; it is `credited` once credit notes cancelled all of it.",
  })
  @ApiBody({
    schema: openApiSchema(creditNoteRequestSchema, 'input'),
    examples: { whole: { value: { reason: 'Diagnostic facturé deux fois' } }, partial: { value: { reason: 'Remise accordée', amountCents: 50_000 } } },
  })
  @ApiResponse({ status: 201, description: 'The credit note, issued', schema: { ...openApiSchema(invoiceDetailSchema), example: CREDIT_NOTE_EXAMPLE } })
  @INVALID
  @NOT_FOUND
  @ApiProblem(422, `Not an issued invoice with something owed (\`${INVOICE_PROBLEM.status}\`), a credit over what is owed (\`${INVOICE_PROBLEM.creditExceeds}\`), or a party not configured (\`${BILLING_PARTY_MISSING}\`)`, {
    type: INVOICE_PROBLEM.creditExceeds,
    title: 'More than is owed',
    detail: 'CF-2026-0007 still owes 150000 cents (VAT included); this credit comes to 200000 cents.',
  })
  creditNote(@InvoiceId() id: string, @Body(new ZodValidationPipe(creditNoteRequestSchema)) body: CreditNoteRequest, @RequestActor() actor: Actor): Promise<InvoiceDetail> {
    return this.settlement.creditNote(id, body, actor);
  }
}
