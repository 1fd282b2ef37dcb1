export * from './party-fields';
export * from './postal-address';
export * from './seller-identity';
export * from './commune-billing';
