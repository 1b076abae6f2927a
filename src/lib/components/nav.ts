/** Bottom-navigation entries; `match` says which paths light the entry up. */
export interface NavItem {
	href: string;
	key:
		| 'nav_home'
		| 'nav_review'
		| 'nav_quiz'
		| 'nav_drill'
		| 'nav_stats'
		| 'nav_cards'
		| 'nav_import'
		| 'nav_settings';
	icon: string;
}

const ICONS = {
	home: 'M3 11l9-8 9 8v10a1 1 0 0 1-1 1h-5v-7H9v7H4a1 1 0 0 1-1-1z',
	review: 'M4 5h12a2 2 0 0 1 2 2v12H6a2 2 0 0 1-2-2zM8 3h12a2 2 0 0 1 2 2v12',
	quiz: 'M12 22a10 10 0 1 0 0-20 10 10 0 0 0 0 20zM12 6v6l4 2',
	drill: 'M4 17l6-6-6-6M12 19h8',
	stats: 'M4 20V10M10 20V4M16 20v-8M22 20H2',
	cards:
		'M3 7a2 2 0 0 1 2-2h10a2 2 0 0 1 2 2v12a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2zM7 3h12a2 2 0 0 1 2 2v12M7 10h6M7 14h4',
	import: 'M12 3v12m0 0l-5-5m5 5l5-5M4 17v3h16v-3',
	settings:
		'M12 15a3 3 0 1 0 0-6 3 3 0 0 0 0 6zM19.4 15a1.7 1.7 0 0 0 .3 1.8l.1.1a2 2 0 1 1-2.8 2.8l-.1-.1a1.7 1.7 0 0 0-2.9 1.2V21a2 2 0 1 1-4 0v-.1A1.7 1.7 0 0 0 7 19.4l-.1.1a2 2 0 1 1-2.8-2.8l.1-.1A1.7 1.7 0 0 0 3 14H3a2 2 0 1 1 0-4h.1A1.7 1.7 0 0 0 4.6 7l-.1-.1a2 2 0 1 1 2.8-2.8l.1.1A1.7 1.7 0 0 0 10 3V3a2 2 0 1 1 4 0v.1a1.7 1.7 0 0 0 2.9 1.2l.1-.1a2 2 0 1 1 2.8 2.8l-.1.1A1.7 1.7 0 0 0 21 10h.1a2 2 0 1 1 0 4z'
};

/** Bottom navigation (phones) / side links: the study activities. */
export const NAV_ITEMS: NavItem[] = [
	{ href: '/', key: 'nav_home', icon: ICONS.home },
	{ href: '/review', key: 'nav_review', icon: ICONS.review },
	{ href: '/quiz', key: 'nav_quiz', icon: ICONS.quiz },
	{ href: '/drill', key: 'nav_drill', icon: ICONS.drill },
	{ href: '/stats', key: 'nav_stats', icon: ICONS.stats }
];

/** Header links: managing notes and the app. */
export const HEADER_ITEMS: NavItem[] = [
	{ href: '/cards', key: 'nav_cards', icon: ICONS.cards },
	{ href: '/import', key: 'nav_import', icon: ICONS.import },
	{ href: '/settings', key: 'nav_settings', icon: ICONS.settings }
];

/** True when `pathname` belongs to the nav entry `href` (home only matches exactly). */
export function isActive(href: string, pathname: string): boolean {
	if (href === '/') return pathname === '/';
	return pathname === href || pathname.startsWith(href + '/');
}
