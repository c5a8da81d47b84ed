// The case workspace's documents section (built by the documents work; the workspace renders it in its tab).
import type { SectionProps } from './section.ts';

export function DocumentsSection(_props: SectionProps) {
  return null;
}
