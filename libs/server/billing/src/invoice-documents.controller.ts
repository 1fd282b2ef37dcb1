import { Controller, Get, Res, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { INVOICE_READERS, invoiceQuerySchema, type InvoiceQuery } from '@bep/contracts';
import { Allow, ApiProblem, ParsedQuery, UuidParam } from '@bep/server/core/http';
import type { FastifyReply } from 'fastify';
import { InvoiceDocumentsService, type RenderedDocument } from './invoice-documents.service';
import { INVOICE_PROBLEM } from './invoice-problems';


const NOT_ISSUED = ApiProblem(422, 'A draft has no document yet (`type` urn:bep:invoice-status)', {
  type: INVOICE_PROBLEM.status,
  title: 'Not issued yet',
  detail: 'A draft has no document yet: issue it first.',
});
const InvoiceId = () => UuidParam('id', 'The issued invoice or credit note');
const MALFORMED_ID = ApiProblem(400, 'The id is not a UUID');

function send(reply: FastifyReply, type: string, disposition: 'inline' | 'attachment', document: RenderedDocument): Buffer | string {
  reply.header('content-type', type).header('content-disposition', `${disposition}; filename="${document.fileName}"`);
  return document.content;
}

@ApiTags('invoices')
@ApiBearerAuth()
@Controller('invoices')
export class InvoiceDocumentsController {
  constructor(private readonly documents: InvoiceDocumentsService) {}

  @Get('export.csv')
  @Allow(...INVOICE_READERS)
  @ApiOperation({
    summary: 'The accounting export: one row per invoice or credit note that the filters match (those of GET /api/invoices; `limit` and `offset` do not apply), streamed',
    description:
      'UTF-8 with a byte order mark, `;` between fields, decimal comma, dd/mm/yyyy dates, CRLF; credit notes negative. Drafts are left out unless `status` names them. Columns: docs/billing-exports.md.',
  })
  @ApiResponse({ status: 200, description: 'The CSV file', content: { 'text/csv': { schema: { type: 'string' } } } })
  @ApiProblem(400, 'Bad filter')
  async exportCsv(@ParsedQuery(invoiceQuerySchema) query: InvoiceQuery): Promise<StreamableFile> {
    const { fileName, stream } = await this.documents.csv(query);
    return new StreamableFile(stream, { type: 'text/csv; charset=utf-8', disposition: `attachment; filename="${fileName}"` });
  }

  @Get(':id/pdf')
  @Allow(...INVOICE_READERS)
  @ApiOperation({ summary: 'The invoice or credit note as a PDF in French, with the structured communication and the EPC payment QR code' })
  @ApiResponse({ status: 200, description: 'The PDF', content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } } })
  @MALFORMED_ID
  @ApiProblem(404, 'No such invoice')
  @NOT_ISSUED
  async pdf(@InvoiceId() id: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<Buffer | string> {
    return send(reply, 'application/pdf', 'inline', await this.documents.pdf(id));
  }

  @Get(':id/ubl')
  @Allow(...INVOICE_READERS)
  @ApiOperation({ summary: 'The invoice or credit note as a Peppol BIS Billing 3.0 UBL document, the e-invoice a commune receives through Peppol' })
  @ApiResponse({ status: 200, description: 'The UBL XML', content: { 'application/xml': { schema: { type: 'string' } } } })
  @MALFORMED_ID
  @ApiProblem(404, 'No such invoice')
  @NOT_ISSUED
  async ubl(@InvoiceId() id: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<Buffer | string> {
    return send(reply, 'application/xml; charset=utf-8', 'attachment', await this.documents.ubl(id));
  }
}
