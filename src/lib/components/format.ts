/** Locale-aware formatting through Intl (no hand-written number or date formats in the UI). */

/** Bytes as KB/MB/GB in the given locale, e.g. `1.5 MB` / `1.5MB`. */
export function formatBytes(bytes: number, locale: string): string {
	const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
	let value = bytes;
	let unit = 0;
	while (value >= 1024 && unit < units.length - 1) {
		value /= 1024;
		unit++;
	}
	return new Intl.NumberFormat(locale, {
		style: 'unit',
		unit: units[unit],
		unitDisplay: 'short',
		maximumFractionDigits: value < 10 && unit > 0 ? 1 : 0
	}).format(value);
}
