import type { StatusStyle } from 'cleared-land/map';

/** One legend row drawn into the PNG. */
export interface PngLegendRow {
  label: string;
  style: StatusStyle;
}

/** What is drawn over the map in the PNG besides the map itself. */
export interface PngDecorations {
  /** First line of the title box. */
  title: string;
  /** Second line: the period and the file. */
  subtitle: string;
  /** A warning line (e.g. "SAMPLE DATA — synthetic"); null for none. */
  warning: string | null;
  legendTitle: string;
  legend: readonly PngLegendRow[];
  /** Credits, bottom right (basemap, districts). */
  attribution: string;
}

const FONT_FAMILY = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif';
const PADDING_PX = 12;
const ROW_HEIGHT_PX = 22;
const SWATCH_WIDTH_PX = 26;
const SWATCH_HEIGHT_PX = 14;
const BOX_RADIUS_PX = 6;
const MARGIN_PX = 14;

/**
 * The map as a PNG with its legend, title and credits drawn in, so the picture stands on its own
 * in a report. Reads the WebGL canvas, which must have been created with
 * `preserveDrawingBuffer: true` (otherwise it reads back blank), and draws at the canvas's own
 * pixel ratio so text stays sharp on high-density screens.
 *
 * @example
 * const blob = await mapPng(map.getCanvas(), { title: 'Land release', … });
 */
export async function mapPng(mapCanvas: HTMLCanvasElement, decorations: PngDecorations): Promise<Blob> {
  const scale = mapCanvas.width / Math.max(1, mapCanvas.clientWidth || mapCanvas.width);
  const canvas = document.createElement('canvas');
  canvas.width = mapCanvas.width;
  canvas.height = mapCanvas.height;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('mapPng: this browser gives no 2D canvas to draw the PNG on');
  context.fillStyle = '#FFFFFF';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(mapCanvas, 0, 0);
  context.scale(scale, scale);
  const width = canvas.width / scale;
  const height = canvas.height / scale;

  drawTitle(context, decorations);
  drawLegend(context, decorations, height);
  drawAttribution(context, decorations.attribution, width, height);

  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('mapPng: the browser could not encode the PNG'))), 'image/png'),
  );
}

function drawTitle(context: CanvasRenderingContext2D, decorations: PngDecorations): void {
  const lines: { text: string; font: string; color: string }[] = [
    { text: decorations.title, font: `600 16px ${FONT_FAMILY}`, color: '#111827' },
    { text: decorations.subtitle, font: `12px ${FONT_FAMILY}`, color: '#4B5563' },
  ];
  if (decorations.warning) lines.push({ text: decorations.warning, font: `600 12px ${FONT_FAMILY}`, color: '#92400E' });
  const widths = lines.map((line) => {
    context.font = line.font;
    return context.measureText(line.text).width;
  });
  const boxWidth = Math.max(...widths) + PADDING_PX * 2;
  const boxHeight = PADDING_PX * 2 + 20 + (lines.length - 1) * 18;
  panel(context, MARGIN_PX, MARGIN_PX, boxWidth, boxHeight);
  let y = MARGIN_PX + PADDING_PX + 14;
  lines.forEach((line, index) => {
    context.font = line.font;
    context.fillStyle = line.color;
    context.fillText(line.text, MARGIN_PX + PADDING_PX, y);
    y += index === 0 ? 20 : 18;
  });
}

function drawLegend(context: CanvasRenderingContext2D, decorations: PngDecorations, height: number): void {
  context.font = `13px ${FONT_FAMILY}`;
  const labelWidth = Math.max(...decorations.legend.map((row) => context.measureText(row.label).width), 60);
  context.font = `600 13px ${FONT_FAMILY}`;
  const titleWidth = context.measureText(decorations.legendTitle).width;
  const boxWidth = Math.max(labelWidth + SWATCH_WIDTH_PX + 10, titleWidth) + PADDING_PX * 2;
  const boxHeight = PADDING_PX * 2 + 20 + decorations.legend.length * ROW_HEIGHT_PX;
  const left = MARGIN_PX;
  const top = height - MARGIN_PX - boxHeight - 16;
  panel(context, left, top, boxWidth, boxHeight);
  context.fillStyle = '#111827';
  context.fillText(decorations.legendTitle, left + PADDING_PX, top + PADDING_PX + 12);
  decorations.legend.forEach((row, index) => {
    const y = top + PADDING_PX + 22 + index * ROW_HEIGHT_PX;
    const x = left + PADDING_PX;
    context.globalAlpha = row.style.fillOpacity;
    context.fillStyle = row.style.fillColor;
    context.fillRect(x, y, SWATCH_WIDTH_PX, SWATCH_HEIGHT_PX);
    context.globalAlpha = 1;
    context.strokeStyle = row.style.outlineColor;
    context.lineWidth = Math.min(2, row.style.outlineWidthPx);
    // The map's dash patterns are in line widths; the canvas wants pixels.
    context.setLineDash((row.style.outlineDash ?? []).map((dash) => dash * context.lineWidth));
    context.strokeRect(x + 0.5, y + 0.5, SWATCH_WIDTH_PX - 1, SWATCH_HEIGHT_PX - 1);
    context.setLineDash([]);
    context.font = `13px ${FONT_FAMILY}`;
    context.fillStyle = '#1F2937';
    context.fillText(row.label, x + SWATCH_WIDTH_PX + 10, y + SWATCH_HEIGHT_PX - 2);
  });
}

function drawAttribution(context: CanvasRenderingContext2D, text: string, width: number, height: number): void {
  context.font = `11px ${FONT_FAMILY}`;
  const textWidth = context.measureText(text).width;
  context.fillStyle = 'rgba(255, 255, 255, 0.85)';
  context.fillRect(width - textWidth - 12, height - 18, textWidth + 12, 18);
  context.fillStyle = '#374151';
  context.fillText(text, width - textWidth - 6, height - 5);
}

function panel(context: CanvasRenderingContext2D, x: number, y: number, width: number, height: number): void {
  context.save();
  context.shadowColor = 'rgba(15, 23, 42, 0.18)';
  context.shadowBlur = 8;
  context.shadowOffsetY = 2;
  context.fillStyle = 'rgba(255, 255, 255, 0.95)';
  context.beginPath();
  context.roundRect(x, y, width, height, BOX_RADIUS_PX);
  context.fill();
  context.restore();
}
