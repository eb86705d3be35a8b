// A melding end to end in a real browser: a huurder on a phone files one
// with a photo and opens the private status link; a sociaal beheerder logs
// in, finds it in the list, confirms it and answers; the status page then
// shows the answer. No console or CSP errors anywhere; screenshots of the
// phone form, the staff list and the detail page in tests/e2e/out/.
//
//   LEEFBAAR_BIN=build/rel/leefbaar node --test tests/e2e/melding.test.mjs

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import {
	startAll, stopAll, PHONE, DESKTOP, JPEG, openPage, login, reportMelding,
	assertNoHorizontalScroll, assertClean,
} from './steps.mjs';

// The public form refuses what is sent faster than this (config default).
const MIN_FILL_MS = 3200;

let server;
let browser;
let outDir;

// The demo organisation (areas, the address register, a user per role).
before(async () => ({ server, browser, outDir } = await startAll()));
after(() => stopAll({ server, browser }));

test('a huurder reports with a photo on a phone; the team confirms and answers; the status page shows it', async () => {
	const huurder = await openPage(browser, PHONE);
	const staff = await openPage(browser, DESKTOP);
	const answer = 'Wij hebben met uw buren gesproken. Zij zetten de muziek na 22.00 uur zachter. ' +
		'Hoort u het toch weer, meld het dan opnieuw.';
	try {
		// 1. The huurder fills in the public form on a phone.
		const { page } = huurder;
		const loaded = Date.now();
		const res = await page.goto(`${server.url}/melden`);
		assert.equal(res.status(), 200);
		await page.getByLabel('1. Wat is er gebeurd?').fill('Elke nacht harde muziek bij de bovenburen, tot na 2 uur.');
		await page.getByLabel('2. Waar gaat het over?').selectOption('geluid');
		await page.getByLabel('3. Wanneer was het?').fill('Afgelopen vrijdag en zaterdag');
		await page.getByLabel('Postcode').fill('9991 aa');
		await page.getByLabel('Huisnummer').fill('12');
		await page.locator('#bijlagen').setInputFiles({ name: 'muziek.jpg', mimeType: 'image/jpeg', buffer: JPEG });
		await page.getByLabel('Ik meld met mijn naam en contactgegevens').check();
		await page.getByLabel('Naam', { exact: true }).fill('Fatma Yilmaz');
		await page.getByLabel('E-mailadres').fill('fatma@example.org');
		await assertNoHorizontalScroll(page, PHONE, 'the form');
		await page.screenshot({ path: path.join(outDir, 'melding-formulier-telefoon.png'), fullPage: true });

		const wait = MIN_FILL_MS - (Date.now() - loaded);
		if (wait > 0)
			await page.waitForTimeout(wait);
		await Promise.all([
			page.waitForNavigation(),
			page.getByRole('button', { name: 'Melding versturen' }).click(),
		]);
		const body = await page.locator('main').innerText();
		const ref = body.match(/M-\d{4}-\d{6}/)?.[0];
		assert.ok(ref, `a reference on the success page:\n${body}`);
		const statusHref = await page.locator('a[href*="/melding/status/"]').first().getAttribute('href');
		assert.ok(statusHref, 'a link to the private status page');
		await assertNoHorizontalScroll(page, PHONE, 'the success page');
		await page.screenshot({ path: path.join(outDir, 'melding-ontvangen-telefoon.png'), fullPage: true });

		// 2. The status link: this melding, not yet confirmed.
		await page.goto(new URL(statusHref, server.url).href);
		let status = await page.locator('main').innerText();
		assert.match(status, new RegExp(ref));
		assert.match(status, /We hebben uw melding ontvangen/);
		await assertClean(huurder.watch, 'huurder');

		// 3. A sociaal beheerder of Centrum logs in and lands on the list.
		const sp = staff.page;
		await login(sp, server.url, 'sociaal@voorbeeld.example');
		assert.equal(new URL(sp.url()).pathname, '/meldingen', 'staff start on the list of meldingen');
		const row = sp.locator('tbody tr', { hasText: ref });
		assert.equal(await row.count(), 1, 'the new melding is in the list');
		assert.match(await row.innerText(), /Centrum/);
		assert.match(await row.innerText(), /op tijd/);
		await sp.screenshot({ path: path.join(outDir, 'meldingen-lijst.png'), fullPage: true });

		// 4. The detail page: the facts, the photo, the receipt in the outbox.
		await Promise.all([sp.waitForNavigation(), row.getByRole('link', { name: ref }).click()]);
		const detail = await sp.locator('main').innerText();
		assert.match(detail, /Elke nacht harde muziek/);
		assert.match(detail, /Fatma Yilmaz/);
		assert.match(detail, /Ontvangstbericht/);
		const photo = sp.getByRole('link', { name: 'muziek.jpg' });
		const photoHref = await photo.getAttribute('href');
		const photoRes = await sp.request.get(new URL(photoHref, server.url).href);
		assert.equal(photoRes.status(), 200);
		assert.equal(photoRes.headers()['content-type'], 'image/jpeg');
		assert.match(photoRes.headers()['content-disposition'], /^inline/);
		await sp.screenshot({ path: path.join(outDir, 'melding-detail.png'), fullPage: true });

		// 5. Confirm, then answer.
		await Promise.all([sp.waitForNavigation(), sp.getByRole('button', { name: 'Ontvangst bevestigen' }).click()]);
		assert.match(await sp.locator('.flash').innerText(), /De ontvangst is bevestigd/);
		await sp.getByLabel('Bericht aan de melder').fill(answer);
		await Promise.all([sp.waitForNavigation(), sp.getByRole('button', { name: 'Terugkoppeling versturen' }).click()]);
		assert.match(await sp.locator('.flash').innerText(), /De terugkoppeling is vastgelegd/);
		const after = await sp.locator('main').innerText();
		assert.match(after, /Teruggekoppeld/);
		assert.match(after, /Terugkoppeling: Reactie op uw melding/);
		await sp.screenshot({ path: path.join(outDir, 'melding-detail-beantwoord.png'), fullPage: true });

		// The photo opens as a picture (Chromium decodes it).
		const viewer = await staff.context.newPage();
		await viewer.goto(new URL(photoHref, server.url).href);
		const width = await viewer.evaluate(() => document.images[0]?.naturalWidth);
		assert.equal(width, 8, 'the JPEG shows');
		await viewer.close();
		await assertClean(staff.watch, 'staff');

		// 6. The huurder's status page shows the answer, and no staff names.
		await page.reload();
		status = await page.locator('main').innerText();
		// The step in a tenant's words (issue 17), not the staff's word.
		assert.match(status, /We zijn ermee bezig/);
		assert.doesNotMatch(status, /eruggekoppeld/);
		assert.ok(status.includes(answer), `the answer on the status page:\n${status}`);
		assert.doesNotMatch(status, /Sanne|Sociaal/);
		await assertNoHorizontalScroll(page, PHONE, 'the status page');
		await page.screenshot({ path: path.join(outDir, 'melding-status-telefoon.png'), fullPage: true });
		await assertClean(huurder.watch, 'huurder');
	} finally {
		await huurder.context.close();
		await staff.context.close();
	}
});

