// The case workspace's outcomes section (built by the outcomes work; the workspace renders it in its tab).
import type { SectionProps } from './section.ts';

export function OutcomesSection(_props: SectionProps) {
  return null;
}
