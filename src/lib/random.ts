/**
 * The seeded random source lives in `$lib/core/random`. This path stays while modules outside
 * the app layers (the converter's test support, drill tests) still import it.
 */
export * from './core/random';
