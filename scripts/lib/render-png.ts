/** Rasterizes badge artwork (SVG) to PNG for baking, with resvg (a Rust renderer shipped as a Node addon). */
import { Resvg } from '@resvg/resvg-js';

export function renderPng(svg: string, width = 400): Uint8Array {
  const png = new Resvg(svg, {
    fitTo: { mode: 'width', value: width },
    font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' },
  })
    .render()
    .asPng();
  return new Uint8Array(png);
}
