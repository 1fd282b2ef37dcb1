export * from './lib/dashboard.routes';
export * from './lib/ui/stage-colours';
