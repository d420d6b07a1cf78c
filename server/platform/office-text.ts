import { createRequire } from 'node:module';
import path from 'node:path';
import JSZip from 'jszip';

/** Plain text of a .docx (paragraphs joined by newlines); '' when the buffer is not a Word document. */
export async function docxText(buffer: Buffer): Promise<string> {
  try {
    const zip = await JSZip.loadAsync(buffer);
    const xml = await zip.file('word/document.xml')?.async('string');
    if (!xml) return '';
    return xml
      .replace(/<w:tab\/>/g, '\t')
      .replace(/<\/w:p>/g, '\n')
      .replace(/<[^>]+>/g, '')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, '&')
      .trim();
  } catch {
    return '';
  }
}

// pdfjs ships its CJK character maps (UniGB-UCS2-H … used by Chinese government PDFs without embedded
// ToUnicode tables) and standard font metrics as files beside the package; point it at them.
const pdfjsRoot = path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
const MAX_PDF_PAGES = 500;

/** Plain text of a PDF (one line per text line, pages separated by blank lines); '' when unreadable. */
export async function pdfText(buffer: Buffer): Promise<string> {
  try {
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const doc = await pdfjs.getDocument({
      data: new Uint8Array(buffer),
      cMapUrl: `${path.join(pdfjsRoot, 'cmaps')}/`,
      cMapPacked: true,
      standardFontDataUrl: `${path.join(pdfjsRoot, 'standard_fonts')}/`,
      isEvalSupported: false,
      useSystemFonts: false,
      verbosity: 0,
    }).promise;
    const pages: string[] = [];
    for (let n = 1; n <= Math.min(doc.numPages, MAX_PDF_PAGES); n++) {
      const content = await (await doc.getPage(n)).getTextContent();
      let line = '';
      const lines: string[] = [];
      for (const item of content.items) {
        if (!('str' in item)) continue;
        line += item.str;
        if (item.hasEOL) {
          lines.push(line);
          line = '';
        }
      }
      if (line) lines.push(line);
      pages.push(lines.join('\n'));
    }
    await doc.destroy();
    return pages.join('\n\n').trim();
  } catch {
    return '';
  }
}

/** Text content of an uploaded file for full-text search: docx, PDF and plain text; other types give ''. */
export async function extractText(filename: string, buffer: Buffer): Promise<string> {
  const lower = filename.toLowerCase();
  if (lower.endsWith('.docx')) return docxText(buffer);
  if (lower.endsWith('.pdf')) return pdfText(buffer);
  if (lower.endsWith('.txt') || lower.endsWith('.md')) return buffer.toString('utf8');
  return '';
}
