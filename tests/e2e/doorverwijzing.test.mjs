// A referral end to end in a real browser (issue 8): a tenant reports
// noise with a photo; a sociaal beheerder opens a dossier on the home and
// refers it to the sociaal wijkteam with a question, a summary and the
// photo; the wijkteam's partner user logs in on a phone, lands on its
// referrals, accepts and answers; the case worker sees the answer on the
// dossier and closes the referral. The partner never sees the melder, the
// melding or the internal reason. Phone and desktop screenshots land in
// tests/e2e/out/; no console or CSP errors anywhere.
//
//   LEEFBAAR_BIN=build/rel/leefbaar node --test tests/e2e/doorverwijzing.test.mjs

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import {
	startAll, stopAll, PHONE, DESKTOP, JPEG, openPage, login, assertNoHorizontalScroll, assertClean,
} from './steps.mjs';

// A home in the demo register: Kerkstraat 7, Binnenstad (wijk Centrum), the sociaal beheerder's.
const HOME = { postcode: '9991 AA', huisnummer: '7' };
const MELDER = 'Henk Hoorbaar';
const MELDER_EMAIL = 'henk.hoorbaar@example.org';
const MELDING = 'Elke nacht geschreeuw en bonken op de muur bij de bovenburen.';
const REDEN = 'Signalen van verwaarlozing; bewoner reageert niet op onze brieven.';
const VRAAG = 'Wilt u contact opnemen met de bewoner en kijken welke hulp past?';
const GEDEELD = 'Alleenstaande oudere bewoner, Kerkstraat 7. Buren maken zich zorgen. Bereikbaar overdag; wij gaan graag mee op huisbezoek.';
const ANTWOORD = 'Wij zijn op 2 december langs geweest. De bewoner krijgt hulp bij de administratie en huishoudelijke hulp via de Wmo.';

let server;
let browser;
let outDir;

before(async () => ({ server, browser, outDir } = await startAll()));
after(() => stopAll({ server, browser }));

