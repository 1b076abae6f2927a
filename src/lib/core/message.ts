/**
 * A text for the learner, as the domain and services return it: a message id of
 * `messages/{ko,en}.json` and its parameters. Only the UI turns it into words (through
 * Paraglide), so code below the UI never carries Korean or English sentences.
 */

/** A parameter value: plain text, a number, or another message rendered in place. */
export type MessageParam = string | number | Message;

/** A message id (a key of `messages/ko.json`) and the values of its `{placeholders}`. */
export interface Message {
	key: string;
	params?: Record<string, MessageParam>;
}

/** Build a {@link Message}. */
export function msg(key: string, params?: Record<string, MessageParam>): Message {
	return params ? { key, params } : { key };
}

/** True when `value` is a {@link Message} (used where a field holds either text or a message). */
export function isMessage(value: unknown): value is Message {
	return (
		typeof value === 'object' &&
		value !== null &&
		typeof (value as { key?: unknown }).key === 'string'
	);
}
