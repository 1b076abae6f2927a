/**
 * Renders static/favicon.svg into the PNG icons the manifest and iOS need, with headless Chromium.
 * Run by hand after changing the SVG: `npx tsx scripts/make-icons.ts`. The PNGs are committed.
 */
import { chromium } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';

const svg = readFileSync('static/favicon.svg', 'utf8');
const executablePath =
	process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

const targets = [
	{ file: 'static/icon-192.png', size: 192, maskable: false },
	{ file: 'static/icon-512.png', size: 512, maskable: false },
	{ file: 'static/icon-maskable-192.png', size: 192, maskable: true },
	{ file: 'static/icon-maskable-512.png', size: 512, maskable: true },
	{ file: 'static/apple-touch-icon.png', size: 180, maskable: true }
];

const browser = await chromium.launch({ executablePath, args: ['--no-sandbox'] });
const page = await browser.newPage();
for (const t of targets) {
	await page.setViewportSize({ width: t.size, height: t.size });
	// Maskable icons: full-bleed background, artwork inside the 80 % safe zone.
	const inner = t.maskable
		? `<div style="width:${t.size}px;height:${t.size}px;background:#1d63ed;display:grid;place-items:center"><div style="width:${t.size * 0.8}px;height:${t.size * 0.8}px">${svg.replace('rx="112"', 'rx="0"')}</div></div>`
		: `<div style="width:${t.size}px;height:${t.size}px">${svg}</div>`;
	await page.setContent(
		`<style>html,body{margin:0;background:transparent}svg{width:100%;height:100%;display:block}</style>${inner}`
	);
	await page.screenshot({ path: t.file, omitBackground: !t.maskable });
}
await browser.close();
