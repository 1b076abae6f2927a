/**
 * Where the user's notes are: `../shared/notes/study_Docker.md` beside the project (always there in
 * CI), else the fixture of the same shape that we wrote ourselves, so a clone elsewhere still tests.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export const USER_NOTES = resolve(process.cwd(), '../shared/notes/study_Docker.md');
export const FIXTURE_NOTES = resolve(process.cwd(), 'tests/fixtures/study_Docker.sample.md');

/** Path of the notes file the tests use. In CI the user's file is required. */
export function notesPath(): string {
	if (existsSync(USER_NOTES)) return USER_NOTES;
	if (process.env.CI) throw new Error(`CI must have the user's notes at ${USER_NOTES}`);
	return FIXTURE_NOTES;
}
