// The choices the services forms offer, as labelled options in the reader's language.
import type { Label } from '../../../../domain/case-model.ts';
import type { Option } from '../../ui/form.tsx';

export const optionsOf = (table: Record<string, Label>, label: (l: Label) => string): Option[] =>
  Object.entries(table).map(([value, l]) => ({ value, label: label(l) }));
