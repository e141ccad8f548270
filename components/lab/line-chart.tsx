/**
 * A small SVG line chart: a few series over a numeric x axis. Hand-written because the Lab
 * needs two simple charts and a table beside each for those who would rather read.
 */
export type Series = { name: string; color: string; points: Array<{ x: number; y: number }> };

type Props = {
  title: string;
  series: Series[];
  xLabel: string;
  yLabel: string;
  xDomain: [number, number];
  yDomain: [number, number];
  formatY?: (y: number) => string;
  /** An x range to shade, e.g. lengths never seen in training. */
  band?: { from: number; to: number; label: string };
  logY?: boolean;
};

const W = 640;
const H = 280;
const PAD = { left: 56, right: 16, top: 16, bottom: 44 };

export function LineChart({ title, series, xLabel, yLabel, xDomain, yDomain, formatY = String, band, logY = false }: Props) {
  const ty = (y: number) => (logY ? Math.log10(Math.max(y, 1e-9)) : y);
  const [y0, y1] = [ty(yDomain[0]), ty(yDomain[1])];
  const sx = (x: number) => PAD.left + ((x - xDomain[0]) / (xDomain[1] - xDomain[0] || 1)) * (W - PAD.left - PAD.right);
  const sy = (y: number) => H - PAD.bottom - ((ty(y) - y0) / (y1 - y0 || 1)) * (H - PAD.top - PAD.bottom);
  const yTicks = logY
    ? Array.from({ length: Math.round(y1 - y0) + 1 }, (_, i) => 10 ** (Math.round(y0) + i))
    : Array.from({ length: 5 }, (_, i) => yDomain[0] + ((yDomain[1] - yDomain[0]) * i) / 4);
  const xStep = niceStep(xDomain[1] - xDomain[0]);
  const xTicks = Array.from({ length: Math.floor((xDomain[1] - xDomain[0]) / xStep) + 1 }, (_, i) => xDomain[0] + i * xStep);

  return (
    <figure className="space-y-2">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={title} className="w-full max-w-2xl rounded-lg border border-slate-200 bg-white">
        {band && (
          <g>
            <rect x={sx(band.from - 0.5)} y={PAD.top} width={sx(band.to + 0.5) - sx(band.from - 0.5)} height={H - PAD.top - PAD.bottom} fill="#fef3c7" />
            <text x={(sx(band.from - 0.5) + sx(band.to + 0.5)) / 2} y={PAD.top + 14} textAnchor="middle" fontSize="11" fill="#92400e">
              {band.label}
            </text>
          </g>
        )}
        {yTicks.map((y) => (
          <g key={y}>
            <line x1={PAD.left} x2={W - PAD.right} y1={sy(y)} y2={sy(y)} stroke="#e2e8f0" />
            <text x={PAD.left - 6} y={sy(y) + 4} textAnchor="end" fontSize="11" fill="#475569">
              {formatY(y)}
            </text>
          </g>
        ))}
        {xTicks.map((x) => (
          <text key={x} x={sx(x)} y={H - PAD.bottom + 16} textAnchor="middle" fontSize="11" fill="#475569">
            {x}
          </text>
        ))}
        <text x={(PAD.left + W - PAD.right) / 2} y={H - 8} textAnchor="middle" fontSize="12" fill="#334155">
          {xLabel}
        </text>
        <text transform={`translate(14 ${(PAD.top + H - PAD.bottom) / 2}) rotate(-90)`} textAnchor="middle" fontSize="12" fill="#334155">
          {yLabel}
        </text>
        {series.map((s) => (
          <g key={s.name}>
            <polyline fill="none" stroke={s.color} strokeWidth="2.5" points={s.points.map((p) => `${sx(p.x)},${sy(p.y)}`).join(" ")} />
            {s.points.length <= 24 && s.points.map((p) => <circle key={p.x} cx={sx(p.x)} cy={sy(p.y)} r="3.5" fill={s.color} />)}
          </g>
        ))}
      </svg>
      <figcaption className="flex flex-wrap gap-4 text-sm">
        {series.map((s) => (
          <span key={s.name} className="flex items-center gap-1.5">
            <span aria-hidden="true" className="inline-block h-1 w-5 rounded" style={{ background: s.color }} />
            {s.name}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}

/** 1, 2 or 5 times a power of ten, so that about 5–12 ticks fit (every integer up to 12). */
function niceStep(span: number): number {
  if (span <= 12) return 1;
  const power = 10 ** Math.floor(Math.log10(span / 5));
  return [1, 2, 5, 10].map((m) => m * power).find((step) => span / step <= 10) ?? 10 * power;
}
