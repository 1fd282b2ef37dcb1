export * from './lib/move-note/move-note-prompt';
export * from './lib/move-confirmation/move-confirmation';
