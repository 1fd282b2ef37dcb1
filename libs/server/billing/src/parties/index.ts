export * from './billing-parties.module';
export { BillingParties, BILLING_PARTY_MISSING } from './billing-parties';
