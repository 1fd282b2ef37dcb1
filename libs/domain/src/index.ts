export * from './stages/stages';
export * from './communes/nis-code';
export * from './stages/transitions';
