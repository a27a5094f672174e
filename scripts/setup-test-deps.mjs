#!/usr/bin/env node
// The first step of `npm test`: makes sure the machine has what the tests need beyond npm
// packages (the list is scripts/lib/test-deps.ts). What is missing is installed from Debian when
// this process may (root, or sudo without a password); otherwise Chromium alone can come from
// Playwright's own download. Whatever is still missing stops the run here, once, with one message
// that names every piece and the one command that installs them all.
//
// usage: node scripts/setup-test-deps.mjs
import { spawnSync } from 'node:child_process';
import { userInfo } from 'node:os';
import { machineProbe, missingTestDependencies, nextSetupStep, onPath } from './lib/test-deps.ts';

const probe = machineProbe();
const abilities = {
	hasApt: onPath('apt-get', probe) !== undefined,
	isRoot: userInfo().uid === 0,
	hasSudo: onPath('sudo', probe) !== undefined && probe.succeeds('sudo', ['-n', 'true']),
};

/** Runs a command for all to see; false if it failed. */
function run(command, args) {
	console.log(`setup-test-deps: ${command} ${args.join(' ')}`);
	return spawnSync(command, args, { stdio: 'inherit' }).status === 0;
}

const tried = { triedApt: false, triedPlaywright: false };
for (;;) {
	const missing = missingTestDependencies(probe);
	const next = nextSetupStep(missing, abilities, tried);
	if (next.step === 'ready') {
		console.log('setup-test-deps: Chromium, Java, LibreOffice, Firefox ESR and WebKitGTK found.');
		break;
	}
	if (next.step === 'stop') {
		console.error(`\n${next.message}\n`);
		process.exit(1);
	}
	if (next.step === 'apt') {
		tried.triedApt = true;
		// `env` sets the variable past sudo, which would drop it from the environment.
		const apt = [
			...(next.sudo ? ['sudo', '-n'] : []),
			'env',
			'DEBIAN_FRONTEND=noninteractive',
			'apt-get',
		];
		const [command = 'env', ...prefix] = apt;
		if (run(command, [...prefix, 'update'])) {
			run(command, [...prefix, 'install', '-y', ...next.packages]);
		}
	} else {
		tried.triedPlaywright = true;
		run('npx', ['playwright', 'install', 'chromium']);
	}
}
