// A horizontal bar chart drawn as inline SVG: each bar's label above it and its number after it. Sizes are percentages
// of the chart's width, so it fits a phone without shrinking its text. Screen readers get its title and every
// number (the page shows the same numbers in a table beside it).
import { useId } from 'react';
import { useI18n } from '../../i18n/i18n.tsx';

export interface Bar {
  label: string;
  value: number;
}

const ROW = 40;
/** The longest bar: room is left after it for its number. */
const LONGEST = 85;

export function BarChart(props: { title: string; bars: Bar[] }) {
  const { number } = useI18n();
  const id = useId();
  const max = Math.max(1, ...props.bars.map((b) => b.value));
  return (
    <figure className="bar-chart">
      <svg
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        width="100%"
        height={props.bars.length * ROW}
        focusable="false"
      >
        <title id={`${id}-title`}>{props.title}</title>
        <desc id={`${id}-desc`}>{props.bars.map((b) => `${b.label}: ${number(b.value)}`).join('; ')}</desc>
        {props.bars.map((b, i) => {
          const width = (b.value / max) * LONGEST;
          return (
            <g key={b.label}>
              <text x="0" y={i * ROW + 14} className="bar-label">
                {b.label}
              </text>
              <rect x="0" y={i * ROW + 20} width={`${width}%`} height="14" rx="2" className="bar" />
              <text x={`${width}%`} dx="6" y={i * ROW + 32} className="bar-value">
                {number(b.value)}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
