// A leefbaarheidsdossier end to end in a real browser: two tenants report
// noise at the same home; a sociaal beheerder bundles both meldingen into a
// new dossier, records a stopgesprek, makes a waarschuwingsbrief and
// escalates to AVE oranje; the court overview prints (PDF and print-media
// screenshots) with every step on it. Phone and desktop screenshots of the
// pages land in tests/e2e/out/; no console or CSP errors anywhere.
//
//   LEEFBAAR_BIN=build/rel/leefbaar node --test tests/e2e/dossier.test.mjs

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import {
	startAll, stopAll, PHONE, DESKTOP, openPage, login, reportMelding,
	assertNoHorizontalScroll, assertClean,
} from './steps.mjs';

// A home in the demo register: Kerkstraat 5, Binnenstad (wijk Centrum).
const HOME = { postcode: '9991 AA', huisnummer: 5 };

let server;
let browser;
let outDir;

before(async () => ({ server, browser, outDir } = await startAll()));
after(() => stopAll({ server, browser }));

/** A tenant's melding about HOME through the public JSON API; resolves to its reference. */
function report(text) {
	return reportMelding(server.url, { categorie: 'geluid', omschrijving: text, anoniem: true, ...HOME });
}

/** Opens the folded action card with this title; resolves to it. */
async function action(page, title) {
	const card = page.locator('details.action-card', { has: page.locator('summary', { hasText: title }) });
	if (!(await card.evaluate((d) => d.open)))
		await card.locator('summary').click();
	return card;
}

function today() {
	// The date the server counts in: Amsterdam.
	return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());
}

