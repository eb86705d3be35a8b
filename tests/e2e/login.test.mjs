// Logging in and out in a real browser, and the beheerder creating an
// account: forms, redirects, the session cookie, no console or CSP errors,
// and phone-width screenshots of beheer in tests/e2e/out/.
//
//   LEEFBAAR_BIN=build/rel/leefbaar node --test tests/e2e/login.test.mjs

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import {
	startAll, stopAll, PHONE, DESKTOP, openPage, submitLogin, login, assertNoHorizontalScroll,
	assertClean,
} from './steps.mjs';

let server;
let browser;
let outDir;

// The demo organisation, with the test's fast password hashing.
before(async () => ({ server, browser, outDir } = await startAll()));
after(() => stopAll({ server, browser }));

test('a coördinator logs in with the form and logs out', async () => {
	const { context, page, watch } = await openPage(browser, PHONE);
	try {
		// A wrong password first: the form says so and keeps the address.
		await submitLogin(page, server.url, 'coordinator@voorbeeld.example', 'niet-het-wachtwoord');
		assert.match(await page.locator('.error-summary').innerText(), /Inloggen is niet gelukt/);
		assert.equal(await page.getByLabel('E-mailadres').inputValue(), 'coordinator@voorbeeld.example');

		await login(page, server.url, 'coordinator@voorbeeld.example');
		assert.notEqual(new URL(page.url()).pathname, '/login', 'logged in');
		assert.match(await page.locator('.user-menu').innerText(), /Carla Coördinator/);
		const cookies = await context.cookies();
		const session = cookies.find((c) => c.name === 'leefbaar_sessie');
		assert.ok(session, 'a session cookie');
		assert.equal(session.httpOnly, true);
		assert.equal(session.sameSite, 'Lax');
		// A coördinator has no beheer.
		assert.equal(await page.locator('nav a[href="/beheer"]').count(), 0);
		const denied = await page.goto(`${server.url}/beheer`);
		assert.equal(denied.status(), 403);
		await page.goto(`${server.url}/`);

		await Promise.all([
			page.waitForNavigation(),
			page.getByRole('button', { name: 'Uitloggen' }).click(),
		]);
		assert.equal(await page.locator('.user-menu').count(), 0, 'logged out');
		assert.ok(await page.locator('a[href="/login"]').first().isVisible());
		// The old session is gone: a page that needs it sends us to log in.
		await page.goto(`${server.url}/account/wachtwoord`);
		assert.equal(new URL(page.url()).pathname, '/login');
		// The 401 of the wrong password and the 403 are the only console messages
		// a browser makes of its own accord.
		await assertClean(watch, 'logging in and out', /status of (401|403)/);
	} finally {
		await context.close();
	}
});

