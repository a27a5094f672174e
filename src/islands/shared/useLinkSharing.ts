/**
 * Copying and sharing one link, with the status line that says what happened, and that says when
 * the link changed after it was copied or shared (a name typed afterwards changes it: DESIGN.md
 * "People are counted once").
 */
import { useEffect, useState } from 'preact/hooks';
import { browserPlatform, copyText, shareOrCopy } from './share-sheet';
import type { CopyLinkStrings } from './strings';

/** What a copy or share control needs: the actions, whether there is a share sheet, the status. */
export interface LinkSharing {
	/** Whether this browser has a share sheet (known only after hydration). */
	canShare: boolean;
	copy: () => Promise<void>;
	share: (data: { title: string; text: string }) => Promise<void>;
	status: string;
}

/**
 * @param link the link as it is now
 * @param onFailed called when nothing could be copied, to select the link for the reader
 */
export function useLinkSharing(
	link: string,
	strings: CopyLinkStrings,
	onFailed: () => void = () => undefined
): LinkSharing {
	const [canShare, setCanShare] = useState(false);
	const [status, setStatus] = useState('');
	// The link as it was when it was last copied or shared.
	const [handedOver, setHandedOver] = useState<string | undefined>();
	// Known only in the browser, after hydration: the server-rendered markup has no Share button.
	useEffect(() => setCanShare(typeof navigator.share === 'function'), []);
	useEffect(() => {
		if (handedOver !== undefined && handedOver !== link) setStatus(strings.changed);
	}, [link, handedOver, strings]);
	const copy = async () => {
		if (await copyText(browserPlatform(), link)) {
			setHandedOver(link);
			setStatus(strings.copied);
		} else {
			onFailed();
			setStatus(strings.copyFailed);
		}
	};
	const share = async (data: { title: string; text: string }) => {
		const outcome = await shareOrCopy(browserPlatform(), { ...data, url: link });
		if (outcome === 'shared' || outcome === 'copied') setHandedOver(link);
		if (outcome === 'copied') setStatus(strings.sharedInstead);
		if (outcome === 'failed') {
			onFailed();
			setStatus(strings.shareFailed);
		}
		if (outcome === 'shared') setStatus('');
	};
	return { canShare, copy, share, status };
}
