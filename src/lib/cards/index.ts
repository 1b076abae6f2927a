/**
 * The one card model: shapes, memory state, queue, state labels, the leech rule, the learner's
 * edit, deck ids. Imported by the converter's consumers, the database, scheduling, quizzes and
 * the build plugins alike. Depends on nothing of the app but `$lib/core` (and ts-fsrs's types).
 */
export type {
	CardContent,
	CardKind,
	CardOverride,
	CardPattern,
	CardRow,
	CommandItem,
	CommandSlot,
	NoteCard,
	NotesWarning,
	ParsedNotes,
	ShownCard,
	SourceRef
} from './types';
export {
	cloneMemoryState,
	fromFsrsCard,
	memoryOf,
	newMemoryState,
	toFsrsCard,
	type MemoryState
} from './memory';
export { QUEUE, queueOf, type QueueValue } from './queue';
export {
	CARD_STATE_FILTERS,
	QUEUE_OF_STATE,
	cardStateOf,
	type CardStateFilter,
	type CardStateLabel
} from './state';
export {
	APP_TAGS,
	LEECH_TAG,
	isLeechCard,
	mergedTags,
	withLeechTag,
	withoutLeechTag
} from './leech';
export { overrideFor, shownCard, shownText } from './text';
export { deckIdFor, type DeckOrigin } from './deck-id';
export { topicKey } from './topic';
export {
	MAX_IMAGE_BYTES,
	MEDIA_SCHEME,
	baseName,
	mediaHashOf,
	mediaUrl,
	resolveImageSrc,
	sniffImageType,
	type ImageSrc,
	type ImageType
} from './media';
