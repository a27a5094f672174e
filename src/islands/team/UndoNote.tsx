/**
 * What was just undone-able, said where the reader acted, with its Undo button (DESIGN.md "Focus
 * and undo stay where the reader is"). After a removal the control the reader pressed is gone, so
 * keyboard focus moves to Undo instead of falling to the page.
 */
import { useEffect, useRef } from 'preact/hooks';

export interface Props {
	message: string;
	undoLabel: string;
	onUndo: () => void;
	/** Move keyboard focus to Undo when shown: set when the control pressed has disappeared. */
	takesFocus?: boolean;
}

export default function UndoNote({ message, undoLabel, onUndo, takesFocus = false }: Props) {
	const button = useRef<HTMLButtonElement>(null);
	useEffect(() => {
		if (takesFocus) button.current?.focus();
	}, [takesFocus, message]);
	return (
		<p class="undo-note no-print" role="status">
			<span>{message}</span>{' '}
			<button ref={button} type="button" class="button secondary small" onClick={onUndo}>
				{undoLabel}
			</button>
		</p>
	);
}
