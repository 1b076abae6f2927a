/**
 * Valibot schemas of every field of every row. A validation's message is the id of its reason
 * (`backup_reason_…` in `messages/`), turned into a `BackupError` by `parse.ts`.
 */
import * as v from 'valibot';
import { State } from 'ts-fsrs';
import type {
	CardRow,
	DeckRow,
	MediaRow,
	QuizAttemptRow,
	ReviewLogRow,
	SettingRow
} from '../schema';
import { reviveLoose } from './export';
import { BACKUP_FORMAT, BACKUP_VERSION } from './types';

/** The calendar day in an ISO timestamp exists (JS `Date` silently turns 02-30 into 03-02). */
function realDay(iso: string): boolean {
	const [y, m, d] = iso.slice(0, 10).split('-').map(Number) as [number, number, number];
	return new Date(Date.UTC(y, m - 1, d)).getUTCDate() === d;
}

const isoDate = v.pipe(
	v.string(),
	v.isoTimestamp('backup_reason_iso_date'),
	v.check(realDay, 'backup_reason_real_date'),
	v.transform((s) => new Date(s))
);
const finite = v.pipe(v.number(), v.finite('backup_reason_finite'));
const count = v.pipe(
	v.number(),
	v.integer('backup_reason_whole_number'),
	v.minValue(0, 'backup_reason_whole_number')
);
const looseValue = v.pipe(v.unknown(), v.transform(reviveLoose));

const memoryEntries = {
	due: isoDate,
	stability: v.pipe(finite, v.minValue(0, 'backup_reason_negative')),
	difficulty: v.pipe(finite, v.minValue(0, 'backup_reason_negative')),
	elapsedDays: v.pipe(finite, v.minValue(0, 'backup_reason_negative')),
	scheduledDays: v.pipe(finite, v.minValue(0, 'backup_reason_negative')),
	learningSteps: count,
	reps: count,
	lapses: count,
	state: v.enum(State),
	lastReview: v.nullable(isoDate)
};
const memorySchema = v.strictObject(memoryEntries);
const queueSchema = v.picklist([0, 1, 2, -1, -2, -3]);

const deckSchema = v.strictObject({
	id: v.pipe(v.string(), v.nonEmpty('backup_reason_empty')),
	title: v.string(),
	origin: v.picklist(['bundled', 'import']),
	file: v.string(),
	sourceText: v.string(),
	createdAt: isoDate,
	updatedAt: isoDate
});

const cardSchema = v.strictObject({
	...memoryEntries,
	id: v.pipe(v.string(), v.nonEmpty('backup_reason_empty')),
	deckId: v.pipe(v.string(), v.nonEmpty('backup_reason_empty')),
	kind: v.picklist(['basic', 'reversed', 'cloze', 'typein', 'command']),
	front: v.string(),
	back: v.string(),
	topic: v.array(v.string()),
	context: v.optional(v.string()),
	clozeIndex: v.optional(v.pipe(count, v.minValue(1, 'backup_reason_below_one'))),
	command: v.optional(
		v.strictObject({
			template: v.string(),
			original: v.string(),
			slots: v.array(v.strictObject({ name: v.string(), label: v.string() }))
		})
	),
	tags: v.array(v.string()),
	source: v.strictObject({
		file: v.string(),
		line: count,
		endLine: v.optional(count)
	}),
	position: finite,
	queue: queueSchema,
	override: v.optional(
		v.strictObject({ front: v.optional(v.string()), back: v.optional(v.string()) })
	),
	suspended: v.optional(v.boolean()),
	buriedUntil: v.optional(isoDate)
});

const reviewLogSchema = v.strictObject({
	id: v.optional(v.pipe(count, v.minValue(1, 'backup_reason_below_one'))),
	cardId: v.pipe(v.string(), v.nonEmpty('backup_reason_empty')),
	deckId: v.string(),
	rating: v.picklist([1, 2, 3, 4]),
	reviewedAt: isoDate,
	origin: v.picklist(['review', 'quiz', 'drill']),
	stateBefore: memorySchema,
	stateAfter: memorySchema,
	queueBefore: queueSchema,
	elapsedDays: finite,
	scheduledDays: finite
});

const settingSchema = v.strictObject({
	key: v.pipe(v.string(), v.nonEmpty('backup_reason_empty')),
	value: looseValue
});

const quizAttemptSchema = v.strictObject({
	id: v.pipe(v.string(), v.nonEmpty('backup_reason_empty')),
	status: v.picklist(['running', 'submitted']),
	startedAt: isoDate,
	data: looseValue,
	score: v.optional(v.strictObject({ correct: count, total: count }))
});

/**
 * An image as written in the file: its row without the Blob, the bytes as base64 in `data`
 * (decoded and checked against `type`, `size` and `hash` by `parse.ts`).
 */
const mediaSchema = v.strictObject({
	hash: v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/, 'backup_reason_hash')),
	type: v.picklist(['image/png', 'image/jpeg', 'image/gif', 'image/webp', 'image/avif']),
	size: count,
	name: v.string(),
	addedAt: isoDate,
	data: v.string()
});

const dataEntries = {
	decks: v.array(deckSchema),
	cards: v.array(cardSchema),
	reviewLogs: v.array(reviewLogSchema),
	settings: v.array(settingSchema),
	quizAttempts: v.optional(v.array(quizAttemptSchema), () => [])
};

const head = {
	format: v.literal(BACKUP_FORMAT),
	exportedAt: isoDate,
	app: v.strictObject({ name: v.string(), version: v.string(), schemaVersion: count })
};

/** Format version 2: version 1 and the images (`data.media`). */
export const backupSchema = v.strictObject({
	...head,
	version: v.literal(BACKUP_VERSION),
	data: v.strictObject({ ...dataEntries, media: v.array(mediaSchema) })
});

/** Format version 1 (no images), as first shipped; `parseBackup` migrates it to version 2. */
export const backupSchemaV1 = v.strictObject({
	...head,
	version: v.literal(1),
	data: v.strictObject(dataEntries)
});

// Compile-time guard: a field added to a row type without a schema (or the reverse) fails here.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const _schemasMatchRows: [
	Same<v.InferOutput<typeof deckSchema>, DeckRow>,
	Same<v.InferOutput<typeof cardSchema>, CardRow>,
	Same<v.InferOutput<typeof reviewLogSchema>, ReviewLogRow>,
	Same<v.InferOutput<typeof settingSchema>, SettingRow>,
	Same<v.InferOutput<typeof quizAttemptSchema>, QuizAttemptRow>,
	Same<Omit<v.InferOutput<typeof mediaSchema>, 'data' | 'type'>, Omit<MediaRow, 'blob' | 'type'>>
] = [true, true, true, true, true, true];
void _schemasMatchRows;
