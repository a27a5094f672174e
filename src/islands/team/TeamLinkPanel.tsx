/**
 * The team link: the whole view in one link, to open anywhere. Over `MAX_SAFE_LINK_LENGTH`
 * characters, mail programs may break it, so the panel says so and offers a shorter link that
 * names no one (and points to the CSV).
 */
import { useState } from 'preact/hooks';
import { dropName } from '../../links/share-code';
import type { Member } from './team-merge';
import { teamFragment } from '../../links/team-link';
import type { TeamStrings } from './strings';
import CopyLinkField from '../shared/CopyLinkField';
import { fill } from '../../i18n/plural';

/**
 * Older Outlook builds and some mail gateways break links longer than about 2,000 characters
 * (the classic Internet Explorer URL limit of 2,083 that much mail software still honours).
 */
export const MAX_SAFE_LINK_LENGTH = 2000;

export interface Props {
	strings: TeamStrings;
	members: readonly Member[];
	actions: string;
	/** The session's name, which the link carries too. */
	session: string;
}

export default function TeamLinkPanel({ strings, members, actions, session }: Props) {
	const [isShort, setShort] = useState(false);
	const base = `${location.origin}${location.pathname}`;
	const full = `${base}${teamFragment({ entries: [...members], actions, session })}`;
	const short = `${base}${teamFragment({
		entries: members.map((member) => ({
			...member,
			code: dropName(member.assessmentId, member.code),
		})),
		actions,
		session,
	})}`;
	const link = isShort ? short : full;
	const isLong = full.length > MAX_SAFE_LINK_LENGTH;
	return (
		<div class="team-link no-print">
			<h2>{strings.teamLinkHeading}</h2>
			<p>{strings.teamLinkIntro}</p>
			{isLong && (
				<div class="callout is-warning">
					<p>{fill(strings.linkTooLong, { count: full.length, limit: MAX_SAFE_LINK_LENGTH })}</p>
					<p>
						<label class="check">
							<input
								type="checkbox"
								checked={isShort}
								onChange={(event) => setShort(event.currentTarget.checked)}
							/>{' '}
							{fill(strings.shortLink, { count: short.length })}
						</label>
					</p>
					{short.length > MAX_SAFE_LINK_LENGTH && <p>{strings.stillTooLong}</p>}
				</div>
			)}
			<CopyLinkField
				key={link}
				id="team-link"
				label={strings.teamLink}
				link={link}
				strings={strings.copyLink}
			/>
		</div>
	);
}
