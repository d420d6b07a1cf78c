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

/** Text content of an uploaded file for full-text search: docx and plain text; other types give ''. */
export async function extractText(filename: string, buffer: Buffer): Promise<string> {
  const lower = filename.toLowerCase();
  if (lower.endsWith('.docx')) return docxText(buffer);
  if (lower.endsWith('.txt') || lower.endsWith('.md')) return buffer.toString('utf8');
  return '';
}
