import type { CommuneBilling, ProblemDetails, SellerSettings } from '@bep/contracts';
import { DEMO_SELLER_IDENTITY, demoCommuneBilling } from '@bep/server/core/database';
import type { MigratedDatabase } from '@bep/server/core/database/testing';
import { DEMO_ACCOUNT, type DemoApi, signIn, startDemoApi } from '@bep/server/core/test-api';
import { BillingParties } from './billing-parties';
import { BillingPartiesModule } from './billing-parties.module';

const GEMBLOUX = { nis: '92142', name: 'Gembloux', postalCode: '5030' };
const CINEY = { nis: '91030', name: 'Ciney', postalCode: '5590' };

const newIdentity = {
  name: 'BEP — Bureau Économique de la Province de Namur',
  address: { street: 'Avenue Sergent Vrithoff 2', postalCode: '5000', city: 'Namur' },
  enterpriseNumber: '0201.833.145',
  vatNumber: 'BE 0201 833 145',
  iban: 'be31 0910 0123 4555',
  bic: 'gkcc be bb',
  peppolEndpoint: '0208:0201833145',
  email: 'Comptabilite@BEP.demo',
  phone: '081 71 82 00',
};

const newGemblouxBilling = {
  address: { street: 'Administration communale, Parc d’Épinal 2', postalCode: '5030', city: 'Gembloux' },
  enterpriseNumber: '0209.214.251',
  vatNumber: null,
  peppolEndpoint: '0208:0209214251',
  buyerReference: ' BC-2026-118 ',
  email: 'Finances@Gembloux.demo',
};

