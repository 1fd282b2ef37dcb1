export * from './lib/campaigns-api';
export * from './lib/campaigns-store';
export * from './lib/selected-campaign';
