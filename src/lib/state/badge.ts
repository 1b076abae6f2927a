/**
 * The installed app's badge: the number of cards to study now (the home screen's "study all"
 * count: new + learning + review, daily limits applied). Badging API (W3C "Badging API",
 * `navigator.setAppBadge` / `clearAppBadge`); where it does not exist nothing happens.
 */

/** The part of `navigator` the badge uses (both methods are optional: not every browser has them). */
export interface BadgeNavigator {
	setAppBadge?: (contents?: number) => Promise<void>;
	clearAppBadge?: () => Promise<void>;
}

/**
 * Show `count` on the app badge, or clear it at 0.
 * @returns true when the badge was set or cleared; false when the API is missing or refused
 *   (e.g. NotAllowedError while the app is not installed) — never throws.
 */
export async function showDueBadge(
	count: number,
	nav: BadgeNavigator | undefined = typeof navigator === 'undefined'
		? undefined
		: (navigator as BadgeNavigator)
): Promise<boolean> {
	if (!nav?.setAppBadge) return false;
	try {
		if (count > 0) await nav.setAppBadge(Math.floor(count));
		else if (nav.clearAppBadge) await nav.clearAppBadge();
		else await nav.setAppBadge(0);
		return true;
	} catch {
		return false;
	}
}
