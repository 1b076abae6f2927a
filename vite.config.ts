import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { sveltekit } from '@sveltejs/kit/vite';
import { SvelteKitPWA } from '@vite-pwa/sveltekit';
import { defineConfig } from 'vitest/config';
import { bundledDeckPlugin } from './scripts/bundled-deck-plugin';
import { drillsPlugin } from './scripts/drills-plugin.js';

// Under Vitest only the Svelte plugin is needed; the i18n compiler (run by `npm run i18n` first)
// and the PWA plugin keep watchers open that stop Vitest from exiting.
const testing = Boolean(process.env.VITEST);

export default defineConfig({
	plugins: [
		!testing &&
			paraglideVitePlugin({
				project: './project.inlang',
				outdir: './src/lib/paraglide',
				strategy: ['localStorage', 'preferredLanguage', 'baseLocale']
			}),
		drillsPlugin(),
		bundledDeckPlugin(),
		sveltekit(),
		!testing &&
			SvelteKitPWA({
				registerType: 'prompt',
				injectRegister: false,
				strategies: 'generateSW',
				manifest: {
					id: '/',
					name: '도커 공부 — Study Docker',
					short_name: '도커 공부',
					description:
						'내 도커 공부 노트로 만드는 플래시카드, 시간제한 퀴즈, 명령어 연습 (오프라인).',
					lang: 'ko',
					start_url: '/',
					scope: '/',
					display: 'standalone',
					background_color: '#ffffff',
					theme_color: '#1d63ed',
					icons: [
						{ src: '/icon-192.png', sizes: '192x192', type: 'image/png' },
						{ src: '/icon-512.png', sizes: '512x512', type: 'image/png' },
						{
							src: '/icon-maskable-192.png',
							sizes: '192x192',
							type: 'image/png',
							purpose: 'maskable'
						},
						{
							src: '/icon-maskable-512.png',
							sizes: '512x512',
							type: 'image/png',
							purpose: 'maskable'
						}
					]
				},
				workbox: {
					globPatterns: [
						// wasm: the FSRS optimiser (fsrs-browser) works offline too.
						'client/**/*.{js,css,ico,png,svg,webp,woff,woff2,webmanifest,wasm}',
						'prerendered/**/*.html'
					],
					// Deep links carry their target in the query (`/review?deck=…`); the page itself is static.
					ignoreURLParametersMatching: [/.*/],
					// A waiting worker is announced and only activated when the learner accepts (never mid-review).
					skipWaiting: false,
					clientsClaim: false,
					navigateFallback: null
				},
				devOptions: { enabled: false }
			})
	],
	// The optimiser's worker (fsrs-browser) is an ES module with its own dynamic imports.
	worker: { format: 'es' },
	test: {
		include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts', 'scripts/**/*.test.ts'],
		environment: 'node',
		setupFiles: ['./tests/setup.ts'],
		expect: { requireAssertions: true },
		// Shared 2-core machines: slow property and big-input tests must not fail on a timeout.
		testTimeout: 60_000
	}
});
