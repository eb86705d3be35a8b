// Steps the browser tests share, on top of server.mjs: the demo
// organisation in the server's database, a fresh page with its watcher,
// logging in through the form, and the checks every page gets.
//
//   let server, browser, outDir;
//   before(async () => ({ server, browser, outDir } = await startAll()));
//   after(() => stopAll({ server, browser }));
//
//   const { context, page, watch } = await openPage(browser, PHONE);
//   await login(page, server.url, 'sociaal@voorbeeld.example');
//   ...
//   await assertNoHorizontalScroll(page, PHONE, 'the list');
//   await assertClean(watch, 'the list');
//   await context.close();

import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { ROOT, startServer, launchBrowser, watchPage, ensureOutDir } from './server.mjs';

const run = promisify(execFile);

/** The password of every account `leefbaar seed --organisation` makes. */
export const DEMO_PASSWORD = 'Leefbaar-demo-2026';

export const PHONE = { width: 390, height: 844 };
export const DESKTOP = { width: 1280, height: 800 };

/** The binary under test, as startServer() runs it. */
export const BIN = path.resolve(ROOT, process.env.LEEFBAAR_BIN || 'build/rel/leefbaar');

/** An 8x8 grey baseline JPEG (libmagic: image/jpeg), the one the HTTP tests send too. */
export const JPEG = Buffer.from(
	'ffd8ffe000104a46494600010100000100010000ffdb004300' + '01'.repeat(64) +
	'ffc0000b080008000801011100ffc4001400010000000000000000000000000000000000ffc400141001' +
	'0000000000000000000000000000000000ffda0008010100003f003fffd9', 'hex');

/**
 * `leefbaar seed --organisation EXTRA...` on the running server's database
 * (WAL: the server keeps running), with the test's fast password hashing:
 * areas, the address register, partners and an account for every role,
 * each with DEMO_PASSWORD. extra adds options, e.g. ['--meldingen', '4000'].
 */
export async function seedOrganisation(server, extra = []) {
	await run(BIN, ['seed', '--organisation', ...extra, '--config', path.join(server.dir, 'config.ini'),
		'--db', path.join(server.dir, 'test.db')], { cwd: ROOT });
}

/**
 * What a test file needs before its tests: the server, seeded with the
 * demo organisation (seedOrganisation(server, seed); seed null: an empty
 * database), Chromium, and tests/e2e/out/ for the screenshots. Resolves to
 * { server, browser, outDir }; stop them with stopAll().
 */
export async function startAll({ seed = [] } = {}) {
	const server = await startServer();
	const all = { server };
	try {
		if (seed)
			await seedOrganisation(server, seed);
		all.browser = await launchBrowser();
		all.outDir = await ensureOutDir();
	} catch (err) {
		await stopAll(all);
		throw err;
	}
	return all;
}

/** Closes the browser and stops the server (after a failed start either may be missing). */
export async function stopAll({ server, browser }) {
	await browser?.close();
	await server?.stop();
}

/**
 * A tenant's melding through the public JSON API (POST /api/v1/meldingen
 * with fields); fails unless it is accepted, resolves to its reference.
 */
export async function reportMelding(baseUrl, fields) {
	const res = await fetch(`${baseUrl}/api/v1/meldingen`, {
		method: 'POST',
		headers: { 'Content-Type': 'application/json' },
		body: JSON.stringify(fields),
	});
	assert.equal(res.status, 201, `melding accepted: ${await res.clone().text()}`);
	return (await res.json()).referentie;
}

/** A fresh context of this size (Dutch locale) with one page and its watcher (watchPage()). */
export async function openPage(browser, viewport) {
	const context = await browser.newContext({ viewport, locale: 'nl-NL' });
	const page = await context.newPage();
	const watch = await watchPage(page);
	return { context, page, watch };
}

/** Fills in the login form at baseUrl and sends it; resolves once the browser has followed the answer. */
export async function submitLogin(page, baseUrl, email, password = DEMO_PASSWORD) {
	await page.goto(`${baseUrl}/login`);
	await page.getByLabel('E-mailadres').fill(email);
	await page.getByLabel('Wachtwoord').fill(password);
	await Promise.all([
		page.waitForNavigation(),
		page.getByRole('button', { name: 'Inloggen' }).click(),
	]);
}

/** Logs in through the form (submitLogin()); fails unless the browser lands away from /login. */
export async function login(page, baseUrl, email, password = DEMO_PASSWORD) {
	await submitLogin(page, baseUrl, email, password);
	assert.notEqual(new URL(page.url()).pathname, '/login', `${email} is logged in`);
}

/** Fails if the page is wider than the viewport (sideways scrolling); what names the page in the message. */
export async function assertNoHorizontalScroll(page, viewport, what) {
	const width = await page.evaluate(() => document.documentElement.scrollWidth);
	assert.ok(width <= viewport.width,
		`${what ? `${what}: ` : ''}no sideways scrolling at ${viewport.width}px (page is ${width}px wide)`);
}

/**
 * Fails if the watcher saw a console error, an uncaught exception or a CSP
 * violation, except the messages matching allowed (e.g. /status of 422/: a
 * browser logs the 4xx answers a test asks for on its own).
 */
export async function assertClean(watch, what, allowed = null) {
	const problems = (await watch.all()).filter((p) => !allowed || !allowed.test(p));
	assert.deepEqual(problems, [], `${what}: no console errors or CSP violations`);
}
