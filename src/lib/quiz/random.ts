/** The seeded random source lives in `$lib/core/random` (shared by quizzes, tests and benchmarks). */
export * from '$lib/core/random';
