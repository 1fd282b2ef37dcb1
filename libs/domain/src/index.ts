export * from './stages/stages';
export * from './communes/nis-code';
