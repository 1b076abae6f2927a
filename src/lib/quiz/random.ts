/** The seeded random source lives in `$lib/random` (shared by quizzes, tests and benchmarks). */
export * from '../random';
