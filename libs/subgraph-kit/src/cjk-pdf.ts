import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';

const require = createRequire(import.meta.url);
const FONT_FILES = {
  regular: '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
  bold: '@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf',
} as const;
let fontCache: Record<keyof typeof FONT_FILES, Buffer> | null = null;
/** Noto Sans SC from the installed package, read once; pdfkit embeds only the glyphs used (subset). */
function fonts(): Record<keyof typeof FONT_FILES, Buffer> {
  fontCache ??= {
    regular: readFileSync(require.resolve(FONT_FILES.regular)),
    bold: readFileSync(require.resolve(FONT_FILES.bold)),
  };
  return fontCache;
}

/**
 * A PDF document with the Chinese fonts registered as 'cjk' and 'cjk-bold', and the finished file:
 * every printable of the subgraph (联系卡, 政策明白卡) starts here. Call `doc.end()` to settle `done`.
 */
export function cjkDocument(options: PDFKit.PDFDocumentOptions): { doc: PDFKit.PDFDocument; done: Promise<Buffer> } {
  const doc = new PDFDocument(options);
  const { regular, bold } = fonts();
  doc.registerFont('cjk', regular);
  doc.registerFont('cjk-bold', bold);
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  return { doc, done };
}
