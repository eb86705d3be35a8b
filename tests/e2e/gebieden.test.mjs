// The beheerder loads the example area and address files of docs/voorbeeld/
// in /beheer/gebieden on a phone: upload, the preview with its counts and
// first rows, the confirmation, the result; a Latin-1 file refused with its
// line. No console or CSP errors, no sideways scrolling; screenshots in
// tests/e2e/out/gebieden-*.png.
//
//   LEEFBAAR_BIN=build/rel/leefbaar node --test tests/e2e/gebieden.test.mjs

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ROOT } from './server.mjs';
import {
	startAll, stopAll, PHONE, openPage, login, assertNoHorizontalScroll, assertClean,
} from './steps.mjs';

let server;
let browser;
let outDir;

// The demo organisation (with its 344 addresses), with the test's fast password hashing.
before(async () => ({ server, browser, outDir } = await startAll()));
after(() => stopAll({ server, browser }));

/** Chooses the kind and the file, and asks for the check; resolves when the preview is there. */
async function upload(page, kindLabel, file) {
	await page.getByLabel(kindLabel).check();
	await page.getByLabel('CSV-bestand').setInputFiles(file);
	await Promise.all([
		page.waitForNavigation(),
		page.getByRole('button', { name: 'Bestand controleren' }).click(),
	]);
}

/** The value next to a term in the preview's summary list. */
async function summary(page, term) {
	return (await page.locator('dl.summary-list > div', { has: page.locator('dt', { hasText: term }) })
		.locator('dd').innerText()).trim();
}

test('the beheerder loads the areas and the address register, checking first', async () => {
	const { context, page, watch } = await openPage(browser, PHONE);
	try {
		await login(page, server.url, 'beheerder@voorbeeld.example');

		// From the beheer start page to Gebieden.
		await page.goto(`${server.url}/beheer`);
		await Promise.all([page.waitForNavigation(), page.getByRole('link', { name: /Gebieden/ }).first().click()]);
		assert.equal(new URL(page.url()).pathname, '/beheer/gebieden');
		assert.equal(await page.locator('h1').innerText(), 'Gebieden');
		const main = await page.locator('main').innerText();
		for (const text of ['Centrum', 'Stationskwartier', 'Complex De Akkers (flats)', 'BU99990202', '344'])
			assert.ok(main.includes(text), `the page shows ${text}`);
		await assertNoHorizontalScroll(page, PHONE);
		await page.screenshot({ path: path.join(outDir, 'gebieden-phone.png'), fullPage: true });

		// The areas first: two new ones (a buurt and a complex).
		await upload(page, /^Gebieden: wijken, buurten en complexen/, path.join(ROOT, 'docs/voorbeeld/gebieden.csv'));
		assert.equal(await page.locator('h1').innerText(), 'Controle van het gebiedenbestand');
		assert.equal(await summary(page, 'Nieuw'), '2');
		assert.equal(await summary(page, 'Ongewijzigd'), '10');
		await Promise.all([page.waitForNavigation(), page.getByRole('button', { name: 'Inlezen en opslaan' }).click()]);
		assert.match(await page.locator('.flash').innerText(), /Het gebiedenbestand is ingelezen: toegevoegd 2, bijgewerkt 0/);
		assert.ok((await page.locator('main').innerText()).includes('Museumkwartier'));

		// Then the address register: the preview says what would happen, and stores nothing yet.
		await upload(page, /^Adressen: het adressenbestand/, path.join(ROOT, 'docs/voorbeeld/adressen.csv'));
		assert.equal(await page.locator('h1').innerText(), 'Controle van het adressenbestand');
		assert.equal(await summary(page, 'Rijen in het bestand'), '368');
		assert.equal(await summary(page, 'Nieuw'), '25');
		assert.equal(await summary(page, 'Bijgewerkt'), '16');
		assert.match(await summary(page, 'niet meer in het bestand'), /^1\b/);
		const rows = page.locator('table tbody tr');
		assert.equal(await rows.count(), 10, 'the first 10 rows');
		assert.match(await rows.first().innerText(), /Kerkstraat 1/);
		await assertNoHorizontalScroll(page, PHONE);
		await page.screenshot({ path: path.join(outDir, 'gebieden-preview-phone.png'), fullPage: true });
		await page.screenshot({ path: path.join(outDir, 'gebieden-preview-phone-top.png') });

		await Promise.all([page.waitForNavigation(), page.getByRole('button', { name: 'Inlezen en opslaan' }).click()]);
		assert.equal(new URL(page.url()).pathname, '/beheer/gebieden');
		assert.match(await page.locator('.flash').innerText(),
			/Het adressenbestand is ingelezen: toegevoegd 25, bijgewerkt 16, ontbreekt 1, meldingen geplaatst 0/);
		assert.match(await page.locator('main').innerText(), /369 adressen\. Met de markering ‘ontbreekt’, omdat ze niet in het laatst ingelezen bestand stonden: 1\./);
		await page.screenshot({ path: path.join(outDir, 'gebieden-ingelezen-phone.png') });

		await assertClean(watch, 'loading the files');
	} finally {
		await context.close();
	}
});

test('a file from an old Excel (Latin-1) is refused with its line', async () => {
	const { context, page, watch } = await openPage(browser, PHONE);
	const file = path.join(server.dir, 'adressen-latin1.csv');
	await writeFile(file, Buffer.concat([
		Buffer.from('postcode;huisnummer;toevoeging;straat;woonplaats;buurt;complex;bag_id\r\n' +
			'9991 AA;1;;Kerkstraat;Voorbeeldstad;BU99990101;;\r\n'),
		Buffer.from('9991 AA;2;;Caf\xe9straat;Voorbeeldstad;BU99990101;;\r\n', 'latin1'),
	]));
	try {
		await login(page, server.url, 'beheerder@voorbeeld.example');
		await page.goto(`${server.url}/beheer/gebieden`);
		await upload(page, /^Adressen: het adressenbestand/, file);
		assert.match(await page.locator('.error-summary').first().innerText(), /Dit bestand is niet ingelezen/);
		assert.match(await page.locator('#fouten').innerText(), /Regel 3: het bestand is geen UTF-8/);
		assert.equal(await page.getByRole('button', { name: 'Inlezen en opslaan' }).count(), 0);
		// The form to try again is right there, with the kind still chosen.
		assert.ok(await page.getByLabel(/^Adressen: het adressenbestand/).isChecked());
		await assertNoHorizontalScroll(page, PHONE);
		await page.screenshot({ path: path.join(outDir, 'gebieden-fout-phone.png'), fullPage: true });
		await assertClean(watch, 'a Latin-1 file', /status of 422/);
	} finally {
		await context.close();
	}
});
