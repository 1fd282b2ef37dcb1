import { Module } from '@nestjs/common';
import { InvoiceExportsController } from './invoice-exports.controller';
import { InvoiceExportsService } from './invoice-exports.service';

/** The API side of the batch export: asking for it, following it, downloading it. The worker builds it (InvoiceExportsWorkerModule). */
@Module({
  controllers: [InvoiceExportsController],
  providers: [InvoiceExportsService],
})
export class InvoiceExportsModule {}
