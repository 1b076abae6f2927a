export * from './schema';
export * from './decks';
export * from './queue';
export * from './memory';
export * from './review';
export * from './settings';
export * from './bundled';
export * from './backup';
