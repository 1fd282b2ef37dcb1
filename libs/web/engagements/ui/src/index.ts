export * from './lib/move-note/move-note-prompt';
