// Logging in and out in a real browser, and the beheerder creating an
// account: forms, redirects, the session cookie, no console or CSP errors,
// and phone-width screenshots of beheer in tests/e2e/out/.
//
//   LEEFBAAR_BIN=build/rel/leefbaar node --test tests/e2e/login.test.mjs

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { startServer, launchBrowser, watchPage, ensureOutDir, ROOT } from './server.mjs';

const run = promisify(execFile);
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };
const DEMO_PASSWORD = 'Leefbaar-demo-2026';

let server;
let browser;
let outDir;

before(async () => {
	server = await startServer();
	// The demo organisation, with the test's fast password hashing.
	const bin = path.resolve(ROOT, process.env.LEEFBAAR_BIN || 'build/rel/leefbaar');
	await run(bin, ['seed', '--organisation', '--config', path.join(server.dir, 'config.ini'),
		'--db', path.join(server.dir, 'test.db')], { cwd: ROOT });
	browser = await launchBrowser();
	outDir = await ensureOutDir();
});

after(async () => {
	await browser?.close();
	await server?.stop();
});

async function open(viewport) {
	const context = await browser.newContext({ viewport, locale: 'nl-NL' });
	const page = await context.newPage();
	const watch = await watchPage(page);
	return { context, page, watch };
}

async function login(page, email, password) {
	await page.goto(`${server.url}/login`);
	await page.getByLabel('E-mailadres').fill(email);
	await page.getByLabel('Wachtwoord').fill(password);
	await Promise.all([
		page.waitForNavigation(),
		page.getByRole('button', { name: 'Inloggen' }).click(),
	]);
}

async function assertNoHorizontalScroll(page, viewport) {
	const width = await page.evaluate(() => document.documentElement.scrollWidth);
	assert.ok(width <= viewport.width, `no sideways scrolling at ${viewport.width}px (page is ${width}px wide)`);
}

test('a coördinator logs in with the form and logs out', async () => {
	const { context, page, watch } = await open(PHONE);
	try {
		// A wrong password first: the form says so and keeps the address.
		await login(page, 'coordinator@voorbeeld.example', 'niet-het-wachtwoord');
		assert.match(await page.locator('.error-summary').innerText(), /Inloggen is niet gelukt/);
		assert.equal(await page.getByLabel('E-mailadres').inputValue(), 'coordinator@voorbeeld.example');

		await login(page, 'coordinator@voorbeeld.example', DEMO_PASSWORD);
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
		const problems = (await watch.all()).filter((p) => !/status of (401|403)/.test(p));
		assert.deepEqual(problems, [], 'no console errors or CSP violations');
	} finally {
		await context.close();
	}
});

test('the beheerder creates a user (phone)', async () => {
	const { context, page, watch } = await open(PHONE);
	try {
		await login(page, 'beheerder@voorbeeld.example', DEMO_PASSWORD);
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

		// The 422 of the empty form is the browser's own console message.
		const problems = (await watch.all()).filter((p) => !/status of 422/.test(p));
		assert.deepEqual(problems, [], 'no console errors or CSP violations');
	} finally {
		await context.close();
	}
});

test('beheer lists on a desktop', async () => {
	const { context, page, watch } = await open(DESKTOP);
	try {
		await login(page, 'beheerder@voorbeeld.example', DEMO_PASSWORD);
		for (const [url, file] of [['/beheer/gebruikers', 'beheer-gebruikers-desktop.png'],
			['/beheer/partners', 'beheer-partners-desktop.png'], ['/beheer/audit', 'beheer-audit-desktop.png']]) {
			const res = await page.goto(server.url + url);
			assert.equal(res.status(), 200);
			await assertNoHorizontalScroll(page, DESKTOP);
			await page.screenshot({ path: path.join(outDir, file), fullPage: true });
		}
		assert.deepEqual(await watch.all(), [], 'no console errors or CSP violations');
	} finally {
		await context.close();
	}
});
