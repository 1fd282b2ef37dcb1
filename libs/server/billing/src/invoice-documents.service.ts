import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { InvoiceQuery } from '@bep/contracts';
import { brusselsDate } from '@bep/domain';
import { Clock } from '@bep/server/core/clock';
import type { Readable } from 'node:stream';
import type { DataSource } from 'typeorm';
import { invoiceCsvStream, invoicePdf, invoiceUbl } from './documents';
import { invoiceCsvRows } from './invoice-csv-rows';
import { loadInvoiceDocument } from './invoice-document.loader';

/** A rendered document with the name it is downloaded under. */
export interface RenderedDocument {
  fileName: string;
  content: Buffer | string;
}

/**
 * The documents finance hands on: the PDF sent to the commune, the Peppol UBL that reaches it as an
 * e-invoice, and the accounting CSV. Issued documents only (a draft has no number: 422).
 */
@Injectable()
export class InvoiceDocumentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async pdf(id: string): Promise<RenderedDocument> {
    const document = await loadInvoiceDocument(this.dataSource.manager, id);
    return { fileName: `${document.number}.pdf`, content: await invoicePdf(document) };
  }

  async ubl(id: string): Promise<RenderedDocument> {
    const document = await loadInvoiceDocument(this.dataSource.manager, id);
    return { fileName: `${document.number}.xml`, content: invoiceUbl(document) };
  }

  /**
   * The accounting export of what the filters match, streamed as it is read. The query runs and its
   * first rows arrive before the answer starts: a failure then is a problem response, not a file
   * cut short under a 200.
   */
  async csv(query: InvoiceQuery): Promise<{ fileName: string; stream: Readable }> {
    const today = brusselsDate(this.clock.now());
    const rows = invoiceCsvRows(this.dataSource.manager, query, today);
    const first = await rows.next();
    return { fileName: `factures-${today}.csv`, stream: invoiceCsvStream(startingWith(first, rows)) };
  }
}

/**
 * The rows of a generator whose first step was already taken. Ending early (the client went away)
 * ends `rest` too, which closes its cursor and gives its connection back.
 */
async function* startingWith<T>(first: IteratorResult<T>, rest: AsyncGenerator<T>): AsyncGenerator<T> {
  try {
    if (first.done) return;
    yield first.value;
    yield* rest;
  } finally {
    await rest.return(undefined);
  }
}
