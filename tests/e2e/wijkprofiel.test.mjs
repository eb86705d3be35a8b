// The wijkprofiel in a real browser (issue 18, points 1 and 2): the
// beheerder reads in the Leefbaarometer table (docs/leefbaarometer-
// voorbeeld.csv) through /beheer/leefbaarometer; a tenant reports in
// Centrum; the coördinator opens "Wijken" from the menu, then Centrum, and
// sees the own figures (this year's melding counted, in a chart and a
// table) with the Leefbaarometer's class, label and trend right after
// them. At 1280 and 390 px; screenshots in tests/e2e/out/wijkprofiel-*;
// no console or CSP errors, no sideways scrolling on the phone.
//
//   LEEFBAAR_BIN=build/rel/leefbaar node --test tests/e2e/wijkprofiel.test.mjs

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
	startAll, stopAll, PHONE, DESKTOP, openPage, login, reportMelding, assertNoHorizontalScroll, assertClean,
} from './steps.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const SAMPLE = path.join(ROOT, 'docs', 'leefbaarometer-voorbeeld.csv');

let server;
let browser;
let outDir;

before(async () => ({ server, browser, outDir } = await startAll()));
after(() => stopAll({ server, browser }));

test('the beheerder reads in the Leefbaarometer; the coördinator sees it beside the own figures of Centrum', async () => {
	// The table, as the beheerder reads it in.
	{
		const { context, page, watch } = await openPage(browser, DESKTOP);
		try {
			await login(page, server.url, 'beheerder@voorbeeld.example');
			await page.goto(`${server.url}/beheer/leefbaarometer`);
			await page.getByLabel('CSV-bestand met scores').setInputFiles(SAMPLE);
			await Promise.all([page.waitForNavigation(), page.getByRole('button', { name: 'Inlezen' }).click()]);
			assert.match(page.url(), /\/beheer\/leefbaarometer\?ingelezen=\d+$/, 'the file is read in');
			assert.match(await page.locator('main').innerText(), /leefbaarometer-voorbeeld\.csv is ingelezen: \d+ regels/);
			await assertClean(watch, 'the Leefbaarometer upload');
		} finally {
			await context.close();
		}
	}

	// Something of this year to count: a tenant's melding at Kerkstraat 5 (Binnenstad, Centrum).
	const ref = await reportMelding(server.url, {
		categorie: 'geluid', omschrijving: 'Elke nacht harde muziek bij de buren.', postcode: '9991 AA',
		huisnummer: 5, anoniem: true,
	});
	assert.match(ref, /^M-\d{4}-\d+$/);

	for (const [name, viewport] of [['desktop', DESKTOP], ['phone', PHONE]]) {
		const { context, page, watch } = await openPage(browser, viewport);
		try {
			await login(page, server.url, 'coordinator@voorbeeld.example');
			if (viewport === DESKTOP) {
				await Promise.all([page.waitForNavigation(), page.getByRole('link', { name: 'Wijken', exact: true }).first().click()]);
			} else {
				await page.goto(`${server.url}/wijken`);
			}
			assert.equal(new URL(page.url()).pathname, '/wijken');
			await Promise.all([page.waitForNavigation(), page.getByRole('link', { name: 'Centrum', exact: true }).click()]);
			assert.equal(new URL(page.url()).pathname, '/wijken/WK999901');
			await assert.doesNotReject(page.getByRole('heading', { level: 1, name: /Wijkprofiel Centrum/ }).waitFor());

			// Own figures: a chart and its table, this year's melding among them.
			const own = page.locator('#meldingen');
			await own.waitFor();
			const section = page.locator('section', { has: page.locator('#meldingen') }).first();
			assert.ok(await section.locator('svg').count() > 0, `${name}: the own figures have a chart`);
			assert.ok(await section.locator('table').count() > 0, `${name}: and a table`);

			// The Leefbaarometer: class, label and trend, right after the own figures.
			const lbm = page.locator('#lbm-kop');
			await lbm.waitFor();
			const text = await page.locator('section', { has: lbm }).first().innerText();
			assert.match(text, /Laatste meting \(2024\)/, `${name}: the latest measurement`);
			assert.match(text, /zeer onvoldoende|ruim onvoldoende|onvoldoende|zwak|voldoende|ruim voldoende|goed|zeer goed|uitstekend/,
				`${name}: a class label`);
			assert.match(text, /beter|slechter|gelijk/, `${name}: a trend in words`);
			const order = await page.evaluate(() => {
				const m = document.getElementById('meldingen'), l = document.getElementById('lbm-kop');
				return m.compareDocumentPosition(l) & Node.DOCUMENT_POSITION_FOLLOWING;
			});
			assert.ok(order, `${name}: the Leefbaarometer follows the own figures`);
			const between = await page.evaluate(() => {
				const hs = [...document.querySelectorAll('main h2')].map((h) => h.id);
				return hs.indexOf('lbm-kop') - hs.indexOf('meldingen');
			});
			assert.ok(between >= 1 && between <= 2, `${name}: right after them, not pages further (${between} headings)`);

			if (viewport === PHONE)
				await assertNoHorizontalScroll(page, PHONE, 'the wijkprofiel');
			await page.screenshot({ path: path.join(outDir, `wijkprofiel-${name}.png`), fullPage: true });
			await assertClean(watch, `the wijkprofiel at ${name} width`);
		} finally {
			await context.close();
		}
	}
});
