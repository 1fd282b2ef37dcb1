export * from './lib/campaigns.routes';
export * from './lib/switcher/campaign-switcher';
