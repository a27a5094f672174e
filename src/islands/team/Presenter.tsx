/**
 * Presenter mode: one assessment on the projector, full screen where the browser allows. One area
 * per slide, the widest disagreement first, each saying in words whether it is one of the two
 * weakest and whether the client sees it most differently (then with the client-first question),
 * then every area in one table; ← and → (and a
 * clicker's Page Up and Page Down) or the buttons step, Esc leaves, and each step is announced.
 * Anonymous by default: dots without names, until the facilitator switches names on. With fewer
 * than three people it warns that answers can be told apart. Loaded only when first asked for.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { AssessmentModel } from '../assessment/model';
import type { Member } from './team-merge';
import type { TeamStrings } from './strings';
import { buildGroupView } from './group-view';
import { MIN_ANONYMOUS_PEOPLE, dimensionSlide, slideOrder } from './presenter-layout';
import { ARROWS, signedPoints } from '../shared/points';
import { fill, plural } from '../../i18n/plural';
import { formatDay } from '../../i18n/dates';
import PresenterStrip from './PresenterStrip';
import PresenterTable from './PresenterTable';
import './presenter.css';
import type { Locale } from '../../i18n/locales';

export interface Props {
	lang: Locale;
	model: AssessmentModel;
	client?: AssessmentModel | undefined;
	members: readonly Member[];
	strings: TeamStrings;
	onLeave: () => void;
}

const NEXT_KEYS = new Set(['ArrowRight', 'PageDown']);
const PREVIOUS_KEYS = new Set(['ArrowLeft', 'PageUp']);

export default function Presenter({ lang, model, client, members, strings, onLeave }: Props) {
	const text = strings.presenter;
	const view = useMemo(
		() =>
			buildGroupView(model, client, members, {
				colleague: strings.colleague,
				client: strings.clientPerson,
			}),
		[model, client, members, strings]
	);
	const order = useMemo(() => (view ? slideOrder(view.current.summary.dimensions) : []), [view]);
	const total = order.length + 1;
	const [step, setStep] = useState(0);
	const [showNames, setShowNames] = useState(false);
	const dialog = useRef<HTMLDialogElement>(null);
	const leave = useRef(onLeave);
	leave.current = onLeave;

	useEffect(() => {
		const element = dialog.current;
		if (!element) return;
		if (!element.open) element.showModal();
		const go = (delta: number) =>
			setStep((current) => Math.min(total - 1, Math.max(0, current + delta)));
		const onKey = (event: KeyboardEvent) => {
			if (event.altKey || event.ctrlKey || event.metaKey) return;
			if (NEXT_KEYS.has(event.key)) go(1);
			else if (PREVIOUS_KEYS.has(event.key)) go(-1);
			else return;
			event.preventDefault();
		};
		// Esc: the dialog's own cancel; leaving full screen by Esc leaves the mode too.
		const onCancel = (event: Event) => {
			event.preventDefault();
			leave.current();
		};
		const onClose = () => leave.current();
		const onFullscreen = () => {
			if (!document.fullscreenElement) leave.current();
		};
		document.addEventListener('keydown', onKey);
		element.addEventListener('cancel', onCancel);
		element.addEventListener('close', onClose);
		document.addEventListener('fullscreenchange', onFullscreen);
		return () => {
			document.removeEventListener('keydown', onKey);
			element.removeEventListener('cancel', onCancel);
			element.removeEventListener('close', onClose);
			document.removeEventListener('fullscreenchange', onFullscreen);
			if (element.open) element.close();
			if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
		};
	}, [total]);

	if (!view) return null;
	const index = order[step];
	const slide = index === undefined ? undefined : dimensionSlide(view, index, showNames);
	const title = slide ? slide.summary.label : text.overview;
	const count = view.current.agency.length;
	const announce = fill(text.announce, { current: step + 1, total, title });
	const range = (min: number, max: number) => fill(strings.range, { min, max });

	return (
		<dialog ref={dialog} class="presenter" aria-labelledby="presenter-title">
			<div class="presenter-bar">
				<p class="presenter-title" id="presenter-title">
					{model.title}
				</p>
				<p class="presenter-step" aria-hidden="true">
					{fill(text.step, { current: step + 1, total })}
				</p>
				<label class="presenter-switch">
					<input
						type="checkbox"
						role="switch"
						checked={showNames}
						onChange={(event) => setShowNames(event.currentTarget.checked)}
					/>{' '}
					{text.showNames}
				</label>
				<button type="button" class="presenter-button" onClick={onLeave}>
					{text.leave} <kbd>Esc</kbd>
				</button>
			</div>
			<p class="presenter-privacy">
				{showNames ? text.named : text.anonymous}
				{count < MIN_ANONYMOUS_PEOPLE && (
					<strong class="presenter-few"> {plural(lang, text.few, count)}</strong>
				)}
			</p>
			<div class="presenter-slide">
				<h2 class="step-title">
					{title}
					{slide?.summary.isMostDisputed && (
						<span class="presenter-badge">{strings.disputedBadge}</span>
					)}
					{slide?.summary.isWeakest && (
						<span class="presenter-badge is-weakest">{strings.weakestBadge}</span>
					)}
					{slide?.client?.isWidest && (
						<span class="presenter-badge is-gap">{strings.gapBadge}</span>
					)}
				</h2>
				{slide ? (
					<>
						<dl class="presenter-figures">
							<div>
								<dt>{text.median}</dt>
								<dd>{slide.summary.median}</dd>
							</div>
							<div>
								<dt>{text.average}</dt>
								<dd>{slide.summary.average}</dd>
							</div>
							<div>
								<dt>{strings.spread}</dt>
								<dd class="range">{range(slide.summary.min, slide.summary.max)}</dd>
							</div>
						</dl>
						<PresenterStrip
							strip={slide.strip}
							summary={fill(text.stripSummary, {
								area: slide.summary.label,
								people: plural(lang, strings.people, slide.count),
								scores: showNames
									? view.current.agency
											.map((row) => `${row.name} ${row.scores.dimensions[slide.index] ?? 0}`)
											.join(', ')
									: slide.strip.dots.map((dot) => dot.score).join(', '),
								median: slide.summary.median,
								average: slide.summary.average,
								range: range(slide.summary.min, slide.summary.max),
							})}
							labels={{
								dot: text.dot,
								average: text.average,
								median: text.median,
								spread: strings.spread,
								client: strings.clientAverage,
								previous: slide.change
									? fill(text.previousAverage, { date: formatDay(slide.change.since, lang, true) })
									: undefined,
							}}
						/>
						{slide.change && (
							<p class="presenter-line">
								<span aria-hidden="true">{ARROWS[slide.change.direction]} </span>
								{fill(text.change, {
									date: formatDay(slide.change.since, lang, true),
									delta: signedPoints(slide.change.delta),
									from: slide.change.previous,
									to: slide.summary.average,
								})}
							</p>
						)}
						{slide.client && (
							<p class="presenter-line">
								{fill(text.client, {
									average: slide.client.average,
									gap: signedPoints(slide.client.gap),
									words:
										slide.client.gap < 0
											? strings.clientLower
											: slide.client.gap > 0
												? strings.clientHigher
												: strings.clientSame,
								})}
							</p>
						)}
						{slide.summary.isMostDisputed && <p class="presenter-prompt">{strings.discussion}</p>}
						{slide.client?.isWidest && <p class="presenter-prompt is-gap">{strings.gapPrompt}</p>}
					</>
				) : (
					<PresenterTable
						lang={lang}
						model={model}
						view={view}
						showNames={showNames}
						strings={strings}
					/>
				)}
			</div>
			<div class="presenter-nav">
				<button
					type="button"
					class="presenter-button"
					aria-disabled={step === 0}
					onClick={() => setStep(Math.max(0, step - 1))}
				>
					<span aria-hidden="true">← </span>
					{text.previous}
				</button>
				<p class="presenter-keys">{text.keys}</p>
				<button
					type="button"
					class="presenter-button is-primary"
					aria-disabled={step === total - 1}
					onClick={() => setStep(Math.min(total - 1, step + 1))}
					autoFocus
				>
					{text.next}
					<span aria-hidden="true"> →</span>
				</button>
			</div>
			<p class="sr-only" role="status">
				{announce}
			</p>
		</dialog>
	);
}
