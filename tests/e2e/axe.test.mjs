// axe-core over every kind of page, in real Chromium, at phone and desktop
// width: no critical or serious WCAG 2.1 A/AA finding, and no page wider
// than the screen. The pages are those
// each role works with: the public side (start, form, its answer, status
// page, login), the staff lists and details, the dashboard's tabs, and
// beheer, and a partner's. A finding is reported with its rule, its impact and the first
// elements it names.
//
//   LEEFBAAR_BIN=build/rel/leefbaar node --test tests/e2e/axe.test.mjs

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ROOT } from './server.mjs';
import { startAll, stopAll, PHONE, DESKTOP, openPage, login } from './steps.mjs';

let server;
let browser;
let axeSource;

before(async () => {
	({ server, browser } = await startAll({ seed: ['--meldingen', '400', '--years', '1'] }));
	axeSource = await readFile(path.join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
});
after(() => stopAll({ server, browser }));

// Runs axe on the page as it is (through the DevTools protocol, which the
// page's CSP does not govern); returns the critical and serious findings.
async function findings(page) {
	await page.evaluate(axeSource);
	const result = await page.evaluate(() => window.axe.run(document, {
		runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
	}));
	return result.violations
		.filter((v) => v.impact === 'critical' || v.impact === 'serious')
		.map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

// Visits each path and collects what axe finds, per page.
async function sweep(page, paths, viewport) {
	const found = [];
	for (const p of paths) {
		const answer = await page.goto(`${server.url}${p}`);
		assert.ok(answer.status() < 400, `${p}: status ${answer.status()}`);
		// Wide tables and charts scroll in their own box: the page itself never sideways.
		const width = await page.evaluate(() => document.documentElement.scrollWidth);
		if (width > viewport.width)
			found.push(`${viewport.width}px ${p}: the page is ${width}px wide`);
		// The meldingen list fits its box too: no column hides behind its sideways scroll (issue 16).
		const table = await page.evaluate(() => {
			const t = document.querySelector('.table-meldingen');
			return t ? [t.scrollWidth, t.parentElement.clientWidth] : null;
		});
		if (table && table[0] > table[1])
			found.push(`${viewport.width}px ${p}: the meldingen table is ${table[0]}px wide in a ${table[1]}px box`);
		for (const f of await findings(page))
			found.push(`${viewport.width}px ${p}: ${f}`);
	}
	return found;
}

// The first link on a list page whose path starts with prefix and continues with an id, or null.
async function anyLink(page, list, prefix) {
	await page.goto(`${server.url}${list}`);
	return page.evaluate((pre) => {
		const a = [...document.querySelectorAll('main a[href]')].find((x) =>
			new RegExp(`^${pre}(?!nieuw$)[A-Za-z0-9-]+$`).test(x.getAttribute('href')));   // an item, not its "new" form
		return a ? a.getAttribute('href') : null;
	}, prefix);
}

// The same, where the seed always makes one.
async function firstLink(page, list, prefix) {
	const href = await anyLink(page, list, prefix);
	assert.ok(href, `${list} links to an item`);
	return href;
}

// A wijkschouw planned through its form (the seed makes none), for its pages; resolves to its path.
async function plannedSchouw(page) {
	await page.goto(`${server.url}/schouwen/nieuw`);
	await page.locator('#gebied').selectOption({ index: 1 });
	await page.locator('#dag').fill(new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam' }).format(new Date()));
	await Promise.all([page.waitForNavigation(), page.locator('form[action="/schouwen"] button[type="submit"]').click()]);
	const href = new URL(page.url()).pathname;
	assert.match(href, /^\/schouwen\/\d+$/, 'a schouw is planned');
	return href;
}

for (const viewport of [PHONE, DESKTOP]) {
	test(`public pages at ${viewport.width}px`, async () => {
		const { context, page } = await openPage(browser, viewport);
		try {
			// A melder's own status page, through the link the answer gives.
			const res = await fetch(`${server.url}/api/v1/meldingen`, {
				method: 'POST',
				headers: { 'Content-Type': 'application/json' },
				body: JSON.stringify({ categorie: 'geluid', omschrijving: 'Harde muziek.', plaats: 'Galerij', anoniem: true }),
			});
			assert.equal(res.status, 201);
			const status = new URL((await res.json()).status_url).pathname;
			const found = await sweep(page, ['/', '/melden', '/initiatief', '/login', '/privacy', status], viewport);
			// The form sent empty: the page with its messages.
			await page.goto(`${server.url}/melden`);
			await Promise.all([page.waitForNavigation(), page.locator('form[action="/melden"] button[type="submit"]').last().click()]);
			for (const f of await findings(page))
				found.push(`${viewport.width}px /melden (with errors): ${f}`);
			assert.deepEqual(found, []);
		} finally {
			await context.close();
		}
	});

	test(`staff pages at ${viewport.width}px`, async () => {
		const { context, page } = await openPage(browser, viewport);
		try {
			await login(page, server.url, 'coordinator@voorbeeld.example');
			const melding = await firstLink(page, '/meldingen', '/meldingen/');
			const dossier = await firstLink(page, '/dossiers?status=alle', '/dossiers/');
			const referral = await firstLink(page, '/doorverwijzingen?status=alle', '/doorverwijzingen/');
			const schouw = await plannedSchouw(page);
			const found = await sweep(page, [
				'/schouwen', '/schouwen/nieuw', schouw, `${schouw}/lopen`, `${schouw}/rapport`,
				'/meldingen', melding, '/meldingen/nieuw', '/dossiers', dossier, '/dossiers/nieuw',
				'/doorverwijzingen', referral, '/dashboard', '/dashboard?periode=jaar', '/dashboard/kaart',
				'/dashboard/werklijst', '/dashboard/uitleg', '/account/wachtwoord', '/privacyverzoeken',
				'/notificaties', '/account/notificaties', `${dossier}/overzicht`,
				'/initiatieven', '/fonds', '/budget',
			], viewport);
			assert.deepEqual(found, []);
		} finally {
			await context.close();
		}
	});

	test(`a partner's pages at ${viewport.width}px`, async () => {
		const { context, page } = await openPage(browser, viewport);
		try {
			await login(page, server.url, 'wijkteam@voorbeeld.example');
			// The seed refers a few dossiers, not always one to this organisation.
			const referral = await anyLink(page, '/doorverwijzingen?weergave=alle', '/doorverwijzingen/');
			const pages = ['/doorverwijzingen', '/account/wachtwoord', '/notificaties'];
			assert.deepEqual(await sweep(page, referral ? [...pages, referral] : pages, viewport), []);
		} finally {
			await context.close();
		}
	});

	test(`beheer pages at ${viewport.width}px`, async () => {
		const { context, page } = await openPage(browser, viewport);
		try {
			await login(page, server.url, 'beheerder@voorbeeld.example');
			const found = await sweep(page, [
				'/beheer', '/beheer/gebruikers', '/beheer/gebruikers/nieuw', '/beheer/partners',
				'/beheer/partners/termijnen', '/beheer/gebieden', '/beheer/categorieen', '/beheer/sluitingsdagen',
				'/beheer/brieven', '/beheer/kaart', '/beheer/leefbaarometer', '/beheer/audit', '/beheer/routering', '/beheer/routering/nieuw',
				'/beheer/routering/teams', '/beheer/routering/teams/nieuw', '/beheer/tokens', '/beheer/standaardteksten',
				'/beheer/standaardteksten/nieuw',
			], viewport);
			assert.deepEqual(found, []);
		} finally {
			await context.close();
		}
	});
}
