import { Module } from '@nestjs/common';
import { AuditModule } from '@bep/server/core/audit';
import { InvoiceExportsModule } from './exports';
import { InvoiceDocumentsController } from './invoice-documents.controller';
import { InvoiceDocumentsService } from './invoice-documents.service';
import { InvoiceIssuer } from './invoice-issuer';
import { InvoiceSettlement } from './invoice-settlement.service';
import { InvoiceTimeline } from './invoice-timeline';
import { InvoicesController } from './invoices.controller';
import { InvoicesService } from './invoices.service';
import { BillingPartiesModule } from './parties';

/**
 * The API side of co-financing billing: the invoices' routes and their documents (PDF, UBL, CSV), and through BillingPartiesModule the
 * seller identity and the communes' billing data; the invoices' steps on the engagement's timeline. Imported by the API; the worker imports
 * BillingWorkerModule, which makes the pipeline's drafts.
 */
@Module({
  imports: [AuditModule, BillingPartiesModule, InvoiceExportsModule],
  controllers: [InvoicesController, InvoiceDocumentsController],
  providers: [InvoicesService, InvoiceSettlement, InvoiceIssuer, InvoiceDocumentsService, InvoiceTimeline],
})
export class BillingModule {}