test('the beheerder creates a user (phone)', async () => {
	const { context, page, watch } = await openPage(browser, PHONE);
	try {
		await login(page, server.url, 'beheerder@voorbeeld.example');
		assert.equal(new URL(page.url()).pathname, '/beheer', 'the beheerder starts in beheer');
		await assertNoHorizontalScroll(page, PHONE);
		await page.screenshot({ path: path.join(outDir, 'beheer-phone.png'), fullPage: true });

		await Promise.all([page.waitForNavigation(), page.getByRole('link', { name: /Gebruikers/ }).first().click()]);
		assert.equal(new URL(page.url()).pathname, '/beheer/gebruikers');
		await assertNoHorizontalScroll(page, PHONE);
		await page.screenshot({ path: path.join(outDir, 'beheer-gebruikers-phone.png'), fullPage: true });

		await Promise.all([page.waitForNavigation(), page.getByRole('link', { name: 'Nieuwe gebruiker' }).click()]);
		// Submitting it empty: a summary of what is missing, each linked to its field.
		await Promise.all([page.waitForNavigation(), page.getByRole('button', { name: 'Gebruiker aanmaken' }).click()]);
		const summary = await page.locator('.error-summary').innerText();
		for (const msg of ['Vul de naam in.', 'Vul het e-mailadres in.', 'Kies een rol.', 'Kies een tijdelijk wachtwoord.'])
			assert.ok(summary.includes(msg), `summary says "${msg}"`);
		assert.equal(await page.getByLabel('Naam', { exact: true }).getAttribute('aria-invalid'), 'true');
		await assertNoHorizontalScroll(page, PHONE);
		await page.screenshot({ path: path.join(outDir, 'beheer-gebruiker-fouten-phone.png'), fullPage: true });

		await page.getByLabel('Naam', { exact: true }).fill('Fenna Fictief');
		await page.getByLabel('E-mailadres').fill('fenna@voorbeeld.example');
		await page.getByLabel('Rol', { exact: true }).selectOption('wijkbeheerder');
		await page.getByLabel(/Noord/).check();
		await page.getByLabel('Tijdelijk wachtwoord').fill('Welkom-bij-Leefbaar-1');
		await Promise.all([page.waitForNavigation(), page.getByRole('button', { name: 'Gebruiker aanmaken' }).click()]);
		assert.match(page.url(), /\/beheer\/gebruikers\/\d+\?melding=aangemaakt$/);
		assert.match(await page.locator('.flash').innerText(), /De gebruiker is aangemaakt/);
		assert.equal(await page.getByLabel(/Noord/).isChecked(), true);
		await assertNoHorizontalScroll(page, PHONE);
		await page.screenshot({ path: path.join(outDir, 'beheer-gebruiker-phone.png'), fullPage: true });

		await page.goto(`${server.url}/beheer/gebruikers?q=fenna`);
		assert.match(await page.locator('main table').innerText(), /Fenna Fictief/);

		// It is in the audit trail.
		await page.goto(`${server.url}/beheer/audit?actie=aangemaakt&object=gebruiker`);
		assert.match(await page.locator('main table').innerText(), /fenna@voorbeeld\.example/);
		await assertNoHorizontalScroll(page, PHONE);
		await page.screenshot({ path: path.join(outDir, 'beheer-audit-phone.png'), fullPage: true });

		// Fenna's first login: straight to choosing her own password, the page
		// starting with the current password (the username field for password
		// managers stays out of sight), told it is a temporary one.
		const first = await openPage(browser, PHONE);
		try {
			await login(first.page, server.url, 'fenna@voorbeeld.example', 'Welkom-bij-Leefbaar-1');
			assert.equal(new URL(first.page.url()).pathname, '/account/wachtwoord');
			assert.equal(await first.page.locator('input[name="gebruikersnaam"]').isVisible(), false);
			const visible = first.page.locator('main input:visible');
			assert.equal(await visible.first().getAttribute('name'), 'huidig');
			assert.match(await first.page.locator('.callout').innerText(), /tijdelijk wachtwoord/);
			assert.doesNotMatch(await first.page.locator('main').innerText(), /opnieuw ingesteld/);
			await first.page.screenshot({ path: path.join(outDir, 'eerste-login-phone.png'), fullPage: true });
			await assertClean(first.watch, 'the first login');
		} finally {
			await first.context.close();
		}

		// The 422 of the empty form is the browser's own console message.
		await assertClean(watch, 'creating a user', /status of 422/);
	} finally {
		await context.close();
	}
});

test('beheer lists on a desktop', async () => {
	const { context, page, watch } = await openPage(browser, DESKTOP);
	try {
		await login(page, server.url, 'beheerder@voorbeeld.example');
		for (const [url, file] of [['/beheer/gebruikers', 'beheer-gebruikers-desktop.png'],
			['/beheer/partners', 'beheer-partners-desktop.png'], ['/beheer/audit', 'beheer-audit-desktop.png']]) {
			const res = await page.goto(server.url + url);
			assert.equal(res.status(), 200);
			await assertNoHorizontalScroll(page, DESKTOP);
			await page.screenshot({ path: path.join(outDir, file), fullPage: true });
		}
		await assertClean(watch, 'beheer lists');
	} finally {
		await context.close();
	}
});
