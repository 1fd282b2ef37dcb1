import { Body, Controller, Get, HttpCode, Post, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { invoiceExportListSchema, invoiceExportRequestSchema, invoiceExportSchema, type InvoiceExport, type InvoiceExportList, type InvoiceExportValues } from '@bep/contracts';
import type { Actor } from '@bep/server/core/audit';
import { RequestActor } from '@bep/server/core/auth';
import { Allow, ApiProblem, openApiSchema, UuidParam, ZodValidationPipe } from '@bep/server/core/http';
import { INVOICE_EXPORT_PROBLEM } from './invoice-export-problems';
import { InvoiceExportsService } from './invoice-exports.service';
import { INVOICE_EXPORT_EXAMPLE } from './openapi-examples';

/** Those who read invoices follow and download the exports; finance, who hands them on, asks for them. */
const READERS = ['finance', 'manager'] as const;

const EXPORT = { ...openApiSchema(invoiceExportSchema), example: INVOICE_EXPORT_EXAMPLE };
const NOT_FOUND = ApiProblem(404, 'No such export (or the cleanup removed it)');
const ExportId = () => UuidParam('id', 'The export');

@ApiTags('invoices')
@ApiBearerAuth()
@Controller('invoice-exports')
export class InvoiceExportsController {
  constructor(private readonly exports: InvoiceExportsService) {}

  @Post()
  @Allow('finance')
  @HttpCode(202)
  @ApiOperation({
    summary: 'Asks for a batch export: one ZIP with the PDF and the Peppol UBL of every issued invoice and credit note of the period, and the accounting CSV',
    description:
      'The worker builds it in the background; follow it with GET /api/invoice-exports/{id} and download it with /download until it expires (24 hours after it is done). The period is on the issue date, both days included, at most 366 days.',
  })
  @ApiBody({
    schema: openApiSchema(invoiceExportRequestSchema, 'input'),
    examples: {
      month: { summary: 'March 2026', value: { from: '2026-03-01', to: '2026-03-31' } },
      unpaid: { summary: 'The first quarter, what is still unpaid, of one commune', value: { from: '2026-01-01', to: '2026-03-31', status: ['issued'], communeNis: '93090' } },
    },
  })
  @ApiResponse({ status: 202, description: 'The export, queued', schema: EXPORT })
  @ApiProblem(400, 'Malformed body, a period in the wrong order or longer than 366 days; `errors` names each field')
  @ApiProblem(422, 'Unknown commune (`urn:bep:invoice-export-commune`)', { type: INVOICE_EXPORT_PROBLEM.commune, title: 'Unknown commune', detail: 'No commune 99999.' })
  request(@Body(new ZodValidationPipe(invoiceExportRequestSchema)) body: InvoiceExportValues, @RequestActor() actor: Actor): Promise<InvoiceExport> {
    return this.exports.request(body, actor);
  }

  @Get()
  @Allow(...READERS)
  @ApiOperation({ summary: 'The recent batch exports, newest first, with their progress' })
  @ApiResponse({ status: 200, schema: { ...openApiSchema(invoiceExportListSchema), example: { items: [INVOICE_EXPORT_EXAMPLE] } } })
  recent(): Promise<InvoiceExportList> {
    return this.exports.recent();
  }

  @Get(':id')
  @Allow(...READERS)
  @ApiOperation({ summary: "An export's progress: status, documents done out of the total, percent, the last error, whether it can be downloaded" })
  @ApiResponse({ status: 200, schema: EXPORT })
  @ApiProblem(400, 'Malformed id')
  @NOT_FOUND
  progress(@ExportId() id: string): Promise<InvoiceExport> {
    return this.exports.progress(id);
  }

  @Get(':id/download')
  @Allow(...READERS)
  @ApiOperation({ summary: 'The ZIP of a done export: `<number>.pdf` and `<number>.xml` per document, and `factures.csv`' })
  @ApiResponse({ status: 200, description: 'The ZIP', content: { 'application/zip': { schema: { type: 'string', format: 'binary' } } } })
  @ApiProblem(400, 'Malformed id')
  @NOT_FOUND
  @ApiProblem(409, 'Not done yet (`urn:bep:invoice-export-not-ready`)', { type: INVOICE_EXPORT_PROBLEM.notReady, title: 'Not ready yet', detail: 'The export is running: its ZIP can be downloaded once it is done.' })
  @ApiProblem(422, 'The export failed (`urn:bep:invoice-export-failed`); `detail` says why', { type: INVOICE_EXPORT_PROBLEM.failed, title: 'Export failed' })
  @ApiProblem(410, 'The ZIP expired and was removed (`urn:bep:invoice-export-expired`)', { type: INVOICE_EXPORT_PROBLEM.expired, title: 'Expired' })
  async download(@ExportId() id: string): Promise<StreamableFile> {
    const file = await this.exports.download(id);
    return new StreamableFile(file.content, { type: 'application/zip', disposition: `attachment; filename="${file.fileName}"`, length: file.content.length });
  }
}
