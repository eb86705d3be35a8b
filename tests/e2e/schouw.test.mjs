// The wijkschouw in a real browser (issue 18, point 3): a wijkbeheerder on
// a 390 px phone plans a schouw of Centrum, opens it from the list of
// planned schouwen, walks it - a checklist point, then a finding with a
// photo and the phone's position (geolocation granted to the page) - and
// turns the finding into a melding; the melding's page shows kanaal
// Wijkschouw and the photo, and the schouw's report lists the melding.
// Screenshots in tests/e2e/out/schouw-*; no console or CSP errors.
//
//   LEEFBAAR_BIN=build/rel/leefbaar node --test tests/e2e/schouw.test.mjs

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import {
	startAll, stopAll, PHONE, JPEG, openPage, login, assertNoHorizontalScroll, assertClean,
} from './steps.mjs';

// A home in the demo register: Kerkstraat 5, Binnenstad (wijk Centrum).
const HOME = { postcode: '9991 AA', huisnummer: '5' };

let server;
let browser;
let outDir;

before(async () => ({ server, browser, outDir } = await startAll()));
after(() => stopAll({ server, browser }));

/** Today in Amsterdam as YYYY-MM-DD. */
function today() {
	return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam' }).format(new Date());
}

test('a wijkbeheerder walks a planned schouw on a phone, with a photo; the finding becomes a melding of kanaal Wijkschouw', async () => {
	const { context, page, watch } = await openPage(browser, PHONE);
	try {
		await context.grantPermissions(['geolocation']);
		await context.setGeolocation({ latitude: 52.374031, longitude: 4.889692 });
		await login(page, server.url, 'wijkbeheer@voorbeeld.example');

		// Planned (the page of the plan), then opened from the list of planned schouwen.
		await page.goto(`${server.url}/schouwen/nieuw`);
		await page.getByLabel('Wijk of buurt').selectOption({ label: 'Wijk Centrum' });
		await page.getByLabel('Dag van de schouw').fill(today());
		await page.getByLabel('Wie lopen er mee?').fill('Gemeente\nHuurdersvereniging');
		await Promise.all([page.waitForNavigation(), page.getByRole('button', { name: 'Schouw plannen' }).click()]);
		const schouw = new URL(page.url()).pathname;
		assert.match(schouw, /^\/schouwen\/\d+$/, 'the plan is stored');
		await page.goto(`${server.url}/schouwen`);
		await Promise.all([page.waitForNavigation(), page.locator(`a[href="${schouw}"]`).first().click()]);
		await assertNoHorizontalScroll(page, PHONE, 'the schouw before the walk');
		await Promise.all([page.waitForNavigation(), page.getByRole('link', { name: 'Schouw lopen' }).click()]);
		assert.equal(new URL(page.url()).pathname, `${schouw}/lopen`);

		// The checklist: one point judged.
		await page.getByLabel('Ligt er zwerfvuil op straat, in het groen of bij de containers?').selectOption('niet_ok');
		await Promise.all([page.waitForNavigation(), page.getByRole('button', { name: 'Checklist opslaan' }).click()]);
		assert.match(page.url(), /\/lopen#checklist$/);

		// A finding with a photo from the camera and the phone's position.
		const form = page.locator('#bevinding-form');
		await form.getByLabel('Thema').selectOption('schoon');
		await form.getByLabel(/Punt van de checklist/).selectOption('schoon_grofvuil');
		await form.getByLabel('Wat ziet u?').fill('Matrassen en een kapotte kast naast de container.');
		await form.getByLabel(/^Foto/).setInputFiles({ name: 'container.jpg', mimeType: 'image/jpeg', buffer: JPEG });
		await form.getByRole('button', { name: 'Locatie van mijn telefoon gebruiken' }).click();
		await page.locator('#geo-status').filter({ hasText: /Locatie:|Geen locatie/ }).waitFor();
		assert.equal(await page.locator('#geo-status').innerText(), 'Locatie: 52.374031, 4.889692');
		await form.getByLabel('Postcode').fill(HOME.postcode);
		await form.getByLabel('Huisnummer').fill(HOME.huisnummer);
		await assertNoHorizontalScroll(page, PHONE, 'the walk');
		await page.screenshot({ path: path.join(outDir, 'schouw-lopen-phone.png'), fullPage: true });
		await Promise.all([page.waitForNavigation(), form.getByRole('button', { name: 'Bevinding opslaan' }).click()]);
		if (!/#bevinding-\d+$/.test(page.url()))
			assert.fail(`finding refused: ${await page.locator('.error-summary').allInnerTexts()}`);
		const noted = page.locator('.schouw-bevindingen li');
		assert.equal(await noted.count(), 1);
		assert.match(await noted.first().innerText(), /Schoon[\s\S]*Matrassen[\s\S]*52\.37403, 4\.88969[\s\S]*container\.jpg/);

		// Back on the schouw: the photo shows, and the finding becomes a melding.
		await Promise.all([page.waitForNavigation(), page.getByRole('link', { name: 'Klaar met lopen: naar de schouw' }).click()]);
		const finding = page.locator('.schouw-bevinding').first();
		const img = finding.locator('img');
		await img.waitFor();
		assert.ok(await img.evaluate((el) => el.complete && el.naturalWidth === 8), 'the photo shows on the schouw');
		await Promise.all([page.waitForNavigation(), finding.getByRole('button', { name: 'Maak er een melding van' }).click()]);
		const link = page.locator('.schouw-bevinding').first().locator('.schouw-uitkomst a');
		const ref = (await link.innerText()).trim();
		assert.match(ref, /^M-\d{4}-\d+$/, 'the finding names its melding');
		await assertNoHorizontalScroll(page, PHONE, 'the schouw with its melding');
		await page.screenshot({ path: path.join(outDir, 'schouw-overzicht-phone.png'), fullPage: true });

		// The melding: kanaal Wijkschouw, the photo attached and shown.
		await Promise.all([page.waitForNavigation(), link.click()]);
		const body = await page.locator('main').innerText();
		assert.match(body, /via Wijkschouw/, 'the melding came in through the wijkschouw');
		assert.match(body, /Bevinding van de wijkschouw/);
		const photo = page.locator('.bijlage-foto img');
		await photo.waitFor();
		assert.ok(await photo.evaluate((el) => el.complete && el.naturalWidth === 8), 'the photo shows on the melding');
		assert.ok(await page.getByRole('link', { name: 'container.jpg' }).count() >= 1);
		await assertNoHorizontalScroll(page, PHONE, 'the melding');
		await page.screenshot({ path: path.join(outDir, 'schouw-melding-phone.png'), fullPage: true });

		// The report lists the finding with its melding.
		await page.goto(`${server.url}${schouw}/rapport`);
		assert.match(await page.locator('main').innerText(), new RegExp(`Melding ${ref}`));
		await page.emulateMedia({ media: 'print' });
		await page.screenshot({ path: path.join(outDir, 'schouw-rapport-print.png'), fullPage: true });
		await page.emulateMedia({ media: 'screen' });
		await assertClean(watch, 'the wijkschouw\'s pages');
	} finally {
		await context.close();
	}
});
