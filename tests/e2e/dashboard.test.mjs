// The coördinator's dashboard in a real browser: a year of synthetic
// meldingen (leefbaar seed --meldingen), the SVG charts rendered (role="img"
// with a title, lines and bars drawn), the map after the beheerder loads
// the GeoJSON of the wijken, no console or CSP errors, no sideways
// scrolling of the page on a phone (charts and tables scroll in their own
// box), and screenshots at desktop and phone size in tests/e2e/out/.
//
//   LEEFBAAR_BIN=build/rel/leefbaar node --test tests/e2e/dashboard.test.mjs

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { ROOT } from './server.mjs';
import {
	startAll, stopAll, PHONE, openPage, login, assertNoHorizontalScroll, assertClean,
} from './steps.mjs';

const DESKTOP = { width: 1280, height: 900 };

let server;
let browser;
let outDir;

// The demo organisation and a year of meldingen, written beside the running server (WAL).
before(async () => ({ server, browser, outDir } = await startAll({
	seed: ['--meldingen', '4000', '--years', '1'],
})));
after(() => stopAll({ server, browser }));

async function loggedIn(email, viewport) {
	const opened = await openPage(browser, viewport);
	await login(opened.page, server.url, email);
	return opened;
}

async function assertCharts(page) {
	const charts = await page.evaluate(() => [...document.querySelectorAll('svg.chart-svg')].map((svg) => {
		const ids = (svg.getAttribute('aria-labelledby') || '').split(' ');
		const title = ids[0] ? document.getElementById(ids[0]) : null;
		const box = svg.getBoundingClientRect();
		return {
			role: svg.getAttribute('role'),
			title: title ? title.textContent : '',
			titleIsSvgTitle: title?.tagName === 'title',
			desc: ids[1] ? document.getElementById(ids[1])?.textContent || '' : '',
			lines: svg.querySelectorAll('polyline').length,
			dots: svg.querySelectorAll('circle').length,
			bars: svg.querySelectorAll('rect').length,
			width: box.width,
			height: box.height,
		};
	}));
	assert.equal(charts.length, 2, 'two charts: terms and meldingen per pillar');
	for (const c of charts) {
		assert.equal(c.role, 'img');
		assert.ok(c.titleIsSvgTitle && c.title.length > 10, `chart has an SVG <title>: "${c.title}"`);
		assert.ok(c.desc.length > 40, 'chart has a <desc>');
		assert.ok(c.width > 300 && c.height > 100, `chart is drawn at a readable size (${c.width}x${c.height})`);
	}
	assert.ok(charts[0].lines >= 3 && charts[0].dots >= 30, `term lines drawn (${charts[0].lines} lines, ${charts[0].dots} dots)`);
	assert.ok(charts[1].bars >= 40, `bars drawn (${charts[1].bars})`);
}

test('the coördinator\'s dashboard on a desktop: tiles, charts, heatmap, no errors', async () => {
	const { context, page, watch } = await loggedIn('coordinator@voorbeeld.example', DESKTOP);
	try {
		const response = await page.goto(`${server.url}/dashboard?periode=jaar`);
		assert.equal(response.status(), 200);
		assert.equal(await page.locator('h1').innerText(), 'Dashboard');
		assert.ok(await page.locator('a.tile').count() >= 8, 'tiles for the terms, doorlooptijd, late and open, dossiers');
		const pct = await page.locator('a.tile .tile-value').nth(1).innerText();
		assert.match(pct, /^\d{1,3},\d%$/, `a percentage the Dutch way: ${pct}`);
		await assertCharts(page);
		// The heatmap colours cells and writes the numbers in them.
		const heat = await page.locator('.heat-table td[class*="heat-"]').count();
		assert.ok(heat > 20, `heat cells (${heat})`);
		assert.ok(await page.locator('.heat-legend li').count() >= 3, 'a legend for the colours');
		// Every figure links to the list behind it.
		const href = await page.locator('a.tile').first().getAttribute('href');
		assert.match(href, /^\/meldingen\?status=alle&van=\d{4}-01-01&tot=\d{4}-12-31&peildatum=\d{4}-\d{2}-\d{2}$/);
		await page.screenshot({ path: path.join(outDir, 'dashboard-desktop.png'), fullPage: true });
		// The period picker works without script: a GET form.
		await page.selectOption('#periode', 'kwartaal');
		await Promise.all([page.waitForNavigation(), page.click('form.dashboard-filters button[type="submit"]')]);
		assert.match(page.url(), /periode=kwartaal/);
		assert.match(await page.locator('.lead').first().innerText(), /kwartaal/);
		await assertClean(watch, 'dashboard');
	} finally {
		await context.close();
	}
});

test('the dashboard on a phone: readable, the page itself does not scroll sideways', async () => {
	const { context, page, watch } = await loggedIn('coordinator@voorbeeld.example', PHONE);
	try {
		await page.goto(`${server.url}/dashboard?periode=jaar`);
		await assertCharts(page);
		await assertNoHorizontalScroll(page, PHONE);
		await page.screenshot({ path: path.join(outDir, 'dashboard-phone.png'), fullPage: true });
		await page.screenshot({ path: path.join(outDir, 'dashboard-phone-top.png') });
		await assertClean(watch, 'dashboard');
	} finally {
		await context.close();
	}
});

test('the map: the beheerder loads the wijken, the coördinator sees them coloured', async () => {
	const b = await loggedIn('beheerder@voorbeeld.example', DESKTOP);
	try {
		await b.page.goto(`${server.url}/beheer/kaart`);
		await b.page.setInputFiles('#bestand', path.join(ROOT, 'tests', 'http', 'kaart_voorbeeldstad.geojson'));
		await Promise.all([b.page.waitForNavigation(), b.page.click('main form button[type="submit"]')]);
		assert.match(await b.page.locator('main').innerText(), /De kaart is geladen/);
		assert.equal(await b.page.locator('svg.map-svg path').count(), 3);
		await assertClean(b.watch, 'loading the map');
	} finally {
		await b.context.close();
	}
	const { context, page, watch } = await loggedIn('coordinator@voorbeeld.example', DESKTOP);
	try {
		await page.goto(`${server.url}/dashboard/kaart?periode=jaar`);
		const map = page.locator('svg.map-svg');
		assert.equal(await map.getAttribute('role'), 'img');
		assert.equal(await map.locator('path').count(), 3);
		const fills = await map.locator('path').evaluateAll((ps) => ps.map((p) => p.getAttribute('fill')));
		assert.ok(fills.every((f) => /^#[0-9a-f]{6}$/.test(f)), `areas filled by heat class: ${fills}`);
		assert.ok(await map.locator('text').count() >= 6, 'names and numbers on the map');
		await page.screenshot({ path: path.join(outDir, 'dashboard-kaart-desktop.png'), fullPage: true });
		await page.setViewportSize(PHONE);
		await assertNoHorizontalScroll(page, PHONE, 'map page');
		await page.screenshot({ path: path.join(outDir, 'dashboard-kaart-phone.png'), fullPage: true });
		await assertClean(watch, 'the map');
	} finally {
		await context.close();
	}
});
