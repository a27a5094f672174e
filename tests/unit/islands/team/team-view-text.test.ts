/**
 * What the team view's parts say, rendered as the page renders them: no `{{placeholder}}` survives
 * anywhere (visible text, visually hidden text and accessible names alike), presenter mode names no
 * one until asked, and a chat pasted in is counted, never quoted (#14).
 */
import { h, type ComponentChild } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { afterAll, describe, expect, test } from 'vitest';
import { teamStrings } from '../../../../src/lib/island-strings';
import { fill } from '../../../../src/i18n/plural';
import { LOCALES } from '../../../../src/i18n/locales';
import { buildGroupView } from '../../../../src/islands/team/group-view';
import { decodeEntry, mergeText, type Member } from '../../../../src/islands/team/team-merge';
import { dimensionSlide, slideOrder } from '../../../../src/islands/team/presenter-layout';
import { csvActions, statusLabels } from '../../../../src/islands/team/handout';
import type { AgreedAction } from '../../../../src/links/actions';
import AssessmentGroup from '../../../../src/islands/team/AssessmentGroup';
import NamesSwitch from '../../../../src/islands/team/NamesSwitch';
import ActionsPanel from '../../../../src/islands/team/ActionsPanel';
import ActionForm from '../../../../src/islands/team/ActionForm';
import InvitePanel from '../../../../src/islands/team/InvitePanel';
import PasteReport from '../../../../src/islands/team/PasteReport';
import Presenter from '../../../../src/islands/team/Presenter';
import PresenterStrip from '../../../../src/islands/team/PresenterStrip';
import PresenterTable from '../../../../src/islands/team/PresenterTable';
import TeamLinkPanel from '../../../../src/islands/team/TeamLinkPanel';
import { CODES, TODAY, sampleCode } from '../../support/codes';
import { sessionPart } from '../../../../src/links/session-name';
import { assessmentModels } from '../../../../scripts/lib/assessment-models';

const NAMES = ['Анна Смирнова', 'Boris Petrov', 'Ilze Kalniņa'];
const ORIGIN = 'https://clientship.example';
const ACTIONS: AgreedAction[] = [
	{
		what: '<i>Call</i> Ilze {{not a placeholder of ours}}',
		who: 'Tomás',
		due: '2027-03-15',
		area: { assessmentId: 'relationship-health', dimensionId: 'respect' },
	},
	{ what: 'Book the next check', who: '', due: '' },
];

const member = (seed: number, name: string, date: string, side: 'agency' | 'client' = 'agency') => {
	const code = sampleCode('relationship-health', { seed, name, side });
	const decoded = decodeEntry({ assessmentId: 'relationship-health', code }, CODES);
	if (!decoded.ok) throw new Error(decoded.problem);
	// Dated as if made in an earlier round: codes cannot carry a day before dated codes existed.
	return { ...decoded.member, date };
};

/** Two rounds, the client's side in the later one, an earlier-statements result and an unnamed one. */
const MEMBERS: Member[] = [
	member(1, NAMES[0] ?? '', '2026-09-01'),
	member(2, NAMES[1] ?? '', '2026-09-01'),
	member(3, '', '2026-09-02'),
	member(4, NAMES[0] ?? '', TODAY),
	member(5, NAMES[1] ?? '', TODAY),
	member(6, NAMES[2] ?? '', TODAY),
	member(7, 'Ольга', TODAY, 'client'),
];

/** Rendered HTML, and the accessible names and hidden text in it, as one string to search. */
const render = (node: ComponentChild) => renderToString(node as never);

// TeamLinkPanel writes the team link from the page's own address (rendering happens as the tests
// are collected, hence here and not in a hook).
Object.assign(globalThis, { location: new URL(`${ORIGIN}/en/team/`) });
afterAll(() => {
	Reflect.deleteProperty(globalThis, 'location');
});

