// The case workspace's funding section (built by the funding work; the workspace renders it in its tab).
import type { SectionProps } from './section.ts';

export function FundingSection(_props: SectionProps) {
  return null;
}
