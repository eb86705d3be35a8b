// A working day in a real browser (issue 16): a sociaal beheerder refers a
// dossier to the sociaal wijkteam at her desk; the wijkteam accepts and
// answers on a phone; on her phone the case worker sees the count of
// unread notifications in the header, opens the one about the answer,
// reads the answer on the referral and closes it with a note; at her desk
// the notifications page shows what is left, and "Alles gelezen" clears
// the count. Nothing polls: every step is a page load. Screenshots land in
// tests/e2e/out/werkdag-*; no console or CSP errors anywhere.
//
//   LEEFBAAR_BIN=build/rel/leefbaar node --test tests/e2e/werkdag.test.mjs

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import {
	startAll, stopAll, PHONE, DESKTOP, openPage, login, assertNoHorizontalScroll, assertClean,
} from './steps.mjs';

// A home in the demo register: Kerkstraat 7, Binnenstad (wijk Centrum), the sociaal beheerder's.
const HOME = { postcode: '9991 AA', huisnummer: '7' };
const VRAAG = 'Kunt u langsgaan en kijken welke hulp deze bewoner nodig heeft?';
const GEDEELD = 'Oudere bewoner, Kerkstraat 7. Buren maken zich zorgen over vervuiling.';
const ANTWOORD = 'Wij zijn langs geweest; er komt huishoudelijke hulp via de Wmo, start volgende week.';
const NOTITIE = 'Antwoord verwerkt in het dossier; hulp is geregeld.';
const CASE_WORKER = 'sociaal@voorbeeld.example';

let server;
let browser;
let outDir;

before(async () => ({ server, browser, outDir } = await startAll()));
after(() => stopAll({ server, browser }));

/** The number in the header's notifications link, 0 when it shows none. */
async function unread(page) {
	const count = page.locator('header a.user-notices .notice-count');
	return (await count.count()) ? Number(await count.innerText()) : 0;
}

test('a partner answers; the case worker sees the count, opens the notification, reads the answer and closes with a note', async () => {
	const desk = await openPage(browser, DESKTOP);
	const phone = await openPage(browser, PHONE);
	const partner = await openPage(browser, PHONE);
	try {
		// 1. At her desk: a dossier on the home, referred to the wijkteam.
		const { page } = desk;
		await login(page, server.url, CASE_WORKER);
		assert.equal(await unread(page), 0, 'nothing unread at the start of the day');
		await page.goto(`${server.url}/dossiers/nieuw`);
		await page.getByLabel('Postcode').fill(HOME.postcode);
		await page.getByLabel('Huisnummer').fill(HOME.huisnummer);
		await page.getByLabel('Huishouden of korte omschrijving').fill('Bewoner begane grond');
		await page.getByLabel('Sociale woonomgeving – preventief').check();
		await page.getByRole('button', { name: 'Dossier openen' }).click();
		await page.waitForURL(/\/dossiers\/\d+/);
		await page.locator('#doorverwijzingen').getByRole('link', { name: 'Doorverwijzen naar een partner' }).click();
		await page.waitForURL(/\/doorverwijzingen\/nieuw\?dossier=\d+/);
		await page.getByLabel('Naar welke organisatie?').selectOption({ label: 'Sociaal Wijkteam Voorbeeldstad (5 werkdagen)' });
		await page.getByLabel(/Waarom verwijst u door/).fill('Zorgen over zelfredzaamheid.');
		await page.getByLabel(/Vraag aan de partner/).fill(VRAAG);
		await page.getByLabel(/Wat deelt u met de partner/).fill(GEDEELD);
		await page.getByRole('button', { name: 'Doorverwijzing versturen' }).click();
		await page.waitForURL(/\/doorverwijzingen\/\d+\?klaar=verstuurd/);
		const referralPath = new URL(page.url()).pathname;
		const reference = (await page.locator('main').innerText()).match(/R-\d{4}-\d{5}/)[0];

		// 2. The wijkteam, on a phone: accepts, then answers.
		const p = partner.page;
		await login(p, server.url, 'wijkteam@voorbeeld.example');
		await p.goto(`${server.url}${referralPath}`);
		await p.getByRole('button', { name: 'Doorverwijzing accepteren' }).click();
		await p.waitForURL(/klaar=geaccepteerd/);
		await p.getByLabel('Uw antwoord').fill(ANTWOORD);
		await p.getByRole('button', { name: 'Antwoord versturen' }).click();
		await p.waitForURL(/klaar=beantwoord/);
		await assertClean(partner.watch, 'partner');

		// 3. The case worker, on her phone: the header counts both steps, on any page she opens.
		const m = phone.page;
		await login(m, server.url, CASE_WORKER);
		assert.equal(await unread(m), 2, 'accepted and answered: two unread');
		assert.match(await m.locator('header a.user-notices').innerText(), /Notificaties/);
		await m.screenshot({ path: path.join(outDir, 'werkdag-teller-phone.png') });
		await m.locator('header a.user-notices').click();
		await m.waitForURL(/\/notificaties$/);
		const items = m.locator('.notice-list li');
		assert.equal(await items.count(), 2);
		assert.equal(await m.locator('.notice-unread').count(), 2);
		const answered = items.filter({ hasText: /heeft geantwoord op doorverwijzing/ }).first();
		assert.ok((await answered.innerText()).includes(reference), 'the notification names the referral');
		await assertNoHorizontalScroll(m, PHONE, 'notifications');
		await m.screenshot({ path: path.join(outDir, 'werkdag-notificaties-phone.png'), fullPage: true });

		// 4. Opening it marks it read and leads to the referral, where the answer is.
		await answered.getByRole('link').click();
		await m.waitForURL((u) => u.pathname === referralPath);
		assert.ok((await m.locator('main').innerText()).includes(ANTWOORD), 'the answer on the referral');
		assert.equal(await unread(m), 1, 'the opened one is read');

		// 5. Closing needs a note: without one the form says so and keeps nothing back.
		await m.getByRole('button', { name: 'Doorverwijzing afsluiten' }).click();
		assert.match(await m.locator('.error-summary').innerText(), /notitie|waarom/i);
		await m.getByLabel('Waarom sluit u af?').fill(NOTITIE);
		await m.getByRole('button', { name: 'Doorverwijzing afsluiten' }).click();
		await m.waitForURL(/klaar=afgesloten/);
		assert.match(await m.locator('.page-header').innerText(), /Afgesloten/);
		assert.ok((await m.locator('main').innerText()).includes(NOTITIE), 'the note on the referral');
		await assertNoHorizontalScroll(m, PHONE, 'the closed referral');
		await m.screenshot({ path: path.join(outDir, 'werkdag-afgesloten-phone.png'), fullPage: true });
		await assertClean(phone.watch, 'case worker on a phone', /status of 422/);

		// 6. Back at her desk: one left unread; "Alles gelezen" clears the count.
		await page.goto(`${server.url}/notificaties`);
		assert.equal(await unread(page), 1);
		assert.equal(await page.locator('.notice-unread').count(), 1);
		await page.screenshot({ path: path.join(outDir, 'werkdag-notificaties-desktop.png'), fullPage: true });
		await page.getByRole('button', { name: 'Alles gelezen' }).click();
		await page.waitForURL(/\/notificaties/);
		assert.equal(await unread(page), 0);
		assert.equal(await page.locator('.notice-unread').count(), 0);
		await assertNoHorizontalScroll(page, DESKTOP, 'notifications, desktop');
		await assertClean(desk.watch, 'case worker at her desk');
	} finally {
		await desk.context.close();
		await phone.context.close();
		await partner.context.close();
	}
});
