// A modal dialog holding a small task of its own (a question with choices, a short form), in the page, never the
// browser's: open while `open`, closed by Escape or the caller's own buttons.
import { useEffect, useId, useRef, type ReactNode } from 'react';

export function Dialog(props: { open: boolean; title: string; onClose(): void; children: ReactNode; wide?: boolean }) {
  const ref = useModal(props.open);
  const titleId = useId();
  return (
    <dialog
      ref={ref}
      className={`dialog ${props.wide ? 'dialog-wide' : ''}`}
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault();
        props.onClose();
      }}
    >
      <h2 id={titleId}>{props.title}</h2>
      {props.open && props.children}
    </dialog>
  );
}

/** A <dialog> shown as a modal while `open` (focus moves into it and returns when it closes; Escape cancels). */
export function useModal(open: boolean) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);
  return ref;
}
