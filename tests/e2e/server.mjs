// Helpers for the browser tests: start the real leefbaar server on a free
// loopback port with a throw-away data directory, and launch Debian's
// Chromium through playwright-core (no browser download).
//
//   const server = await startServer();   // server.url = http://127.0.0.1:PORT
//   const browser = await launchBrowser();
//   ...
//   await browser.close();
//   const code = await server.stop();      // SIGTERM; resolves to the exit code
//
// Environment: LEEFBAAR_BIN (default build/rel/leefbaar, relative to the
// repository root), CHROMIUM (default /usr/bin/chromium).

import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile, mkdir } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const OUT_DIR = path.join(ROOT, 'tests', 'e2e', 'out');

const HEALTH_TIMEOUT_MS = 10_000;
const STOP_TIMEOUT_MS = 10_000;

/** A free TCP port on 127.0.0.1: listen on port 0, read it, close. */
export function freePort() {
	return new Promise((resolve, reject) => {
		const srv = net.createServer();
		srv.unref();
		srv.on('error', reject);
		srv.listen(0, '127.0.0.1', () => {
			const { port } = srv.address();
			srv.close(() => resolve(port));
		});
	});
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Starts `leefbaar serve` with a fresh temporary directory holding its
 * config.ini and database. Resolves once GET /healthz answers 200; rejects
 * (after killing the process) when that takes longer than 10 s or the
 * process exits first. The error carries the server's output.
 */
export async function startServer({ bin = process.env.LEEFBAAR_BIN || 'build/rel/leefbaar' } = {}) {
	const binPath = path.resolve(ROOT, bin);
	const tmp = await mkdtemp(path.join(os.tmpdir(), 'leefbaar-e2e-'));
	const config = path.join(tmp, 'config.ini');
	const db = path.join(tmp, 'test.db');
	await writeFile(config,
		'[app]\n' +
		`data_dir = ${tmp}\n` +
		'[server]\n' +
		'access_log = false\n' +
		'[security]\n' +
		'pwhash = test\n');

	const port = await freePort();
	const url = `http://127.0.0.1:${port}`;
	const child = spawn(binPath,
		['serve', '--config', config, '--listen', `127.0.0.1:${port}`, '--db', db],
		{ cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });

	let output = '';
	const keep = (chunk) => {
		output += chunk;
		if (output.length > 64 * 1024)
			output = output.slice(-64 * 1024);
	};
	child.stdout.setEncoding('utf8').on('data', keep);
	child.stderr.setEncoding('utf8').on('data', keep);

	let exitInfo = null;
	const exited = new Promise((resolve) => {
		child.on('exit', (code, signal) => {
			exitInfo = { code, signal };
			resolve(exitInfo);
		});
		child.on('error', (err) => {
			exitInfo = { code: null, signal: null, error: err };
			resolve(exitInfo);
		});
	});

	const cleanup = () => rm(tmp, { recursive: true, force: true });

	const deadline = Date.now() + HEALTH_TIMEOUT_MS;
	let lastError = 'no answer';
	for (;;) {
		if (exitInfo) {
			await cleanup();
			const why = exitInfo.error ? exitInfo.error.message
				: `exit code ${exitInfo.code}, signal ${exitInfo.signal}`;
			throw new Error(`leefbaar serve stopped before it was healthy (${why}); ` +
				`binary ${binPath}\n--- server output ---\n${output}`);
		}
		try {
			const res = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(1000) });
			await res.arrayBuffer();
			if (res.status === 200)
				break;
			lastError = `GET /healthz answered ${res.status}`;
		} catch (err) {
			lastError = err.cause?.code || err.message;
		}
		if (Date.now() > deadline) {
			child.kill('SIGKILL');
			await exited;
			await cleanup();
			throw new Error(`leefbaar serve not healthy within ${HEALTH_TIMEOUT_MS / 1000} s ` +
				`(${lastError})\n--- server output ---\n${output}`);
		}
		await sleep(100);
	}

	let stopped = null;
	return {
		url,
		port,
		dir: tmp,
		child,
		output: () => output,
		/** SIGTERM, wait for exit (SIGKILL after 10 s), remove the temp dir; resolves to the exit code. */
		stop() {
			if (stopped)
				return stopped;
			stopped = (async () => {
				if (!exitInfo)
					child.kill('SIGTERM');
				const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
				const info = await exited;
				clearTimeout(timer);
				await cleanup();
				return info.signal ? `signal ${info.signal}` : info.code;
			})();
			return stopped;
		},
	};
}

export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
];

/** Debian's Chromium, headless. */
export function launchBrowser() {
	return chromium.launch({
		executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
		headless: true,
		args: CHROMIUM_ARGS,
	});
}

/**
 * Collects what must not happen on a page: console errors (a CSP violation
 * is reported there too), uncaught exceptions, and securitypolicyviolation
 * events (recorded by an init script, which runs outside the page's CSP).
 * The layout carries its icon as a data: URI, so no /favicon.ico 404 either.
 */
export async function watchPage(page) {
	const problems = [];
	page.on('console', (msg) => {
		if (msg.type() !== 'error')
			return;
		const where = msg.location()?.url || '';
		problems.push(`console error: ${msg.text()}${where ? ` (${where})` : ''}`);
	});
	page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
	await page.addInitScript(() => {
		window.__cspViolations = [];
		document.addEventListener('securitypolicyviolation', (e) => {
			window.__cspViolations.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'}` +
				(e.sourceFile ? ` at ${e.sourceFile}:${e.lineNumber}` : ''));
		});
	});
	return {
		problems,
		/** Everything collected so far, CSP events included. */
		async all() {
			let csp = [];
			try {
				csp = await page.evaluate(() => window.__cspViolations || []);
			} catch {
				/* page closed */
			}
			return [...problems, ...csp.map((v) => `CSP violation: ${v}`)];
		},
	};
}

export async function ensureOutDir() {
	await mkdir(OUT_DIR, { recursive: true });
	return OUT_DIR;
}