for (const lang of LOCALES) {
	describe(`the team view in ${lang}`, () => {
		const strings = teamStrings(lang);
		const models = assessmentModels(lang);
		const agency = models.find((m) => m.id === 'relationship-health' && m.side === 'agency');
		const client = models.find((m) => m.id === 'relationship-health' && m.side === 'client');
		if (!agency) throw new Error('no relationship-health');
		const view = buildGroupView(agency, client, MEMBERS, {
			colleague: strings.colleague,
			client: strings.clientPerson,
		});
		if (!view) throw new Error('no view');
		const noop = () => undefined;

		const parts: Record<string, string> = {
			group: render(
				h(AssessmentGroup, {
					lang,
					model: agency,
					client,
					members: MEMBERS,
					showNames: true,
					actions: csvActions(ACTIONS, [agency], statusLabels(strings.actions)),
					session: 'Северный ветер',
					strings,
					onRemove: noop,
					onMove: noop,
					onPresent: noop,
				})
			),
			numbered: render(
				h(AssessmentGroup, {
					lang,
					model: agency,
					client,
					members: MEMBERS,
					showNames: false,
					actions: csvActions(ACTIONS, [agency], statusLabels(strings.actions)),
					session: '',
					strings,
					onRemove: noop,
					onMove: noop,
					onPresent: noop,
				})
			),
			namesHidden: render(h(NamesSwitch, { shown: false, strings: strings.names, onChange: noop })),
			namesShown: render(h(NamesSwitch, { shown: true, strings: strings.names, onChange: noop })),
			actions: render(
				h(ActionsPanel, {
					lang,
					actions: ACTIONS,
					models: [agency],
					strings: strings.actions,
					onChange: noop,
				})
			),
			emptyActions: render(
				h(ActionsPanel, {
					lang,
					actions: [],
					models: [agency],
					strings: strings.actions,
					onChange: noop,
				})
			),
			editing: render(
				h(ActionForm, {
					lang,
					initial: ACTIONS[0],
					number: 1,
					models: [agency, agency],
					strings: strings.actions,
					canAdd: true,
					onSubmit: noop,
					onCancel: noop,
				})
			),
			...Object.fromEntries(
				['', 'Северный ветер'].map((session) => [
					`invite-${session}`,
					render(
						h(InvitePanel, {
							lang,
							models,
							strings,
							isOpen: true,
							session,
							sessionInput: session,
							isSessionCut: session !== '',
							onSessionInput: noop,
						})
					),
				])
			),
			teamLink: render(
				h(TeamLinkPanel, {
					lang,
					strings,
					members: [...MEMBERS, ...MEMBERS, ...MEMBERS],
					actions: '',
					session: 'Северный ветер',
				})
			),
			presenter: render(
				h(Presenter, { lang, model: agency, client, members: MEMBERS, strings, onLeave: noop })
			),
			...Object.fromEntries(
				[false, true].flatMap((showNames): [string, string][] => [
					[
						`table-${showNames}`,
						render(h(PresenterTable, { lang, model: agency, view, showNames, strings })),
					],
					...slideOrder(view.current.summary.dimensions).map((index): [string, string] => {
						const slide = dimensionSlide(view, index, showNames);
						if (!slide) throw new Error('no slide');
						return [
							`strip-${index}-${showNames}`,
							render(
								h(PresenterStrip, {
									strip: slide.strip,
									summary: strings.presenter.stripSummary,
									labels: {
										dot: strings.presenter.dot,
										average: strings.presenter.average,
										median: strings.presenter.median,
										spread: strings.spread,
										client: strings.clientAverage,
										previous: fill(strings.presenter.previousAverage, {
											date: slide.change?.since ?? '',
										}),
									},
								})
							).replace(/aria-label="[^"]*"/, ''),
						];
					}),
				])
			),
		};

		test('no {{placeholder}} survives, in text, hidden text or accessible names', () => {
			for (const [name, html] of Object.entries(parts)) {
				// The action typed with braces is the reader's own text, shown as typed.
				const ours = html.replaceAll('{{not a placeholder of ours}}', '');
				expect(ours.match(/\{\{\w*\}\}/g) ?? [], name).toEqual([]);
			}
		});

		test('the agreed actions are shown as text, markup and all', () => {
			expect(parts['actions']).toContain('&lt;i>Call&lt;/i> Ilze');
			expect(parts['actions']).not.toContain('<i>Call</i>');
		});

		test('presenter mode names no one until names are switched on', () => {
			const anonymous = Object.entries(parts)
				.filter(([name]) => name === 'presenter' || name.endsWith('-false'))
				.map(([, html]) => html)
				.join('\n');
			for (const name of [...NAMES, 'Ольга']) expect(anonymous).not.toContain(name);
			const named = Object.entries(parts)
				.filter(([name]) => name.endsWith('-true'))
				.map(([, html]) => html)
				.join('\n');
			for (const name of NAMES) expect(named).toContain(name);
		});

		test('a result for another session is reported by its line, sender and session, with a way to add it (#22)', () => {
			const code = sampleCode('relationship-health', { seed: 9, name: 'Вера' });
			const text = `Вера: ${ORIGIN}/${lang}/assessments/relationship-health/#r=${code}${sessionPart('Южный берег')}`;
			const report = mergeText([], text, CODES, 'Северный ветер');
			expect(report.held).toHaveLength(1);
			const html = render(
				h(PasteReport, { lang, report, strings, limit: 200, onAddHeld: () => undefined })
			);
			expect(html).toContain(
				fill(strings.heldLineNamed, { line: 1, label: 'Вера', session: 'Южный берег' })
			);
			expect(html).toContain(strings.addHeld);
			expect(html.match(/\{\{\w*\}\}/g) ?? []).toEqual([]);
		});

		test('the team table names people by number until names are shown (#22)', () => {
			for (const name of [...NAMES, 'Ольга']) expect(parts['numbered']).not.toContain(name);
			expect(parts['numbered']).toContain(fill(strings.participant, { number: 1 }));
			for (const name of NAMES) expect(parts['group']).toContain(name);
			expect(parts['namesHidden']).toContain(strings.names.hidden);
			expect(parts['namesShown']).toContain(strings.names.shown);
		});

		test('a pasted chat is counted, never quoted; a broken link is named by its line', () => {
			const link = (seed: number, name: string) =>
				`${ORIGIN}/${lang}/assessments/relationship-health/#r=${sampleCode('relationship-health', { seed, name })}`;
			const broken = link(9, 'Юлия').replace(/\.(\w+)$/, '.zzzzzz');
			const chat = [
				'Анна Смирнова, [12.03.2025 10:14]',
				'сорри, что поздно',
				link(1, 'Анна'),
				'Борис Петров, [12.03.2025 10:15]',
				`вот моя ${link(2, 'Борис')}`,
				'Юлия, [12.03.2025 10:16]',
				`Юлия: ${broken}`,
				...Array.from({ length: 20 }, (_, index) => `спасибо всем! 🙌 ${index}`),
			];
			expect(chat).toHaveLength(27);
			const report = mergeText([], chat.join('\n'), CODES);
			expect(report.added).toBe(2);
			expect(report.linesWithoutLinks).toBe(24);
			expect(report.broken).toEqual([{ line: 7, label: 'Юлия', problem: 'altered' }]);
			const html = render(h(PasteReport, { lang, report, strings, limit: 200, onAddHeld: noop }));
			for (const line of chat.filter((text) => !text.includes('http'))) {
				expect(html).not.toContain(line);
			}
			expect(html).toContain('Юлия');
			expect(html).toContain(strings.linkProblems.altered);
			expect(html).toMatch(/24/);
		});
	});
}
