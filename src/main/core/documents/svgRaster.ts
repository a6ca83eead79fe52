import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type * as ResvgWasm from '@resvg/resvg-wasm';

type ResvgModule = typeof ResvgWasm;

const resolve = (id: string) => createRequire(__filename).resolve(id);

let resvgReady: Promise<ResvgModule> | undefined;
/** resvg (WebAssembly): DOCX and PDF take raster images, so SVG logos and charts are drawn as PNG. Loaded on first use. */
function resvg(): Promise<ResvgModule> {
  resvgReady ??= (async () => {
    const module = await import('@resvg/resvg-wasm');
    await module.initWasm(await readFile(resolve('@resvg/resvg-wasm/index_bg.wasm')));
    return module;
  })();
  return resvgReady;
}

let fontsReady: Promise<Uint8Array[]> | undefined;
/** The WebAssembly build sees no system fonts: chart text is set in the DejaVu fonts the PDFs use. */
function chartFonts(): Promise<Uint8Array[]> {
  fontsReady ??= Promise.all(
    ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map(async (name) =>
      Uint8Array.from(await readFile(resolve(`dejavu-fonts-ttf/ttf/${name}`))),
    ),
  );
  return fontsReady;
}

/** An SVG drawn as PNG `width` pixels wide, its text in DejaVu Sans. */
export async function rasterSvg(svg: string, width: number): Promise<{ data: Buffer; width: number; height: number }> {
  const { Resvg } = await resvg();
  const rendered = new Resvg(svg, {
    fitTo: { mode: 'width', value: width },
    font: { fontBuffers: await chartFonts(), defaultFontFamily: 'DejaVu Sans' },
  }).render();
  return { data: Buffer.from(rendered.asPng()), width: rendered.width, height: rendered.height };
}
