import type { DataSource } from 'typeorm';

/**
 * Invoices for the invoice routes to act on: the demo has none until finance drafts one. Made
 * through the API as finance would (a draft, and another one issued), so that `/api/invoices/{id}`,
 * its actions and its documents reach a real draft and a real issued invoice.
 */
export async function arrangeInvoices(baseUrl: string, finance: Record<string, string>, dataSource: DataSource): Promise<void> {
  const engagements = await dataSource.query<{ id: string }[]>(
    `SELECT e."id" FROM "engagement" e JOIN "campaign" c ON c."id" = e."campaign_id" AND c."is_current" ORDER BY e."commune_nis" LIMIT 2`,
  );
  const post = async (path: string, body: unknown): Promise<{ id: string }> => {
    const response = await fetch(`${baseUrl}${path}`, { method: 'POST', headers: { ...finance, 'content-type': 'application/json' }, body: JSON.stringify(body) });
    if (!response.ok) throw new Error(`POST ${path}: ${response.status} ${await response.text()}`);
    return (await response.json()) as { id: string };
  };
  const drafts = [];
  for (const engagement of engagements) drafts.push(await post('/api/invoices', { engagementId: engagement.id, service: 'diagnostic' }));
  await post(`/api/invoices/${drafts[0]?.id}/issue`, {});
}
