import { Module } from '@nestjs/common';
import { AuditService } from '@bep/server/core/audit';
import { BillingProcessor } from './billing.processor';
import { InvoiceExportsWorkerModule } from './exports';
import { PipelineDrafts } from './pipeline-drafts';

/** The worker side of billing: the pipeline's drafts from the billing queue. Imported by the worker only. */
@Module({
  // The batch export has a queue of its own (exports), wired in with the rest of the worker's billing.
  imports: [InvoiceExportsWorkerModule],
  // AuditService alone: AuditModule also brings the audit log's controller, which a worker does not serve.
  providers: [AuditService, PipelineDrafts, BillingProcessor],
  exports: [PipelineDrafts],
})
export class BillingWorkerModule {}
