export * from './schema';
export * from './decks';
export * from './queue';
export * from './memory';
export * from './review';
export * from './settings';
export * from './bundled';
export * from './errors';
export * from './cards';
// Backup (valibot schemas) and Anki export (Markdown rendering) are imported from their own
// modules ('$lib/db/backup', '$lib/db/anki') so screens that do not need them stay small.
