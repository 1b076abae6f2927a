/** Bottom-navigation entries; `match` says which paths light the entry up. */
export interface NavItem {
	href: string;
	key: 'nav_home' | 'nav_review' | 'nav_quiz' | 'nav_drill' | 'nav_import' | 'nav_settings';
	icon: string;
}

export const NAV_ITEMS: NavItem[] = [
	{ href: '/', key: 'nav_home', icon: 'M3 11l9-8 9 8v10a1 1 0 0 1-1 1h-5v-7H9v7H4a1 1 0 0 1-1-1z' },
	{
		href: '/review',
		key: 'nav_review',
		icon: 'M4 5h12a2 2 0 0 1 2 2v12H6a2 2 0 0 1-2-2zM8 3h12a2 2 0 0 1 2 2v12'
	},
	{
		href: '/import',
		key: 'nav_import',
		icon: 'M12 3v12m0 0l-5-5m5 5l5-5M4 17v3h16v-3'
	},
	{
		href: '/settings',
		key: 'nav_settings',
		icon: 'M12 15a3 3 0 1 0 0-6 3 3 0 0 0 0 6zM19.4 15a1.7 1.7 0 0 0 .3 1.8l.1.1a2 2 0 1 1-2.8 2.8l-.1-.1a1.7 1.7 0 0 0-2.9 1.2V21a2 2 0 1 1-4 0v-.1A1.7 1.7 0 0 0 7 19.4l-.1.1a2 2 0 1 1-2.8-2.8l.1-.1A1.7 1.7 0 0 0 3 14H3a2 2 0 1 1 0-4h.1A1.7 1.7 0 0 0 4.6 7l-.1-.1a2 2 0 1 1 2.8-2.8l.1.1A1.7 1.7 0 0 0 10 3V3a2 2 0 1 1 4 0v.1a1.7 1.7 0 0 0 2.9 1.2l.1-.1a2 2 0 1 1 2.8 2.8l-.1.1A1.7 1.7 0 0 0 21 10h.1a2 2 0 1 1 0 4z'
	}
];

/** True when `pathname` belongs to the nav entry `href` (home only matches exactly). */
export function isActive(href: string, pathname: string): boolean {
	if (href === '/') return pathname === '/';
	return pathname === href || pathname.startsWith(href + '/');
}