test('a sociaal beheerder bundles two meldingen, records a stopgesprek, writes a letter, escalates; the overview prints', async () => {
	const m1 = await report('Harde muziek tot 3 uur, elke vrijdag.');
	const m2 = await report('Geschreeuw en deuren slaan in het portiek.');
	const { context, page, watch } = await openPage(browser, DESKTOP);
	try {
		await login(page, server.url, 'sociaal@voorbeeld.example');

		// 1. A new dossier on the address, with both meldingen.
		await page.goto(`${server.url}/dossiers`);
		await page.getByRole('link', { name: 'Nieuw dossier' }).click();
		await page.getByLabel('Postcode').fill(HOME.postcode);
		await page.getByLabel('Huisnummer').fill(String(HOME.huisnummer));
		await page.getByLabel('Huishouden of korte omschrijving').fill('Bewoners 1e etage');
		await page.getByLabel('Sociale woonomgeving – repressief').check();
		await page.getByLabel('Meldingen om meteen te koppelen').fill(`${m1}\n${m2}`);
		await page.screenshot({ path: path.join(outDir, 'dossier-nieuw-desktop.png'), fullPage: true });
		await page.getByRole('button', { name: 'Dossier openen' }).click();
		await page.waitForURL(/\/dossiers\/\d+/);
		const dossierUrl = page.url().replace(/[?#].*$/, '');
		const h1 = (await page.locator('h1').innerText()).trim();
		const ref = h1.match(/D-\d{4}-\d{5}/)[0];
		assert.match(await page.locator('.flash').innerText(), /geopend/);
		const meldingen = page.locator('#meldingen + .table-wrap tbody tr');
		assert.equal(await meldingen.count(), 2, 'both meldingen in the dossier');
		assert.match(await meldingen.first().innerText(), new RegExp(m1));

		// 2. A stopgesprek, done today.
		const interventie = await action(page, 'Interventie vastleggen');
		await interventie.getByLabel('Interventie', { exact: true }).selectOption('stopgesprek');
		await interventie.getByLabel('Uitgevoerd op').fill(today());
		await interventie.getByLabel('Uitkomst').fill('Bewoner zegt toe de muziek na 22.00 uur zacht te zetten.');
		await interventie.getByRole('button', { name: 'Interventie opslaan' }).click();
		await page.waitForURL(/klaar=interventie/);
		assert.match(await page.locator('#interventies + .table-wrap').innerText(), /Stopgesprek/);

		// 3. A waarschuwingsbrief from the template.
		const brief = await action(page, 'Brief maken');
		await brief.getByLabel('Waarschuwingsbrief').check();
		await brief.getByLabel('Naam van de geadresseerde').fill('de heer P. de Boer');
		await brief.getByLabel('De feiten').fill('Op vrijdag tot 3 uur harde muziek; geschreeuw in het portiek.');
		await brief.getByRole('button', { name: 'Opslaan als concept' }).click();
		await page.waitForURL(/\/brieven\/\d+/);
		const letter = await page.locator('article.brief').innerText();
		assert.match(letter, /Geachte heer P\. de Boer,\n/, 'the salutation takes the aanhef from the name');
		assert.match(letter, /De heer P\. de Boer\nKerkstraat 5\n9991 AA/, 'the address block');
		assert.doesNotMatch(letter, /Geachte De/);
		assert.match(letter, new RegExp(ref));
		assert.doesNotMatch(letter, /\{\{/);
		await page.screenshot({ path: path.join(outDir, 'dossier-brief-desktop.png'), fullPage: true });
		await page.emulateMedia({ media: 'print' });
		await page.screenshot({ path: path.join(outDir, 'dossier-brief-print.png'), fullPage: true });
		assert.equal(await page.locator('.site-header').isVisible(), false, 'the letter prints without the site header');
		await page.emulateMedia({ media: 'screen' });

		// 4. Escalate to oranje; the regie follows the level.
		await page.goto(dossierUrl);
		const esc = await action(page, 'AVE-niveau of regie wijzigen');
		await esc.getByLabel(/^Oranje/).check();
		await esc.getByLabel('Reden').fill('Geen verbetering na het stopgesprek; buren durven niet meer te klagen.');
		await esc.getByRole('button', { name: 'Niveau wijzigen' }).click();
		await page.waitForURL(/klaar=escalatie/);
		assert.match(await page.locator('.page-header').innerText(), /AVE Oranje/);
		assert.match(await page.locator('#ave ~ p').first().innerText(), /Sociaal wijkteam/);
		await page.screenshot({ path: path.join(outDir, 'dossier-desktop.png'), fullPage: true });
		await assertNoHorizontalScroll(page, DESKTOP, 'dossier page');

		// 5. The court overview, on screen and on paper.
		await page.getByRole('link', { name: 'Overzicht voor rechter of overdracht' }).click();
		await page.waitForURL(/\/overzicht$/);
		const rows = await page.locator('tbody tr').allInnerTexts();
		const all = rows.join('\n');
		for (const want of [m1, m2, 'Stopgesprek', 'Waarschuwingsbrief aan de heer P. de Boer', 'van Groen naar Oranje', 'Dossier geopend'])
			assert.ok(all.includes(want), `overview lists "${want}"`);
		assert.ok(all.indexOf(m1) < all.indexOf('Stopgesprek') && all.indexOf('Stopgesprek') < all.indexOf('Oranje'),
			'in time order');
		await page.emulateMedia({ media: 'print' });
		assert.equal(await page.locator('.site-nav').isVisible(), false, 'no navigation on paper');
		assert.equal(await page.locator('form').first().isVisible(), false, 'no forms on paper');
		const ink = await page.evaluate(() => getComputedStyle(document.querySelector('main')).color);
		assert.equal(ink, 'rgb(0, 0, 0)', 'black text on paper');
		await page.screenshot({ path: path.join(outDir, 'dossier-overzicht-print.png'), fullPage: true });
		const pdf = path.join(outDir, 'dossier-overzicht.pdf');
		await page.pdf({ path: pdf, format: 'A4', printBackground: false });
		assert.ok((await stat(pdf)).size > 5000, 'the overview prints to a PDF');
		await page.emulateMedia({ media: 'screen' });
		await page.screenshot({ path: path.join(outDir, 'dossier-overzicht-desktop.png'), fullPage: true });

		// 6. The list shows it at its level.
		await page.goto(`${server.url}/dossiers`);
		assert.match(await page.locator('tbody').innerText(), new RegExp(`${ref}[\\s\\S]*Oranje`));
		await page.screenshot({ path: path.join(outDir, 'dossiers-desktop.png'), fullPage: true });
		await assertClean(watch, 'dossier flow');

		// 7. The same pages on a phone: readable, nothing wider than the screen.
		const phone = await openPage(browser, PHONE);
		try {
			await login(phone.page, server.url, 'sociaal@voorbeeld.example');
			for (const [url, name] of [[dossierUrl, 'dossier-phone.png'], [`${dossierUrl}/overzicht`, 'dossier-overzicht-phone.png'],
				[`${server.url}/dossiers`, 'dossiers-phone.png'], [`${server.url}/dossiers/nieuw`, 'dossier-nieuw-phone.png']]) {
				const res = await phone.page.goto(url);
				assert.equal(res.status(), 200, url);
				await assertNoHorizontalScroll(phone.page, PHONE, url);
				await phone.page.screenshot({ path: path.join(outDir, name), fullPage: true });
			}
			await assertClean(phone.watch, 'phone');
		} finally {
			await phone.context.close();
		}
	} finally {
		await context.close();
	}
});
