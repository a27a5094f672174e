#!/usr/bin/env node
// Adds lockfile entries for optional platform packages that npm could not resolve.
//
// Why: the registry this project is installed from lacks some platform builds of native packages
// (e.g. @astrojs/compiler-binding-darwin-arm64@0.5.1, @pagefind/windows-x64@1.6.0). `npm install`
// skips a missing optional package and leaves it out of package-lock.json, and `npm ci` then
// refuses the lockfile as out of sync. An entry with the package's os and cpu lets `npm ci`
// skip it on other platforms, exactly as it would with a lockfile made against the full registry.
//
// usage: npm install && npm run lock:complete
import { readFileSync, writeFileSync } from 'node:fs';

const OS = {
	android: 'android',
	darwin: 'darwin',
	linux: 'linux',
	win32: 'win32',
	windows: 'win32',
	freebsd: 'freebsd',
};
const CPU = ['arm64', 'x64', 'ia32', 'arm', 'wasm32'];

const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));
const added = [];
for (const [path, entry] of Object.entries(lock.packages)) {
	for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
		const key = `node_modules/${name}`;
		if (lock.packages[key] || lock.packages[`${path}/${key}`]) continue;
		const parts = name.split('/').at(-1).split('-');
		const os = parts.map((part) => OS[part]).find(Boolean);
		const cpu = parts.find((part) => CPU.includes(part));
		const libc = parts.includes('musl') ? ['musl'] : parts.includes('gnu') ? ['glibc'] : undefined;
		lock.packages[key] = {
			version,
			optional: true,
			...(os ? { os: [os] } : {}),
			...(cpu ? { cpu: [cpu] } : {}),
			...(libc ? { libc } : {}),
		};
		added.push(`${name}@${version}`);
	}
}
lock.packages = Object.fromEntries(
	Object.entries(lock.packages).sort(([a], [b]) =>
		a === '' ? -1 : b === '' ? 1 : a.localeCompare(b)
	)
);
writeFileSync('package-lock.json', `${JSON.stringify(lock, null, 2)}\n`);
console.log(
	added.length
		? `Added ${added.length} entries:\n${added.join('\n')}`
		: 'The lockfile already lists every optional package.'
);
