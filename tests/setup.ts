// Fake IndexedDB must be installed before Dexie is imported anywhere.
import 'fake-indexeddb/auto';
