/**
 * Device preferences kept in localStorage (they must apply before the database opens):
 * the colour theme. The language is Paraglide's own (`localStorage` strategy).
 */
export type ThemeChoice = 'system' | 'light' | 'dark';
export const THEME_KEY = 'study-docker:theme';

/** Read the stored theme choice; anything unknown means `system`. */
export function readTheme(storage: Pick<Storage, 'getItem'> | undefined): ThemeChoice {
	const value = storage?.getItem(THEME_KEY);
	return value === 'light' || value === 'dark' ? value : 'system';
}

/** Apply a theme to the document root: `system` removes the override so the media query decides. */
export function applyTheme(root: HTMLElement, choice: ThemeChoice): void {
	if (choice === 'system') delete root.dataset.theme;
	else root.dataset.theme = choice;
}