/** A tenant's melding with a photo through the public form; resolves to its reference. */
async function reportWithPhoto() {
	const { context, page } = await openPage(browser, PHONE);
	try {
		await page.goto(`${server.url}/melden`);
		const token = await page.locator('input[name="csrf_token"]').inputValue();
		// The public form wants a human's pace (melden_min_seconds, 3 s by default).
		await page.waitForTimeout(3200);
		const res = await page.request.post(`${server.url}/melden`, {
			multipart: {
				csrf_token: token, categorie: 'geluid', omschrijving: MELDING, postcode: HOME.postcode,
				huisnummer: HOME.huisnummer, melder_naam: MELDER, melder_email: MELDER_EMAIL, anoniem: '0',
				bijlagen: { name: 'henk-hoorbaar-trap.jpg', mimeType: 'image/jpeg', buffer: JPEG },
			},
		});
		const body = await res.text();
		// Filed: 303 to the confirmation page, which the request follows (issue 17).
		assert.equal(res.status(), 200, `melding accepted: ${body.slice(0, 300)}`);
		assert.match(res.url(), /\/melden\/ontvangen\//);
		return body.match(/M-\d{4}-\d{6}/)[0];
	} finally {
		await context.close();
	}
}

/** The 422 and 404 we ask for are the browser's own console messages. */
const EXPECTED_4XX = /status of (404|422)/;

/** Nothing of the case beyond what was shared may be on a partner's page. */
async function assertNothingLeaks(page, what) {
	const html = await page.content();
	for (const secret of [MELDER, MELDER_EMAIL, MELDING, REDEN, 'henk-hoorbaar', 'D-20', 'M-20'])
		assert.ok(!html.includes(secret), `${what}: the partner's page does not hold "${secret}"`);
}

test('a sociaal beheerder refers a dossier to the wijkteam; the partner accepts and answers; the answer is on the dossier', async () => {
	const melding = await reportWithPhoto();
	const staff = await openPage(browser, DESKTOP);
	const partner = await openPage(browser, PHONE);
	try {
		const { page } = staff;
		await login(page, server.url, 'sociaal@voorbeeld.example');

		// 1. A dossier on the home, with the melding in it.
		await page.goto(`${server.url}/dossiers/nieuw`);
		await page.getByLabel('Postcode').fill(HOME.postcode);
		await page.getByLabel('Huisnummer').fill(HOME.huisnummer);
		await page.getByLabel('Huishouden of korte omschrijving').fill('Bewoner 2-hoog');
		await page.getByLabel('Sociale woonomgeving – preventief').check();
		await page.getByLabel('Meldingen om meteen te koppelen').fill(melding);
		await page.getByRole('button', { name: 'Dossier openen' }).click();
		await page.waitForURL(/\/dossiers\/\d+/);
		const dossierUrl = page.url().replace(/[?#].*$/, '');

		// 2. From the dossier: refer to the sociaal wijkteam, with the photo.
		const block = page.locator('#doorverwijzingen');
		assert.match(await block.innerText(), /Nog niet doorverwezen/);
		await block.getByRole('link', { name: 'Doorverwijzen naar een partner' }).click();
		await page.waitForURL(/\/doorverwijzingen\/nieuw\?dossier=\d+/);
		// Sending nothing first: every field says what it needs, nothing is lost.
		await page.getByLabel(/Vraag aan de partner/).fill(VRAAG);
		await page.getByRole('button', { name: 'Doorverwijzing versturen' }).click();
		assert.match(await page.locator('.error-summary').innerText(), /Kies de organisatie/);
		assert.match(await page.locator('.error-summary').innerText(), /Schrijf wat de partner/);
		assert.equal(await page.getByLabel(/Vraag aan de partner/).inputValue(), VRAAG, 'the question is kept');
		await page.screenshot({ path: path.join(outDir, 'doorverwijzing-nieuw-fouten-desktop.png'), fullPage: true });

		await page.getByLabel('Naar welke organisatie?').selectOption({ label: 'Sociaal Wijkteam Voorbeeldstad (5 werkdagen)' });
		await page.getByLabel(/Waarom verwijst u door/).fill(REDEN);
		await page.getByLabel(/Wat deelt u met de partner/).fill(GEDEELD);
		await page.getByLabel(/henk-hoorbaar-trap\.jpg/).check();
		await page.screenshot({ path: path.join(outDir, 'doorverwijzing-nieuw-desktop.png'), fullPage: true });
		await page.getByRole('button', { name: 'Doorverwijzing versturen' }).click();
		await page.waitForURL(/\/doorverwijzingen\/\d+\?klaar=verstuurd/);
		const referralUrl = page.url().replace(/[?#].*$/, '');
		const referralPath = new URL(referralUrl).pathname;
		assert.match(await page.locator('.flash').innerText(), /De doorverwijzing is verstuurd/);
		assert.match(await page.locator('.page-header').innerText(), /Verstuurd/);
		await page.screenshot({ path: path.join(outDir, 'doorverwijzing-staff-desktop.png'), fullPage: true });
		await assertClean(staff.watch, 'referring', EXPECTED_4XX);

		// 3. The partner, on a phone, lands on its referrals after logging in.
		const p = partner.page;
		await login(p, server.url, 'wijkteam@voorbeeld.example');
		assert.equal(new URL(p.url()).pathname, '/doorverwijzingen');
		assert.deepEqual(await p.locator('.site-nav a').allInnerTexts(), ['Doorverwijzingen'], 'a partner has one menu item');
		const row = p.locator('tbody tr', { has: p.locator(`a[href="${referralPath}"]`) });
		assert.match(await row.innerText(), /Wilt u contact opnemen/);
		assert.match(await row.innerText(), /Verstuurd/);
		await assertNothingLeaks(p, 'partner list');
		await assertNoHorizontalScroll(p, PHONE, 'partner list');
		await p.screenshot({ path: path.join(outDir, 'doorverwijzingen-partner-phone.png'), fullPage: true });

		// 4. It opens the referral: the question, the summary and the photo under a neutral name.
		await row.getByRole('link').first().click();
		await p.waitForURL(referralUrl);
		const main = await p.locator('main').innerText();
		assert.ok(main.includes(VRAAG), 'the question');
		assert.ok(main.includes(GEDEELD), 'the shared summary');
		assert.match(main, /bijlage-1\.jpg/);
		await assertNothingLeaks(p, 'partner detail');
		await assertNoHorizontalScroll(p, PHONE, 'partner detail');
		await p.screenshot({ path: path.join(outDir, 'doorverwijzing-partner-phone.png'), fullPage: true });
		const photo = await p.request.get(`${server.url}${await p.getByRole('link', { name: 'bijlage-1.jpg' }).getAttribute('href')}`);
		assert.equal(photo.status(), 200);
		assert.equal(photo.headers()['content-type'], 'image/jpeg');

		// 5. Accepts, then answers.
		await p.getByRole('link', { name: 'Naar accepteren of afwijzen' }).click();
		await p.getByRole('button', { name: 'Doorverwijzing accepteren' }).click();
		await p.waitForURL(/klaar=geaccepteerd/);
		assert.match(await p.locator('.flash').innerText(), /U heeft de doorverwijzing geaccepteerd/);
		// An empty answer is refused with a message beside the field.
		await p.getByRole('button', { name: 'Antwoord versturen' }).click();
		assert.match(await p.locator('.error-summary').innerText(), /Schrijf uw antwoord/);
		await p.screenshot({ path: path.join(outDir, 'doorverwijzing-partner-fout-phone.png'), fullPage: true });
		await p.getByLabel('Uw antwoord').fill(ANTWOORD);
		await p.getByRole('button', { name: 'Antwoord versturen' }).click();
		await p.waitForURL(/klaar=beantwoord/);
		assert.match(await p.locator('.flash').innerText(), /Uw antwoord is verstuurd/);
		assert.match(await p.locator('.page-header').innerText(), /Beantwoord/);
		assert.ok((await p.locator('.timeline').innerText()).includes(ANTWOORD));
		await assertNothingLeaks(p, 'partner after answering');
		await assertNoHorizontalScroll(p, PHONE, 'partner after answering');
		await p.screenshot({ path: path.join(outDir, 'doorverwijzing-partner-beantwoord-phone.png'), fullPage: true });
		// The dossier does not exist for a partner.
		const denied = await p.goto(dossierUrl);
		assert.equal(denied.status(), 404);
		await assertClean(partner.watch, 'partner portal', EXPECTED_4XX);

		// 6. The partner portal on a desktop too.
		const wide = await openPage(browser, DESKTOP);
		try {
			await login(wide.page, server.url, 'wijkteam@voorbeeld.example');
			await wide.page.goto(`${server.url}/doorverwijzingen?weergave=alle`);
			await wide.page.screenshot({ path: path.join(outDir, 'doorverwijzingen-partner-desktop.png'), fullPage: true });
			await wide.page.goto(referralUrl);
			await assertNothingLeaks(wide.page, 'partner detail, desktop');
			await wide.page.screenshot({ path: path.join(outDir, 'doorverwijzing-partner-desktop.png'), fullPage: true });
			await assertClean(wide.watch, 'partner portal, desktop', EXPECTED_4XX);
		} finally {
			await wide.context.close();
		}

		// 7. The case worker sees the answer on the dossier, and closes the referral.
		await page.goto(dossierUrl);
		const timeline = await page.locator('#tijdlijn ~ .timeline, ol.timeline').last().innerText();
		assert.match(timeline, /Doorverwijzing verstuurd/);
		assert.match(timeline, /Doorverwijzing geaccepteerd/);
		assert.match(timeline, /Antwoord van de partner/);
		assert.ok(timeline.includes(ANTWOORD), 'the answer on the dossier timeline');
		assert.match(await page.locator('#doorverwijzingen').innerText(), /Beantwoord/);
		await page.screenshot({ path: path.join(outDir, 'doorverwijzing-dossier-desktop.png'), fullPage: true });
		await page.goto(`${dossierUrl}/overzicht`);
		assert.ok((await page.locator('main').innerText()).includes(ANTWOORD), 'the answer on the court overview');
		// Closing takes a note; it can be undone until the end of the next werkdag, and closed again.
		await page.goto(referralUrl);
		await page.getByLabel('Waarom sluit u af?').fill('Per ongeluk te vroeg afgesloten.');
		await page.getByRole('button', { name: 'Doorverwijzing afsluiten' }).click();
		await page.waitForURL(/klaar=afgesloten/);
		assert.match(await page.locator('.page-header').innerText(), /Afgesloten/);
		assert.match(await page.locator('main').innerText(), /Per ongeluk te vroeg afgesloten\./);
		await page.getByRole('button', { name: 'Doorverwijzing heropenen' }).click();
		await page.waitForURL(/klaar=heropend/);
		assert.match(await page.locator('.page-header').innerText(), /Beantwoord/);
		await page.getByLabel('Waarom sluit u af?').fill('Het antwoord is verwerkt in het dossier.');
		await page.getByRole('button', { name: 'Doorverwijzing afsluiten' }).click();
		await page.waitForURL(/klaar=afgesloten/);
		assert.match(await page.locator('.page-header').innerText(), /Afgesloten/);
		assert.match(await page.locator('ol.timeline').innerText(), /Heropend door de corporatie/);
		await page.goto(`${server.url}/doorverwijzingen`);
		await page.screenshot({ path: path.join(outDir, 'doorverwijzingen-staff-desktop.png'), fullPage: true });
		await assertClean(staff.watch, 'case worker', EXPECTED_4XX);

		// 8. The staff pages on a phone.
		const phone = await openPage(browser, PHONE);
		try {
			await login(phone.page, server.url, 'sociaal@voorbeeld.example');
			for (const [url, name] of [[`${server.url}/doorverwijzingen`, 'doorverwijzingen-staff-phone.png'],
				[referralUrl, 'doorverwijzing-staff-phone.png'],
				[`${server.url}${new URL(dossierUrl).pathname.replace('/dossiers/', '/doorverwijzingen/nieuw?dossier=')}`, 'doorverwijzing-nieuw-phone.png']]) {
				const res = await phone.page.goto(url);
				assert.equal(res.status(), 200, url);
				await assertNoHorizontalScroll(phone.page, PHONE, url);
				await phone.page.screenshot({ path: path.join(outDir, name), fullPage: true });
			}
			await assertClean(phone.watch, 'staff on a phone', EXPECTED_4XX);
		} finally {
			await phone.context.close();
		}
	} finally {
		await staff.context.close();
		await partner.context.close();
	}
});
