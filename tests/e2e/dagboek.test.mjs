// The melder's overlastdagboek in a real browser (issue 17, point 3): a
// tenant on a 390 px phone opens the status link of her melding and adds
// two diary entries, one with a short sound clip (a WAV made here); a
// sociaal beheerder, logged in, sees both on the melding's timeline,
// marked as the melder's, and on the dossier's court overview, the sound
// clip with them. Screenshots in tests/e2e/out/dagboek-*; no console or
// CSP errors anywhere.
//
//   LEEFBAAR_BIN=build/rel/leefbaar node --test tests/e2e/dagboek.test.mjs

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import {
	startAll, stopAll, PHONE, DESKTOP, openPage, login,
	assertNoHorizontalScroll, assertClean,
} from './steps.mjs';

// A home in the demo register: Kerkstraat 5, Binnenstad (wijk Centrum).
const HOME = { postcode: '9991 AA', huisnummer: 5 };

let server;
let browser;
let outDir;

before(async () => ({ server, browser, outDir } = await startAll()));
after(() => stopAll({ server, browser }));

/** A second of 8 kHz 8-bit mono sound: a RIFF/WAVE header and a square wave. */
function wav() {
	const n = 8000;
	const b = Buffer.alloc(44 + n);
	b.write('RIFF', 0); b.writeUInt32LE(36 + n, 4); b.write('WAVE', 8);
	b.write('fmt ', 12); b.writeUInt32LE(16, 16); b.writeUInt16LE(1, 20); b.writeUInt16LE(1, 22);
	b.writeUInt32LE(8000, 24); b.writeUInt32LE(8000, 28); b.writeUInt16LE(1, 32); b.writeUInt16LE(8, 34);
	b.write('data', 36); b.writeUInt32LE(n, 40);
	for (let i = 0; i < n; i++)
		b[44 + i] = (Math.floor(i / 20) % 2) ? 168 : 88;
	return b;
}

/** now minus hours, as a datetime-local value in Amsterdam time ("2026-12-01T21:05"). */
function amsterdamLocal(hoursAgo) {
	const parts = new Intl.DateTimeFormat('sv-SE', {
		timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit',
		hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
	}).format(new Date(Date.now() - hoursAgo * 3600 * 1000));
	return parts.replace(' ', 'T');
}

/** An anonymous tenant's melding through the public JSON API; resolves to { ref, statusPath }. */
async function report(text) {
	const res = await fetch(`${server.url}/api/v1/meldingen`, {
		method: 'POST',
		headers: { 'Content-Type': 'application/json' },
		body: JSON.stringify({ categorie: 'geluid', omschrijving: text, anoniem: true, ...HOME }),
	});
	assert.equal(res.status, 201, `melding accepted: ${await res.clone().text()}`);
	const j = await res.json();
	return { ref: j.referentie, statusPath: new URL(j.status_url).pathname };
}

