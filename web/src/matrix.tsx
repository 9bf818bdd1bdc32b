/** The coverage matrix as an SVG picture: cell (i, j) darker = more of source i's sentences corroborated by j. */
import type { BriefViewProps } from './props.js';

const CELL = 44;
const HEAD = 36;

export function CoverageMatrix({ brief, labels, words }: BriefViewProps) {
  const matrix = brief.analysis?.coverage.matrix ?? [];
  const n = matrix.length;
  if (n < 2) return null;
  const size = HEAD + n * CELL;
  const outlet = (i: number) => brief.articles[i]?.source ?? labels.unknownSource;
  return (
    <section>
      <h2>{labels.coverage}</h2>
      <svg
        class="matrix"
        viewBox={`0 0 ${String(size)} ${String(size)}`}
        width={size}
        height={size}
        role="img"
        aria-label={words.matrixNote}
      >
        {matrix.map((_, i) => (
          <g key={`h${String(i)}`}>
            <text x={HEAD + i * CELL + CELL / 2} y={HEAD - 12} text-anchor="middle">
              [{i + 1}]
            </text>
            <text x={HEAD - 6} y={HEAD + i * CELL + CELL / 2 + 5} text-anchor="end">
              [{i + 1}]
            </text>
          </g>
        ))}
        {matrix.flatMap((row, i) =>
          row.map((v, j) => {
            const pct = Math.round(v * 100);
            const x = HEAD + j * CELL;
            const y = HEAD + i * CELL;
            return (
              <g key={`${String(i)}-${String(j)}`} class="cell">
                <title>{`[${String(i + 1)}] ${outlet(i)} → [${String(j + 1)}] ${outlet(j)}: ${String(pct)} %`}</title>
                <rect
                  x={x}
                  y={y}
                  width={CELL - 2}
                  height={CELL - 2}
                  fill={i === j ? '#dddddd' : '#1a56a6'}
                  fill-opacity={i === j ? 1 : 0.08 + 0.8 * v}
                />
                {i === j ? null : (
                  <text
                    x={x + CELL / 2 - 1}
                    y={y + CELL / 2 + 4}
                    text-anchor="middle"
                    class={v > 0.45 ? 'light' : ''}
                  >
                    {pct}
                  </text>
                )}
              </g>
            );
          }),
        )}
      </svg>
      <p class="note">{words.matrixNote}</p>
    </section>
  );
}
