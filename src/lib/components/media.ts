/**
 * How card text gets the stored images it shows: the layout hands a {@link MediaSource} down
 * through Svelte's context (components never read the database), and `CardText` asks it for an
 * object URL per `<img data-media>` the renderer left without a `src`.
 */
import { getContext, setContext } from 'svelte';

/** Object URLs of stored images, counted per user so each is revoked when nobody shows it. */
export interface MediaSource {
	/**
	 * An object URL for the image with content hash `hash`, or null when it is not stored.
	 * Every call must be matched by one {@link MediaSource.release}.
	 */
	acquire(hash: string): Promise<string | null>;
	release(hash: string): void;
}

const KEY = Symbol('media-source');

/** Make `source` the media source of every component below the caller (the root layout). */
export function provideMedia(source: MediaSource): void {
	setContext(KEY, source);
}

/** The media source set by the layout, or null (e.g. a component rendered on its own). */
export function mediaSource(): MediaSource | null {
	return getContext<MediaSource | undefined>(KEY) ?? null;
}

/**
 * Give every `<img data-media>` inside `root` its object URL. Returns the cleanup that
 * releases them (call it when the HTML changes or the component goes away).
 */
export function attachMedia(root: HTMLElement, source: MediaSource | null): () => void {
	const images = [...root.querySelectorAll<HTMLImageElement>('img[data-media]')];
	if (!source || images.length === 0) return () => {};
	let live = true;
	const held: string[] = [];
	for (const img of images) {
		const hash = img.dataset.media ?? '';
		held.push(hash);
		void source.acquire(hash).then((url) => {
			if (!live) return;
			if (url) img.src = url;
			else img.dataset.missing = '';
		});
	}
	return () => {
		live = false;
		for (const hash of held) source.release(hash);
	};
}
