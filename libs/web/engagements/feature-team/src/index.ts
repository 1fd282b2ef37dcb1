export * from './lib/team-dialog/team-dialog';
