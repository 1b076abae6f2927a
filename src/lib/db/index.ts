/**
 * The database layer: one Dexie schema and the repository functions over its tables. Only the
 * services (`$lib/services`) call these. Backup is imported from `$lib/db/backup` so screens that
 * do not need its validation schemas stay small.
 */
export * from './schema';
export * from './decks';
export * from './queue';
export * from './review';
export * from './settings';
export * from './bundled';
export * from './errors';
export * from './cards';
export * from './quiz-attempts';
export * from './media';
// Card-model names still imported from the database layer by the drill state modules; new code
// imports them from `$lib/cards`.
export { memoryOf, queueOf } from '$lib/cards';
export { deckIdFor } from '$lib/cards';