test('staff pages work on a phone: the list scrolls in its own box, the detail page in one column', async () => {
	// A melding of its own, so the list has a row to open whatever ran before.
	await reportMelding(server.url, { categorie: 'geluid', omschrijving: 'Harde muziek bij de buren, elke nacht.',
		postcode: '9991 AA', huisnummer: 3, anoniem: true });
	const { context, page, watch } = await openPage(browser, PHONE);
	try {
		await login(page, server.url, 'coordinator@voorbeeld.example');
		assert.equal(new URL(page.url()).pathname, '/meldingen');
		await assertNoHorizontalScroll(page, PHONE, 'the list');
		await page.screenshot({ path: path.join(outDir, 'meldingen-lijst-telefoon.png'), fullPage: true });
		const first = page.locator('tbody tr a.ref').first();
		await Promise.all([page.waitForNavigation(), first.click()]);
		await assertNoHorizontalScroll(page, PHONE, 'the detail page');
		await page.screenshot({ path: path.join(outDir, 'melding-detail-telefoon.png'), fullPage: true });

		// Staff intake on a phone, then the new melding's page.
		await page.goto(`${server.url}/meldingen/nieuw`);
		await assertNoHorizontalScroll(page, PHONE, 'staff intake');
		await page.getByLabel('Kanaal').selectOption('telefoon');
		await page.getByLabel('Soort melding').selectOption('stank');
		await page.getByLabel('Wat is er gemeld?').fill('Stank in het trappenhuis, gemeld door een buurvrouw.');
		await page.getByLabel('Postcode').fill('9994 CA');
		await page.getByLabel('Huisnummer').fill('3');
		await page.getByLabel('Anoniem').check();
		await page.screenshot({ path: path.join(outDir, 'melding-invoeren-telefoon.png'), fullPage: true });
		await Promise.all([page.waitForNavigation(), page.getByRole('button', { name: 'Melding opslaan' }).click()]);
		assert.match(new URL(page.url()).pathname, /^\/meldingen\/\d+$/);
		assert.match(await page.locator('.flash').innerText(), /De melding is ingevoerd/);
		assert.match(await page.locator('main').innerText(), /via Telefoon/);
		await assertClean(watch, 'staff pages on a phone');
	} finally {
		await context.close();
	}
});
