import type { DocumentBlock } from './simpleDocument';
import { rasterSvg } from './svgRaster';

export interface Bar {
  label: string;
  value: number;
  /** A CSS colour; the office's calm blue when left out. */
  color?: string;
}

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const rowHeight = 34;
const labelWidth = 230;
const chartWidth = 720;
const valueWidth = 90;

/**
 * A horizontal bar chart as SVG: one row per bar, the label on the left, the value written after
 * the bar. Bars are scaled to the largest value; a chart of zeros draws no bars but keeps its labels
 * (an empty chart is still an honest answer in an evaluation).
 */
export function barChartSvg(bars: Bar[], formatValue: (value: number) => string = String): string {
  const max = Math.max(0, ...bars.map((bar) => bar.value));
  const span = chartWidth - labelWidth - valueWidth;
  const height = bars.length * rowHeight + 16;
  const rows = bars.map((bar, index) => {
    const y = 8 + index * rowHeight;
    const length = max > 0 ? Math.max(bar.value > 0 ? 2 : 0, (bar.value / max) * span) : 0;
    return [
      `<text x="${labelWidth - 10}" y="${y + 21}" text-anchor="end" font-size="15" fill="#222">${escapeXml(bar.label)}</text>`,
      `<rect x="${labelWidth}" y="${y + 5}" width="${length.toFixed(1)}" height="${rowHeight - 10}" rx="3" fill="${bar.color ?? '#2f6fb3'}"/>`,
      `<text x="${(labelWidth + length + 8).toFixed(1)}" y="${y + 21}" font-size="15" font-weight="bold" fill="#222">${escapeXml(formatValue(bar.value))}</text>`,
    ].join('');
  });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${chartWidth}" height="${height}" viewBox="0 0 ${chartWidth} ${height}">`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<line x1="${labelWidth}" y1="4" x2="${labelWidth}" y2="${height - 4}" stroke="#999" stroke-width="1"/>`,
    ...rows,
    '</svg>',
  ].join('');
}

/** The chart as a document picture: drawn at twice its size for print, shown at its own size. */
export async function barChartBlock(
  bars: Bar[],
  caption: string,
  formatValue?: (value: number) => string,
): Promise<DocumentBlock> {
  const png = await rasterSvg(barChartSvg(bars, formatValue), chartWidth * 2);
  return { kind: 'image', png: png.data, width: chartWidth * 0.7, height: (png.height / 2) * 0.7, caption };
}
