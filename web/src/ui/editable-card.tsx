// A card of facts with an Edit button that puts the card's form in their place until it is saved or closed.
import { useState, type ReactNode } from 'react';
import { Card } from './layout.tsx';

export function EditableCard(props: {
  title: string;
  editLabel: string;
  /** Whether the reader may edit: no button otherwise. */
  canEdit: boolean;
  children: ReactNode;
  /** The form, given what closes it (after a save too). */
  form(close: () => void): ReactNode;
}) {
  const [editing, setEditing] = useState(false);
  return (
    <Card
      title={props.title}
      actions={
        props.canEdit &&
        !editing && (
          <button type="button" className="secondary" onClick={() => setEditing(true)}>
            {props.editLabel}
          </button>
        )
      }
    >
      {editing ? props.form(() => setEditing(false)) : props.children}
    </Card>
  );
}
