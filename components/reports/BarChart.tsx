/** A small accessible bar chart in SVG: the bars for the eye, a table for screen readers. */
export function BarChart({
  title,
  bars,
  format,
}: {
  title: string;
  bars: { label: string; value: number | null }[];
  format: (value: number) => string;
}) {
  const max = Math.max(1, ...bars.map((b) => b.value ?? 0));
  const width = Math.max(240, bars.length * 18);
  const height = 120;
  const barWidth = width / Math.max(1, bars.length);
  return (
    <figure className="bar-chart">
      <figcaption>{title}</figcaption>
      <svg
        role="img"
        aria-label={title}
        viewBox={`0 0 ${width} ${height + 14}`}
        width="100%"
        height={height + 14}
      >
        {bars.map((b, i) => {
          const h = b.value == null ? 0 : Math.max(1, (b.value / max) * height);
          return (
            <g key={b.label}>
              <rect x={i * barWidth + 2} y={height - h} width={barWidth - 4} height={h} rx={2}>
                <title>{`${b.label}: ${b.value == null ? '–' : format(b.value)}`}</title>
              </rect>
              {(bars.length <= 12 || i % Math.ceil(bars.length / 12) === 0) && (
                <text x={i * barWidth + barWidth / 2} y={height + 12} textAnchor="middle">
                  {b.label}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <table className="visually-hidden">
        <tbody>
          {bars.map((b) => (
            <tr key={b.label}>
              <th scope="row">{b.label}</th>
              <td>{b.value == null ? '–' : format(b.value)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
