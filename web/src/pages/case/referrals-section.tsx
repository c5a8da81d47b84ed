// The case workspace's referrals section (built by the referrals work; the workspace renders it in its tab).
import type { SectionProps } from './section.ts';

export function ReferralsSection(_props: SectionProps) {
  return null;
}
