/**
 * Issued invoices written straight into the database for the benchmarks, in set-based batches:
 * each one a real row of the `invoice` table (every constraint and trigger applies) for an
 * engagement of a campaign, with the seller and the buyer copied as issuing copies them. They live
 * in a fiscal year of their own (1999), clear of the series the issuing benchmark numbers, and have
 * no lines: neither the accounting export nor the invoice list reads them.
 */
import type { Client } from 'pg';

const BATCH = 10_000;
export const SYNTHETIC_FISCAL_YEAR = 1999;

/**
 * Inserts issued invoices numbered `from` to `from + count - 1` in the 1999 series, spread over the
 * engagements of `campaignId` (the current campaign when null), in turn by NIS code.
 */
export async function insertIssuedInvoices(client: Client, from: number, count: number, campaignId: string | null = null): Promise<void> {
  for (let start = from; start < from + count; start += BATCH) {
    const end = Math.min(from + count, start + BATCH) - 1;
    await client.query(
      `WITH engagements AS (
         SELECT row_number() OVER (ORDER BY e."commune_nis") - 1 AS slot, count(*) OVER () AS slots,
                e."id", e."campaign_id", e."commune_nis", c."name", p."enterprise_number", p."buyer_reference"
           FROM "engagement" e
           JOIN "campaign" k ON k."id" = e."campaign_id" AND (CASE WHEN $4::uuid IS NULL THEN k."is_current" ELSE k."id" = $4::uuid END)
           JOIN "commune" c ON c."nis" = e."commune_nis"
           -- Synthetic communes have no billing profile: their buyer has no enterprise number.
           LEFT JOIN "commune_billing_profile" p ON p."nis" = e."commune_nis"
       )
       INSERT INTO "invoice" ("kind", "campaign_id", "engagement_id", "commune_nis", "service", "status", "series", "fiscal_year", "sequence", "number",
                              "issue_date", "due_date", "structured_communication", "vat_category", "net_cents", "vat_cents", "gross_cents",
                              "seller", "buyer", "issued_at")
       SELECT 'invoice', e."campaign_id", e."id", e."commune_nis", 'other', 'issued', 'CF', $3::int, n, 'CF-' || $3::text || '-' || lpad(n::text, 6, '0'),
              DATE '1999-01-01' + (n % 365), DATE '1999-01-31' + (n % 365),
              lpad(n::text, 10, '0') || lpad((CASE WHEN n % 97 = 0 THEN 97 ELSE n % 97 END)::text, 2, '0'),
              'O', 250000, 0, 250000,
              (SELECT "value" FROM "app_setting" WHERE "key" = 'seller_identity'),
              jsonb_build_object('nis', e."commune_nis", 'name', e."name", 'enterpriseNumber', e."enterprise_number", 'buyerReference', e."buyer_reference"),
              now()
         FROM generate_series($1::int, $2::int) AS n
         JOIN engagements e ON e."slot" = n % e."slots"`,
      [start, end, SYNTHETIC_FISCAL_YEAR, campaignId],
    );
  }
}
