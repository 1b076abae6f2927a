import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// BUILD_DIR lets the update-flow test build a second version beside the first.
		adapter: adapter({
			pages: process.env.BUILD_DIR ?? 'build',
			assets: process.env.BUILD_DIR ?? 'build',
			strict: true
		}),
		// vite-plugin-pwa generates and owns the service worker; we register it with workbox-window.
		serviceWorker: { register: false },
		// Prerendered pages carry this policy in a <meta> tag; SvelteKit hashes its own inline
		// bootstrap script, and nothing else may run. Styles allow inline attributes (progress bars,
		// chart sizes); no third-party origin is allowed anywhere.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'worker-src': ['self'],
				'manifest-src': ['self'],
				'frame-src': ['none'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		},
		version: { name: process.env.APP_VERSION ?? process.env.npm_package_version ?? 'dev' },
		typescript: {
			config: (tsconfig) => {
				tsconfig.include.push(
					'../tests/**/*.ts',
					'../scripts/**/*.ts',
					'../bench/**/*.ts',
					'../vite.config.ts',
					'../playwright.config.ts'
				);
				return tsconfig;
			}
		}
	}
};

export default config;
