import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CreditNoteRequest, InvoiceDetail, RecordPaymentRequest } from '@bep/contracts';
import { brusselsDate, invoiceOutstandingCents, settledStatus } from '@bep/domain';
import { AuditService, type Actor } from '@bep/server/core/audit';
import { Clock } from '@bep/server/core/clock';
import { addToOutbox, jobsForEngagementChange } from '@bep/server/core/queue';
import type { DataSource, EntityManager } from 'typeorm';
import { creditNoteLines } from './credit-note-lines';
import { totalsOf } from './draft-lines';
import { InvoiceIssuer } from './invoice-issuer';
import { lockInvoice, type LockedInvoice } from './invoice-lock';
import { invoiceProblem } from './invoice-problems';
import { readInvoiceDetail, readInvoiceLines } from './invoice-reader';
import { insertDraft } from './invoice-writer';

/**
 * The only ways forward for an issued invoice: payments and credit notes. Each is one transaction
 * that locks the invoice (two payments at once are added one after the other, never over what is
 * owed), writes the settlement, moves the status by the domain's `settledStatus`, and is audited.
 */
@Injectable()
export class InvoiceSettlement {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly issuer: InvoiceIssuer,
    private readonly clock: Clock,
  ) {}

  async recordPayment(id: string, request: RecordPaymentRequest, actor: Actor): Promise<InvoiceDetail> {
    return this.dataSource.transaction(async (manager) => {
      const invoice = await lockInvoice(manager, id);
      const outstanding = requireOwing(invoice, 'paid');
      const now = this.clock.now();
      if (request.paidOn > brusselsDate(now)) {
        throw invoiceProblem('paymentDate', 'Payment in the future', `A payment is recorded once received: ${request.paidOn} is after today.`);
      }
      if (request.amountCents > outstanding) {
        throw invoiceProblem('overpayment', 'More than is owed', `${invoice.number} still owes ${outstanding} cents; a payment of ${request.amountCents} cents is more than that.`);
      }
      await manager.query(`INSERT INTO "invoice_payment" ("invoice_id", "paid_on", "amount_cents", "reference", "recorded_by", "recorded_at") VALUES ($1, $2, $3, $4, $5, $6)`, [
        id,
        request.paidOn,
        request.amountCents,
        request.reference ?? null,
        actor.userId,
        now,
      ]);
      const status = await settle(manager, invoice, { paidCents: invoice.paidCents + request.amountCents, creditedCents: invoice.creditedCents }, actor, now);
      await this.audit.record(manager, actor, {
        action: 'payment',
        entityType: 'invoice',
        entityId: id,
        before: { status: invoice.status, paidCents: invoice.paidCents },
        after: { status, paidCents: invoice.paidCents + request.amountCents, payment: { paidOn: request.paidOn, amountCents: request.amountCents, reference: request.reference ?? null } },
      });
      return readInvoiceDetail(manager, id, brusselsDate(now));
    });
  }

  /** Creates and issues the credit note (series NC) at once; answers it, with the invoice's new state one GET away. */
  async creditNote(id: string, request: CreditNoteRequest, actor: Actor): Promise<InvoiceDetail> {
    return this.dataSource.transaction(async (manager) => {
      const invoice = await lockInvoice(manager, id);
      const outstanding = requireOwing(invoice, 'credited');
      const lines = creditNoteLines({ ...invoice, outstandingCents: outstanding }, await readInvoiceLines(manager, id), request.amountCents);
      const creditedCents = totalsOf(lines).grossCents;
      if (creditedCents > outstanding) {
        throw invoiceProblem('creditExceeds', 'More than is owed', `${invoice.number} still owes ${outstanding} cents (VAT included); this credit comes to ${creditedCents} cents.`);
      }
      const now = this.clock.now();
      const noteId = await insertDraft(
        manager,
        {
          kind: 'credit_note',
          service: invoice.service,
          campaignId: invoice.campaignId,
          engagementId: invoice.engagementId,
          communeNis: invoice.communeNis,
          vatCategory: invoice.vatCategory,
          originKey: null,
          creditedInvoiceId: id,
          note: request.reason,
          by: actor.userId,
          at: now,
        },
        lines,
      );
      if (!noteId) throw new Error('A credit note has no origin key to conflict on');
      const issued = await this.issuer.issue(manager, await lockInvoice(manager, noteId), actor.userId);
      const status = await settle(manager, invoice, { paidCents: invoice.paidCents, creditedCents: invoice.creditedCents + creditedCents }, actor, now);
      await this.audit.record(manager, actor, {
        action: 'issue',
        entityType: 'invoice',
        entityId: noteId,
        after: { status: 'issued', ...issued, grossCents: creditedCents, creditedInvoice: invoice.number, reason: request.reason },
      });
      await this.audit.record(manager, actor, {
        action: 'credit',
        entityType: 'invoice',
        entityId: id,
        before: { status: invoice.status, creditedCents: invoice.creditedCents },
        after: { status, creditedCents: invoice.creditedCents + creditedCents, creditNote: issued.number, reason: request.reason },
      });
      return readInvoiceDetail(manager, noteId, brusselsDate(now));
    });
  }
}

/** An issued invoice with something still owed: what it owes; 422 naming the status otherwise. */
function requireOwing(invoice: LockedInvoice, action: string): number {
  const outstanding = invoiceOutstandingCents(invoice);
  if (invoice.kind !== 'invoice' || invoice.status !== 'issued' || outstanding === 0) {
    const what = invoice.kind === 'credit_note' ? `${invoice.number} is a credit note` : `${invoice.number ?? 'this invoice'} is ${invoice.status}`;
    throw invoiceProblem('status', 'Not possible in this status', `Only an issued invoice with something still owed can be ${action}; ${what}.`);
  }
  return outstanding;
}

/** Writes the invoice's new settlement and the status it leads to; answers that status. */
async function settle(manager: EntityManager, invoice: LockedInvoice, amounts: { paidCents: number; creditedCents: number }, actor: Actor, at: Date): Promise<string> {
  const status = settledStatus({ grossCents: invoice.grossCents, ...amounts });
  await manager.query(
    `UPDATE "invoice" SET "paid_cents" = $2, "credited_cents" = $3, "status" = $4, "version" = "version" + 1, "updated_at" = $5, "updated_by" = $6 WHERE "id" = $1`,
    [invoice.id, amounts.paidCents, amounts.creditedCents, status, at, actor.userId],
  );
  // A settled invoice withdraws its overdue reminders: re-planned from the outbox, committed with the settlement.
  await addToOutbox(manager, jobsForEngagementChange(invoice.engagementId, `invoice/${invoice.id}/v${invoice.version + 1}`));
  return status;
}
