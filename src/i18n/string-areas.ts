/**
 * Which UI strings a browser script or an island needs, declared once: a string area names a key
 * prefix and the keys under it, and both the strings' type (`Bundle`) and, at build time, their
 * values (`bundle()` in `i18n.ts`) come from that one list. A key that is not in the string files
 * is a type error where the list is written.
 *
 * This module is browser-safe (types and one identity function): islands import their types from
 * it, browser scripts the areas they read with `readStrings()`, and neither ships i18next or the
 * string files.
 *
 * @example
 *     export const SEARCH_STRINGS = stringArea('search.', ['loading', 'error'], ['results']);
 *     type SearchStrings = Bundle<typeof SEARCH_STRINGS>; // { loading: string; error: string; results: PluralForms }
 */
import type en from './en.json';
import type { PluralForms } from './plural';

/** Every key of the string files (`en.json` and `ru.json` have the same keys: the parity test). */
export type StringKey = keyof typeof en;

/**
 * The keys under `Prefix`, without it: `KeysUnder<'team.actions.'>` → `'heading' | 'intro' | …`.
 * Plural keys appear with their endings (`added_one`, `added_other`).
 */
export type KeysUnder<Prefix extends string> = StringKey extends infer Key
	? Key extends `${Prefix}${infer Rest}`
		? Rest
		: never
	: never;

/** The plural keys under `Prefix`, without the prefix and the plural ending: `'added'`. */
export type PluralsUnder<Prefix extends string> =
	KeysUnder<Prefix> extends infer Key ? (Key extends `${infer Base}_other` ? Base : never) : never;

/** A prefix and the keys under it that one script or island shows. */
export interface StringArea<
	Prefix extends string = string,
	Strings extends readonly string[] = readonly string[],
	Plurals extends readonly string[] = readonly string[],
> {
	/** The keys' common start, with its dot: `'team.actions.'`. */
	readonly prefix: Prefix;
	/** Keys of plain strings, without the prefix. */
	readonly strings: Strings;
	/** Keys of counted strings, without the prefix and the plural ending: every form goes along. */
	readonly plurals: Plurals;
}

/** The strings of an area in one language: each plain key a string, each plural key its forms. */
export type Bundle<Area extends StringArea> = {
	readonly [Key in Area['strings'][number]]: string;
} & {
	readonly [Key in Area['plurals'][number]]: PluralForms;
};

/**
 * Declares a string area, checking at compile time that every key exists in the string files.
 * Marked free of side effects for the bundler: an area no browser code reads (an island's strings
 * arrive resolved, as props or a module) is then left out of the files the browser loads.
 * @example stringArea('search.', ['loading'], ['results']) → { prefix: 'search.', strings: ['loading'], plurals: ['results'] }
 */
/* @__NO_SIDE_EFFECTS__ */
export function stringArea<
	const Prefix extends string,
	const Strings extends readonly KeysUnder<Prefix>[],
	const Plurals extends readonly PluralsUnder<Prefix>[] = readonly [],
>(prefix: Prefix, strings: Strings, plurals?: Plurals): StringArea<Prefix, Strings, Plurals> {
	return { prefix, strings, plurals: plurals ?? ([] as unknown as Plurals) };
}
