export * from './sending-window';
export * from './reminder-rules';
export * from './reminder-plan';
