/**
 * The strings of the team view's session tools (the invitation, presenter mode and the agreed
 * actions), resolved at build time in one language like every island's strings.
 */
import { pluralForms, useTranslations, type Locale } from '../i18n/i18n';
import type { ActionStrings, InviteStrings, PresenterStrings } from '../islands/team/strings';

/** The invitation's strings in one language. */
export function inviteStrings(lang: Locale): InviteStrings {
	const t = useTranslations(lang);
	return {
		heading: t('team.invite.heading'),
		intro: t('team.invite.intro'),
		sameClient: t('team.invite.sameClient'),
		assessment: t('team.invite.assessment'),
		side: t('team.invite.side'),
		sideAgency: t('team.invite.sideAgency'),
		sideClient: t('team.invite.sideClient'),
		link: t('team.invite.link'),
		qrAgency: t('team.invite.qrAgency'),
		qrClient: t('team.invite.qrClient'),
	};
}

/** Presenter mode's strings in one language. */
export function presenterStrings(lang: Locale): PresenterStrings {
	const t = useTranslations(lang);
	return {
		step: t('team.presenter.step'),
		announce: t('team.presenter.announce'),
		previous: t('team.presenter.previous'),
		next: t('team.presenter.next'),
		leave: t('team.presenter.leave'),
		keys: t('team.presenter.keys'),
		showNames: t('team.presenter.showNames'),
		anonymous: t('team.presenter.anonymous'),
		named: t('team.presenter.named'),
		few: pluralForms(lang, 'team.presenter.few'),
		average: t('team.presenter.average'),
		median: t('team.presenter.median'),
		spread: t('team.spread'),
		dot: t('team.presenter.dot'),
		previousAverage: t('team.presenter.previousAverage'),
		change: t('team.presenter.change'),
		client: t('team.presenter.client'),
		clientAverage: t('team.clientAverage'),
		stripSummary: t('team.presenter.stripSummary'),
		overview: t('team.presenter.overview'),
		namesHidden: t('team.presenter.namesHidden'),
		tableCaption: t('team.presenter.tableCaption'),
		disputedBadge: t('team.disputedBadge'),
		discussion: t('team.discussion'),
		clientLower: t('team.clientLower'),
		clientHigher: t('team.clientHigher'),
		clientSame: t('team.clientSame'),
	};
}

/** The agreed actions' strings in one language. */
export function actionStrings(lang: Locale): ActionStrings {
	const t = useTranslations(lang);
	return {
		heading: t('team.actions.heading'),
		intro: t('team.actions.intro'),
		empty: t('team.actions.empty'),
		new: t('team.actions.new'),
		editing: t('team.actions.editing'),
		what: t('team.actions.what'),
		whatHint: t('team.actions.whatHint'),
		who: t('team.actions.who'),
		whoHint: t('team.actions.whoHint'),
		due: t('team.actions.due'),
		dueHint: t('team.actions.dueHint'),
		dueReads: t('team.actions.dueReads'),
		area: t('team.actions.area'),
		noArea: t('team.actions.noArea'),
		add: t('team.actions.add'),
		save: t('team.actions.save'),
		cancel: t('team.actions.cancel'),
		edit: t('team.actions.edit'),
		editName: t('team.actions.editName'),
		remove: t('team.actions.remove'),
		removeName: t('team.actions.removeName'),
		up: t('team.actions.up'),
		upName: t('team.actions.upName'),
		down: t('team.actions.down'),
		downName: t('team.actions.downName'),
		cut: t('team.actions.cut'),
		whatMissing: t('team.actions.whatMissing'),
		dueIncomplete: t('team.actions.dueIncomplete'),
		dueNotADate: t('team.actions.dueNotADate'),
		full: t('team.actions.full'),
		added: t('team.actions.added'),
		saved: t('team.actions.saved'),
		removed: t('team.actions.removed'),
		moved: t('team.actions.moved'),
		dueBy: t('team.actions.dueBy'),
		damaged: t('team.actions.damaged'),
		newer: t('team.actions.newer'),
	};
}
