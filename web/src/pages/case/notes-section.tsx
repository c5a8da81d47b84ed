// The case workspace's notes section (built by the notes work; the workspace renders it in its tab).
import type { SectionProps } from './section.ts';

export function NotesSection(_props: SectionProps) {
  return null;
}