describe('billing parties: the seller identity and the communes’ billing data', () => {
  let database: MigratedDatabase;
  let api: DemoApi;
  const headers = new Map<string, Record<string, string>>();

  async function call<T = unknown>(as: string, method: string, path: string, body?: unknown): Promise<{ status: number; body: T; contentType: string | null }> {
    const response = await fetch(`${api.baseUrl}${path}`, {
      method,
      headers: { ...headers.get(as), ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, body: (text ? JSON.parse(text) : null) as T, contentType: response.headers.get('content-type') };
  }

  async function auditOf(entityType: string, entityId: string): Promise<{ action: string; before: unknown; after: unknown; actor: string }[]> {
    return database.dataSource.query(
      `SELECT a."action", a."before", a."after", u."email" AS actor FROM "audit_entry" a JOIN "app_user" u ON u."id" = a."actor_user_id"
        WHERE a."entity_type" = $1 AND a."entity_id" = $2 ORDER BY a."id"`,
      [entityType, entityId],
    );
  }

  beforeAll(async () => {
    api = await startDemoApi('billing_parties', [BillingPartiesModule]);
    database = api.database;
    for (const role of ['manager', 'consultant', 'finance', 'admin'] as const) {
      headers.set(role, (await signIn(api.baseUrl, DEMO_ACCOUNT[role])).bearer);
    }
  });

  afterAll(() => api?.close());

  describe('seller identity', () => {
    it('is read by finance, administrators and managers, never by consultants', async () => {
      for (const role of ['finance', 'admin', 'manager']) {
        const read = await call<SellerSettings>(role, 'GET', '/api/settings/seller');
        expect(`${role}: ${read.status}`).toBe(`${role}: 200`);
        expect(read.body.identity).toEqual(DEMO_SELLER_IDENTITY);
      }
      expect((await call('consultant', 'GET', '/api/settings/seller')).status).toBe(403);
    });

    it('is replaced by finance, normalised as invoices print it and audited with the values before and after', async () => {
      const saved = await call<SellerSettings>('finance', 'PUT', '/api/settings/seller', newIdentity);
      expect(saved.status).toBe(200);
      const expected = {
        name: 'BEP — Bureau Économique de la Province de Namur',
        address: { street: 'Avenue Sergent Vrithoff 2', postalCode: '5000', city: 'Namur', countryCode: 'BE' },
        enterpriseNumber: '0201833145',
        vatNumber: 'BE0201833145',
        iban: 'BE31091001234555',
        bic: 'GKCCBEBB',
        peppolEndpoint: '0201833145',
        email: 'comptabilite@bep.demo',
        phone: '+3281718200',
      };
      expect(saved.body.identity).toEqual(expected);
      expect((await call<SellerSettings>('manager', 'GET', '/api/settings/seller')).body).toEqual(saved.body);

      // The same values again change nothing and write no audit entry.
      expect((await call('admin', 'PUT', '/api/settings/seller', newIdentity)).status).toBe(200);
      expect(await auditOf('setting', 'seller_identity')).toEqual([
        { action: 'update', actor: DEMO_ACCOUNT.finance, before: { identity: DEMO_SELLER_IDENTITY }, after: { identity: expected } },
      ]);

      const restored = await call<SellerSettings>('admin', 'PUT', '/api/settings/seller', DEMO_SELLER_IDENTITY);
      expect(restored.body.identity).toEqual(DEMO_SELLER_IDENTITY);
      expect(await auditOf('setting', 'seller_identity')).toHaveLength(2);
    });

    it('is changed by finance and administrators only', async () => {
      for (const role of ['manager', 'consultant']) {
        const refused = await call(role, 'PUT', '/api/settings/seller', newIdentity);
        expect(`${role}: ${refused.status}`).toBe(`${role}: 403`);
      }
    });

    it('refuses values that cannot go on an invoice with a 422 naming each field, and keeps what it had', async () => {
      const refused = await call<ProblemDetails>('finance', 'PUT', '/api/settings/seller', {
        ...newIdentity,
        address: { ...newIdentity.address, postalCode: '500' },
        enterpriseNumber: '0201.833.146',
        iban: 'BE32 0910 0123 4555',
        bic: 'GKCC',
        peppolEndpoint: '0208:123',
        email: 'comptabilite@',
      });
      expect(refused.status).toBe(422);
      expect(refused.contentType).toContain('application/problem+json');
      expect(refused.body.type).toBe('urn:bep:invalid-billing-data');
      expect(refused.body.errors?.map((error) => error.path).sort()).toEqual(['address.postalCode', 'bic', 'email', 'enterpriseNumber', 'iban', 'peppolEndpoint']);
      expect(refused.body.errors?.find((error) => error.path === 'iban')?.message).toContain('not a valid IBAN');

      const otherVat = await call<ProblemDetails>('finance', 'PUT', '/api/settings/seller', { ...newIdentity, vatNumber: 'BE0202239951' });
      expect(otherVat.status).toBe(422);
      expect(otherVat.body.errors?.map((error) => error.path)).toEqual(['vatNumber']);
      expect((await call<ProblemDetails>('finance', 'PUT', '/api/settings/seller', { name: 'BEP' })).status).toBe(422);

      expect((await call<SellerSettings>('finance', 'GET', '/api/settings/seller')).body.identity).toEqual(DEMO_SELLER_IDENTITY);
    });
  });

  describe("communes' billing data", () => {
    it('is read by managers, finance and administrators, never by consultants', async () => {
      for (const role of ['manager', 'finance', 'admin']) {
        const read = await call<CommuneBilling>(role, 'GET', `/api/communes/${CINEY.nis}/billing`);
        expect(`${role}: ${read.status}`).toBe(`${role}: 200`);
        expect(read.body).toMatchObject({ nis: CINEY.nis, communeName: 'Ciney', profile: { ...demoCommuneBilling(CINEY), updatedAt: expect.any(String) } });
      }
      expect((await call('consultant', 'GET', `/api/communes/${CINEY.nis}/billing`)).status).toBe(403);
    });

    it('is replaced by finance, normalised, and audited on the commune with the values before and after', async () => {
      const saved = await call<CommuneBilling>('finance', 'PUT', `/api/communes/${GEMBLOUX.nis}/billing`, newGemblouxBilling);
      expect(saved.status).toBe(200);
      const expected = {
        address: { street: 'Administration communale, Parc d’Épinal 2', postalCode: '5030', city: 'Gembloux', countryCode: 'BE' },
        enterpriseNumber: '0209214251',
        vatNumber: null,
        peppolEndpoint: '0209214251',
        buyerReference: 'BC-2026-118',
        email: 'finances@gembloux.demo',
      };
      expect(saved.body).toEqual({ nis: GEMBLOUX.nis, communeName: 'Gembloux', profile: { ...expected, updatedAt: expect.any(String) } });
      expect((await call<CommuneBilling>('manager', 'GET', `/api/communes/${GEMBLOUX.nis}/billing`)).body).toEqual(saved.body);
      expect((await call('admin', 'PUT', `/api/communes/${GEMBLOUX.nis}/billing`, newGemblouxBilling)).status).toBe(200);
      expect(await auditOf('commune', GEMBLOUX.nis)).toEqual([
        { action: 'update', actor: DEMO_ACCOUNT.finance, before: { billing: demoCommuneBilling(GEMBLOUX) }, after: { billing: expected } },
      ]);
    });

    it('is entered for a commune that had none, the audit saying there was none', async () => {
      await database.dataSource.query(`DELETE FROM "commune_billing_profile" WHERE "nis" = $1`, [CINEY.nis]);
      expect((await call<CommuneBilling>('manager', 'GET', `/api/communes/${CINEY.nis}/billing`)).body).toEqual({ nis: CINEY.nis, communeName: 'Ciney', profile: null });
      const entered = await call<CommuneBilling>('admin', 'PUT', `/api/communes/${CINEY.nis}/billing`, demoCommuneBilling(CINEY));
      expect(entered.status).toBe(200);
      expect(await auditOf('commune', CINEY.nis)).toEqual([{ action: 'update', actor: DEMO_ACCOUNT.admin, before: { billing: null }, after: { billing: demoCommuneBilling(CINEY) } }]);
    });

    it('is changed by finance and administrators only', async () => {
      for (const role of ['manager', 'consultant']) {
        const refused = await call(role, 'PUT', `/api/communes/${GEMBLOUX.nis}/billing`, newGemblouxBilling);
        expect(`${role}: ${refused.status}`).toBe(`${role}: 403`);
      }
    });

    it('refuses values that cannot go on an invoice with a 422 naming each field', async () => {
      const refused = await call<ProblemDetails>('finance', 'PUT', `/api/communes/${GEMBLOUX.nis}/billing`, {
        ...newGemblouxBilling,
        enterpriseNumber: '0209.214.252',
        vatNumber: 'BE0209214252',
        peppolEndpoint: 'gembloux',
        buyerReference: '  ',
        email: 'finances@',
        website: 'https://www.gembloux.be',
      });
      expect(refused.status).toBe(422);
      expect(refused.body.errors?.map((error) => error.path).sort()).toEqual(['', 'buyerReference', 'email', 'enterpriseNumber', 'peppolEndpoint', 'vatNumber']);
      expect(refused.body.errors?.find((error) => error.path === 'enterpriseNumber')?.message).toContain('not a valid enterprise number');
    });

    it('answers 404 for a commune that does not exist and 400 for a NIS code that is not one', async () => {
      expect((await call('finance', 'GET', '/api/communes/99999/billing')).status).toBe(404);
      expect((await call('finance', 'PUT', '/api/communes/99999/billing', newGemblouxBilling)).status).toBe(404);
      expect((await call('finance', 'GET', '/api/communes/gembl/billing')).status).toBe(400);
    });
  });

  describe('BillingParties, for issuing', () => {
    const parties = () => api.app.get(BillingParties);

    it('gives the seller and the buyer as the invoice document holds them', async () => {
      const manager = database.dataSource.manager;
      expect(await parties().seller(manager)).toEqual(DEMO_SELLER_IDENTITY);
      expect(await parties().buyer(manager, CINEY.nis)).toEqual({ nis: CINEY.nis, name: 'Ciney', ...demoCommuneBilling(CINEY) });
    });

    it('refuses with a 422 naming what is not configured', async () => {
      const manager = database.dataSource.manager;
      await database.dataSource.query(`DELETE FROM "commune_billing_profile" WHERE "nis" = $1`, [CINEY.nis]);
      await expect(parties().buyer(manager, CINEY.nis)).rejects.toMatchObject({
        status: 422,
        response: { type: 'urn:bep:billing-party-missing', detail: expect.stringContaining('Ciney (91030) has no billing data yet') },
      });
      await expect(parties().buyer(manager, '99999')).rejects.toMatchObject({ status: 404 });

      await database.dataSource.query(`UPDATE "app_setting" SET "value" = jsonb_set("value", '{iban}', '"BE00 1234"') WHERE "key" = 'seller_identity'`);
      await expect(parties().seller(manager)).rejects.toMatchObject({
        status: 422,
        response: { type: 'urn:bep:billing-party-missing', errors: [expect.objectContaining({ path: 'seller.iban' })] },
      });
      await database.dataSource.query(`DELETE FROM "app_setting" WHERE "key" = 'seller_identity'`);
      await expect(parties().seller(manager)).rejects.toMatchObject({
        status: 422,
        response: { type: 'urn:bep:billing-party-missing', detail: expect.stringContaining('not configured yet') },
      });
      expect((await call<SellerSettings>('finance', 'GET', '/api/settings/seller')).body).toEqual({ identity: null, updatedAt: null });

      const entered = await call<SellerSettings>('finance', 'PUT', '/api/settings/seller', DEMO_SELLER_IDENTITY);
      expect(entered.status).toBe(200);
      expect(await parties().seller(manager)).toEqual(DEMO_SELLER_IDENTITY);
      expect((await auditOf('setting', 'seller_identity')).at(-1)).toMatchObject({ action: 'create', before: null });
    });
  });
});
