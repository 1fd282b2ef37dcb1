import type { InvoiceKind, InvoiceStatus } from '@bep/domain';
import type { InvoiceService } from '@bep/contracts';
import type { EntityManager } from 'typeorm';
import { invoiceProblem, noSuchInvoice, staleInvoice } from './invoice-problems';

/** What a change decides on, read from the invoice's row as it locks it. */
export interface LockedInvoice {
  id: string;
  kind: InvoiceKind;
  status: InvoiceStatus;
  service: InvoiceService;
  campaignId: string;
  engagementId: string;
  communeNis: string;
  number: string | null;
  issueDate: string | null;
  vatCategory: 'S' | 'O';
  netCents: number;
  vatCents: number;
  grossCents: number;
  paidCents: number;
  creditedCents: number;
  version: number;
}

/**
 * Locks the invoice's row for the rest of the transaction (changes to one invoice happen one after
 * the other) and reads what the change decides on; 404 when there is no such invoice.
 */
export async function lockInvoice(manager: EntityManager, id: string): Promise<LockedInvoice> {
  const [row] = await manager.query<LockedInvoice[]>(
    `SELECT "id", "kind", "status", "service", "campaign_id" AS "campaignId", "engagement_id" AS "engagementId", "commune_nis" AS "communeNis",
            "number", to_char("issue_date", 'YYYY-MM-DD') AS "issueDate", "vat_category" AS "vatCategory",
            "net_cents" AS "netCents", "vat_cents" AS "vatCents", "gross_cents" AS "grossCents", "paid_cents" AS "paidCents",
            "credited_cents" AS "creditedCents", "version"
       FROM "invoice" WHERE "id" = $1 FOR UPDATE`,
    [id],
  );
  if (!row) throw noSuchInvoice(id);
  return row;
}

/** A draft at the version the client read: 422 naming the status otherwise, 409 when it changed meanwhile. */
export function requireDraft(invoice: LockedInvoice, version: number | undefined, action: string): void {
  if (invoice.status !== 'draft') {
    throw invoiceProblem('status', 'Not possible in this status', `Only a draft can be ${action}; ${invoice.number ?? 'this invoice'} is ${invoice.status}.`);
  }
  if (version !== undefined && version !== invoice.version) throw staleInvoice(invoice.version, version);
}