/** On the status page: fills in one diary entry and sends it; resolves once the page is back. */
async function addEntry(page, { tekst, van, tot, ernst, file }) {
	const form = page.locator('form[action$="/dagboek"]');
	await form.getByLabel('Wat gebeurde er?').fill(tekst);
	await form.getByLabel('Begon op').fill(van);
	if (tot)
		await form.getByLabel(/^Hield op/).fill(tot);
	await form.getByLabel(ernst).check();
	if (file)
		await form.getByLabel(/Foto's, video of geluid/).setInputFiles(file);
	await Promise.all([
		page.waitForNavigation(),
		form.getByRole('button', { name: 'Toevoegen aan mijn dagboek' }).click(),
	]);
	if (!/#dagboek-\d+$/.test(page.url()))
		assert.fail(`entry refused: ${await page.locator('.error-summary').allInnerTexts()}`);
}

test('a melder adds two diary entries on a phone, one with sound; the handler sees them on the timeline and the court overview', async () => {
	const { ref, statusPath } = await report('Harde muziek bij de bovenburen, elke nacht.');
	const first = 'Bonkende bas van 23.00 tot 01.30 uur. De ramen trilden.';
	const second = 'Geschreeuw in het trappenhuis en een deur die steeds dichtsloeg.';

	// 1. The melder, on a phone, without an account.
	const melder = await openPage(browser, PHONE);
	try {
		const res = await melder.page.goto(`${server.url}${statusPath}`);
		assert.equal(res.status(), 200);
		await addEntry(melder.page, {
			tekst: first, van: amsterdamLocal(3), tot: amsterdamLocal(2), ernst: '4 - Ernstige last',
			file: { name: 'bas-om-middernacht.wav', mimeType: 'audio/wav', buffer: wav() },
		});
		await addEntry(melder.page, { tekst: second, van: amsterdamLocal(1), ernst: '2 - Flinke last' });
		const items = melder.page.locator('.dagboek-entry');
		assert.equal(await items.count(), 2, 'both entries on the status page');
		assert.match(await items.nth(0).innerText(), /Ernst 4 van 5: Ernstige last[\s\S]*Bonkende bas[\s\S]*bas-om-middernacht\.wav \(geluid/);
		assert.match(await items.nth(1).innerText(), /Ernst 2 van 5: Flinke last/);
		await assertNoHorizontalScroll(melder.page, PHONE, 'status page with the diary');
		await melder.page.screenshot({ path: path.join(outDir, 'dagboek-status-phone.png'), fullPage: true });
		await assertClean(melder.watch, 'the melder\'s status page');
	} finally {
		await melder.context.close();
	}

	// 2. The handler: the timeline, then a dossier and its court overview.
	const staff = await openPage(browser, DESKTOP);
	try {
		await login(staff.page, server.url, 'sociaal@voorbeeld.example');
		await staff.page.goto(`${server.url}/meldingen/${ref}`);
		const marked = staff.page.locator('.timeline li.timeline-melder');
		assert.equal(await marked.count(), 2, 'two timeline lines marked as the melder\'s');
		const lines = (await marked.allInnerTexts()).join('\n');
		assert.match(lines, /Van de melder[\s\S]*door de melder/);
		assert.ok(lines.includes('Bonkende bas') && lines.includes('Geschreeuw in het trappenhuis'), 'both texts on the timeline');
		await staff.page.screenshot({ path: path.join(outDir, 'dagboek-tijdlijn-desktop.png'), fullPage: true });

		await staff.page.goto(`${server.url}/dossiers/nieuw`);
		await staff.page.getByLabel('Postcode').fill(HOME.postcode);
		await staff.page.getByLabel('Huisnummer').fill(String(HOME.huisnummer));
		await staff.page.getByLabel('Huishouden of korte omschrijving').fill('Bewoners bovenwoning');
		await staff.page.getByLabel('Sociale woonomgeving – repressief').check();
		await staff.page.getByLabel('Meldingen om meteen te koppelen').fill(ref);
		await staff.page.getByRole('button', { name: 'Dossier openen' }).click();
		await staff.page.waitForURL(/\/dossiers\/\d+/);
		await staff.page.getByRole('link', { name: 'Overzicht voor rechter of overdracht' }).click();
		await staff.page.waitForURL(/\/overzicht$/);
		const entries = staff.page.locator('.overview-dagboek .overview-entry');
		assert.equal(await entries.count(), 2, 'both entries on the court overview');
		assert.match(await entries.nth(0).innerText(), /Ernst 4 van 5: Ernstige last[\s\S]*Bonkende bas[\s\S]*bas-om-middernacht\.wav/);
		assert.match(await entries.nth(1).innerText(), /Ernst 2 van 5: Flinke last[\s\S]*Geschreeuw in het trappenhuis/);
		const clip = await entries.nth(0).getByRole('link', { name: 'bas-om-middernacht.wav' }).getAttribute('href');
		const got = await staff.page.request.get(`${server.url}${clip}`);
		assert.equal(got.status(), 200, 'the sound clip downloads');
		assert.equal((await got.body()).length, 44 + 8000, 'the whole clip was kept');
		await staff.page.screenshot({ path: path.join(outDir, 'dagboek-overzicht-desktop.png'), fullPage: true });
		await staff.page.emulateMedia({ media: 'print' });
		await staff.page.screenshot({ path: path.join(outDir, 'dagboek-overzicht-print.png'), fullPage: true });
		await staff.page.emulateMedia({ media: 'screen' });
		await assertClean(staff.watch, 'the handler\'s pages');
	} finally {
		await staff.context.close();
	}
});
