import { Injectable } from '@nestjs/common';
import { brusselsDate, formatInvoiceNumber, invoiceDueDate, structuredCommunicationFor, type InvoiceSeries } from '@bep/domain';
import { Clock } from '@bep/server/core/clock';
import { addToOutbox, jobsForEngagementChange } from '@bep/server/core/queue';
import type { EntityManager } from 'typeorm';
import type { LockedInvoice } from './invoice-lock';
import { invoiceProblem } from './invoice-problems';
import { takeNextSequence } from './invoice-numbering';
import { BillingParties } from './parties';

/** What issuing fixed on the document. */
export interface IssuedNumber {
  number: string;
  issueDate: string;
  dueDate: string | null;
  structuredCommunication: string;
}

/**
 * Issues a locked draft, in the caller's transaction: the parties as they are now (a 422 when one
 * is not configured, before any number is taken), the next number of the document's series in the
 * Brussels calendar year of the issue date, the dates, the structured communication. From then on
 * the database refuses any change but the settlement.
 */
@Injectable()
export class InvoiceIssuer {
  constructor(
    private readonly parties: BillingParties,
    private readonly clock: Clock,
  ) {}

  async issue(manager: EntityManager, draft: LockedInvoice, by: string | null): Promise<IssuedNumber> {
    if (draft.grossCents <= 0) {
      throw invoiceProblem('amount', 'Nothing to bill', 'An invoice of 0,00 EUR cannot be issued; correct its lines or delete the draft.');
    }
    const seller = await this.parties.seller(manager, draft.vatCategory);
    const buyer = await this.parties.buyer(manager, draft.communeNis);
    const now = this.clock.now();
    const issueDate = brusselsDate(now);
    const fiscalYear = Number(issueDate.slice(0, 4));
    const series: InvoiceSeries = draft.kind === 'invoice' ? 'CF' : 'NC';
    const sequence = await takeNextSequence(manager, series, fiscalYear);
    const issued: IssuedNumber = {
      number: formatInvoiceNumber(series, fiscalYear, sequence),
      issueDate,
      dueDate: draft.kind === 'invoice' ? invoiceDueDate(issueDate) : null,
      structuredCommunication: structuredCommunicationFor(fiscalYear, sequence, series),
    };
    await manager.query(
      `UPDATE "invoice"
          SET "status" = 'issued', "series" = $2, "fiscal_year" = $3, "sequence" = $4, "number" = $5, "issue_date" = $6, "due_date" = $7,
              "structured_communication" = $8, "seller" = $9::jsonb, "buyer" = $10::jsonb, "issued_at" = $11, "issued_by" = $12,
              "version" = "version" + 1, "updated_at" = $11, "updated_by" = $12
        WHERE "id" = $1`,
      [draft.id, series, fiscalYear, sequence, issued.number, issued.issueDate, issued.dueDate, issued.structuredCommunication, JSON.stringify(seller), JSON.stringify(buyer), now, by],
    );
    // An invoice now owed calls for its overdue reminders: planned from the outbox, committed with the issue.
    await addToOutbox(manager, jobsForEngagementChange(draft.engagementId, `invoice/${issued.number}`));
    return issued;
  }
}
