// The public start page in a real browser: the page, its stylesheet, the
// keyboard path to "Overlast melden", no console errors or CSP violations,
// and screenshots at phone and desktop size in tests/e2e/out/.
//
//   LEEFBAAR_BIN=build/rel/leefbaar node --test tests/e2e/

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import {
	startAll, stopAll, PHONE, DESKTOP, openPage, assertNoHorizontalScroll, assertClean,
} from './steps.mjs';

const SMALL_PHONE = { width: 360, height: 740 };

let server;
let browser;
let outDir;

before(async () => ({ server, browser, outDir } = await startAll({ seed: null })));
after(() => stopAll({ server, browser }));

/** Opens path in a fresh context of the given size; returns page, response, watcher. */
async function open(urlPath, viewport) {
	const { context, page, watch } = await openPage(browser, viewport);
	const response = await page.goto(server.url + urlPath, { waitUntil: 'load' });
	return { context, page, response, watch };
}

async function assertStyled(page) {
	const style = await page.evaluate(() => {
		const root = getComputedStyle(document.documentElement);
		const body = getComputedStyle(document.body);
		const sheets = [...document.styleSheets].map((s) => s.href || '(inline)');
		return {
			primary: root.getPropertyValue('--color-primary').trim(),
			fontFamily: body.fontFamily,
			fontSize: parseFloat(body.fontSize),
			sheets,
		};
	});
	assert.ok(style.sheets.some((h) => /\/static\/style\.css(\?|$)/.test(h)),
		`style.css linked (sheets: ${style.sheets.join(', ')})`);
	assert.equal(style.primary, '#00594f', 'the stylesheet applied (--color-primary set)');
	assert.doesNotMatch(style.fontFamily, /^("?Times|serif)/i, `body font is not the default serif: ${style.fontFamily}`);
	assert.ok(style.fontSize >= 16, `body text at least 16px (got ${style.fontSize}px)`);
}

test('start page on a phone: content, style, keyboard, no errors', async () => {
	const { context, page, response, watch } = await open('/', PHONE);
	try {
		assert.equal(response.status(), 200);
		const headers = response.headers();
		assert.match(headers['content-type'] || '', /^text\/html/);
		assert.ok(headers['content-security-policy'], 'the page carries a Content-Security-Policy');

		assert.match(await page.title(), /Leefbaar/);
		assert.equal(await page.getAttribute('html', 'lang'), 'nl');
		assert.equal(await page.locator('main#inhoud').count(), 1);
		assert.equal(await page.locator('h1').count(), 1, 'exactly one h1');
		await assertStyled(page);
		await assertNoHorizontalScroll(page, PHONE);

		// The main action: visible without scrolling, big enough to tap.
		const melden = page.locator('main a[href="/melden"]').first();
		assert.ok(await melden.isVisible(), 'link to /melden visible');
		assert.match((await melden.innerText()).trim(), /Overlast melden/);
		const box = await melden.boundingBox();
		assert.ok(box.y + box.height <= PHONE.height, `"Overlast melden" above the fold (bottom at ${box.y + box.height}px)`);
		assert.ok(box.height >= 44, `touch target at least 44px high (got ${box.height}px)`);

		// The promises are on the page.
		const text = await page.locator('main').innerText();
		for (const phrase of ['Wat gebeurt er met uw melding?', '2 werkdagen', '10 werkdagen', '5 werkdagen', '112', '0900-8844'])
			assert.ok(text.includes(phrase), `start page mentions "${phrase}"`);
		assert.equal(await page.locator('a[href="/login"]').first().isVisible(), true, 'staff can find the login');

		// Keyboard: the first Tab lands on a visible skip link.
		await page.keyboard.press('Tab');
		const first = await page.evaluate(() => {
			const el = document.activeElement;
			const r = el.getBoundingClientRect();
			return {
				text: el.textContent.trim(),
				href: el.getAttribute('href'),
				visible: r.width > 1 && r.height > 1 && r.top >= 0 && r.bottom <= innerHeight,
			};
		});
		assert.equal(first.text, 'Naar de inhoud');
		assert.equal(first.href, '#inhoud');
		assert.ok(first.visible, 'skip link visible when focused');
		await page.screenshot({ path: path.join(outDir, 'landing-phone-skiplink.png') });

		// Following it moves focus to the main content.
		await page.keyboard.press('Enter');
		assert.equal(await page.evaluate(() => document.activeElement?.id), 'inhoud');

		// From there Tab reaches "Overlast melden", with a visible focus ring.
		let reached = null;
		for (let i = 0; i < 10 && !reached; i++) {
			await page.keyboard.press('Tab');
			reached = await page.evaluate(() => {
				const el = document.activeElement;
				if (el?.getAttribute('href') !== '/melden')
					return null;
				const s = getComputedStyle(el);
				return { outlineStyle: s.outlineStyle, outlineWidth: parseFloat(s.outlineWidth) };
			});
		}
		assert.ok(reached, '"Overlast melden" reachable with Tab');
		assert.notEqual(reached.outlineStyle, 'none', 'focus is visible');
		assert.ok(reached.outlineWidth >= 3, `focus outline at least 3px (got ${reached.outlineWidth}px)`);
		await page.screenshot({ path: path.join(outDir, 'landing-phone-focus.png') });

		await page.keyboard.press('Shift+Tab'); // leave no focus ring in the full-page shot
		await page.evaluate(() => document.activeElement?.blur());
		await page.screenshot({ path: path.join(outDir, 'landing-phone.png'), fullPage: true });

		await assertClean(watch, 'the start page');
	} finally {
		await context.close();
	}
});

test('start page on a small phone (360px) does not scroll sideways', async () => {
	const { context, page, watch } = await open('/', SMALL_PHONE);
	try {
		await assertNoHorizontalScroll(page, SMALL_PHONE);
		assert.ok(await page.locator('main a[href="/melden"]').first().isVisible());
		await page.screenshot({ path: path.join(outDir, 'landing-360.png'), fullPage: true });
		await assertClean(watch, 'the start page on a small phone');
	} finally {
		await context.close();
	}
});

test('start page on a desktop', async () => {
	const { context, page, response, watch } = await open('/', DESKTOP);
	try {
		assert.equal(response.status(), 200);
		await assertStyled(page);
		await assertNoHorizontalScroll(page, DESKTOP);
		const melden = page.locator('main a[href="/melden"]').first();
		assert.ok(await melden.isVisible());
		const box = await melden.boundingBox();
		assert.ok(box.y + box.height <= DESKTOP.height, '"Overlast melden" above the fold');
		await page.screenshot({ path: path.join(outDir, 'landing-desktop.png'), fullPage: true });
		await assertClean(watch, 'the start page');
	} finally {
		await context.close();
	}
});

test('stylesheet is served as CSS', async () => {
	const { context, page } = await open('/', DESKTOP);
	try {
		const href = await page.getAttribute('link[rel="stylesheet"]', 'href');
		assert.match(href, /^\/static\/style\.css(\?v=.+)?$/);
		const res = await page.request.get(server.url + href);
		assert.equal(res.status(), 200);
		assert.match(res.headers()['content-type'] || '', /^text\/css/);
	} finally {
		await context.close();
	}
});

test('an unknown page shows the Dutch error page in the layout', async () => {
	const { context, page, response, watch } = await open('/bestaat-niet', PHONE);
	try {
		assert.equal(response.status(), 404);
		assert.match(await page.title(), /Leefbaar/);
		await assertStyled(page);
		assert.ok(await page.locator('main h1').isVisible(), 'a heading');
		assert.ok(await page.locator('main a[href="/"]').first().isVisible(), 'a link back home');
		await page.screenshot({ path: path.join(outDir, 'error-404-phone.png'), fullPage: true });
		await assertClean(watch, 'the 404 page', /status of 404/);
	} finally {
		await context.close();
	}
});

test('the server stops cleanly on SIGTERM', async () => {
	await browser.close();
	browser = null;
	const code = await server.stop();
	assert.equal(code, 0, `exit code after SIGTERM\n${server.output()}`);
});
