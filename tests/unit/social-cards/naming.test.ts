import { describe, expect, test } from 'vitest';
import { socialCardKey, socialImagePath } from '../../../src/social-cards/naming';

describe('socialImagePath()', () => {
	test('names a card by its page’s path', () => {
		expect(socialImagePath('')).toBe('og/home.png');
		expect(socialImagePath('lessons/marriage-or-mess/')).toBe('og/lessons/marriage-or-mess.png');
		expect(socialImagePath('assessments/relationship-health/client/')).toBe(
			'og/assessments/relationship-health/client.png'
		);
	});
});

describe('socialCardKey()', () => {
	test('drops the slashes at either end', () => {
		expect(socialCardKey('/team/')).toBe('team');
		expect(socialCardKey('')).toBe('home');
	});
});
