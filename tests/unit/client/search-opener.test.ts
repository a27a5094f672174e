import { describe, expect, test } from 'vitest';
import { isSearchShortcut, type ShortcutKey } from '../../../src/client/search-opener';

const press = (key: string, code: string, modifiers: Partial<ShortcutKey> = {}): ShortcutKey => ({
	key,
	code,
	ctrlKey: false,
	metaKey: false,
	altKey: false,
	shiftKey: false,
	isComposing: false,
	...modifiers,
});

describe('isSearchShortcut()', () => {
	test('Ctrl+K and ⌘K open search on an English and a Russian layout (#11)', () => {
		expect(isSearchShortcut(press('k', 'KeyK', { ctrlKey: true }), false)).toBe(true);
		expect(isSearchShortcut(press('K', 'KeyK', { ctrlKey: true, shiftKey: true }), false)).toBe(
			true
		);
		expect(isSearchShortcut(press('л', 'KeyK', { ctrlKey: true }), false)).toBe(true);
		expect(isSearchShortcut(press('л', 'KeyK', { metaKey: true }), false)).toBe(true);
		// Inside a field too: Ctrl+K types nothing.
		expect(isSearchShortcut(press('л', 'KeyK', { ctrlKey: true }), true)).toBe(true);
	});

	test('the slash key opens search on either layout, outside text fields only (#11)', () => {
		expect(isSearchShortcut(press('/', 'Slash'), false)).toBe(true);
		expect(isSearchShortcut(press('.', 'Slash'), false)).toBe(true);
		// A layout that puts "/" on another key (German: Shift+7).
		expect(isSearchShortcut(press('/', 'Digit7', { shiftKey: true }), false)).toBe(true);
		expect(isSearchShortcut(press('/', 'Slash'), true)).toBe(false);
		expect(isSearchShortcut(press('.', 'Slash'), true)).toBe(false);
	});

	test('other keys, Alt, AltGr and composition never open search', () => {
		expect(isSearchShortcut(press('л', 'KeyK'), false)).toBe(false);
		expect(isSearchShortcut(press('k', 'KeyK'), false)).toBe(false);
		expect(isSearchShortcut(press('?', 'Slash', { shiftKey: true }), false)).toBe(false);
		expect(isSearchShortcut(press(',', 'Slash', { shiftKey: true }), false)).toBe(false);
		expect(isSearchShortcut(press('k', 'KeyK', { ctrlKey: true, altKey: true }), false)).toBe(
			false
		);
		expect(isSearchShortcut(press('/', 'Slash', { isComposing: true }), false)).toBe(false);
		expect(isSearchShortcut(press('j', 'KeyJ', { ctrlKey: true }), false)).toBe(false);
	});
});
