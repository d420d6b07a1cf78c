import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  type IBorderOptions,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';

// Official-document layout (党政机关公文格式): 方正小标宋 title (二号), 黑体 level-1 headings, 楷体 level-2,
// 仿宋 body (三号, 16 pt) with a two-character first-line indent, fixed 28-point lines, three-line tables,
// page numbers "— n —" in the footer. East Asian fonts are set explicitly on every run.

const FONT = { title: '方正小标宋简体', h1: '黑体', h2: '楷体_GB2312', body: '仿宋_GB2312', latin: 'Times New Roman' };
const PT = (pt: number) => pt * 2; // docx sizes are half-points
const LINE = 560; // 28 pt in twips
const INDENT = 640; // two characters of 16 pt
const font = (eastAsia: string) => ({ eastAsia, ascii: FONT.latin, hAnsi: FONT.latin });

/** A block of a document body. */
export type DocBlock = Paragraph | Table;
export type Align = 'left' | 'right' | 'center' | 'justify';

const ALIGN = {
  left: AlignmentType.LEFT,
  right: AlignmentType.RIGHT,
  center: AlignmentType.CENTER,
  justify: AlignmentType.JUSTIFIED,
} as const;

function run(text: string, eastAsia: string, sizePt: number, bold = false) {
  return new TextRun({ text, font: font(eastAsia), size: PT(sizePt), bold });
}

/** The document title: centred, 方正小标宋 二号. */
export function title(text: string) {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: 240, after: 480, line: 700 },
    children: [run(text, FONT.title, 22)],
  });
}

/** A heading: level 1 in 黑体, level 2 in 楷体 (bold), 三号, indented like the body. */
export function heading(text: string, level: 1 | 2 = 1) {
  return new Paragraph({
    indent: { firstLine: INDENT },
    spacing: { line: LINE },
    keepNext: true,
    children: [run(text, level === 1 ? FONT.h1 : FONT.h2, 16, level === 2)],
  });
}

/** A body paragraph in 仿宋 三号; first-line indent unless `indent: false`. */
export function paragraph(text: string, opts: { align?: Align; indent?: boolean; bold?: boolean } = {}) {
  return new Paragraph({
    alignment: ALIGN[opts.align ?? 'justify'],
    indent: opts.indent === false ? undefined : { firstLine: INDENT },
    spacing: { line: LINE },
    children: [run(text, FONT.body, 16, opts.bold ?? false)],
  });
}

/** A small caption above a table (黑体, centred). */
export function caption(text: string) {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: 240, after: 120 },
    keepNext: true,
    children: [run(text, FONT.h1, 12)],
  });
}

const none: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const thick: IBorderOptions = { style: BorderStyle.SINGLE, size: 12, color: '000000' };
const thin: IBorderOptions = { style: BorderStyle.SINGLE, size: 6, color: '000000' };

function cell(text: string, header: boolean, widthPct: number | undefined) {
  return new TableCell({
    width: widthPct ? { size: widthPct, type: WidthType.PERCENTAGE } : undefined,
    borders: { top: none, left: none, right: none, bottom: header ? thin : none },
    children: [
      new Paragraph({
        alignment: header ? AlignmentType.CENTER : AlignmentType.LEFT,
        children: [run(text, header ? FONT.h1 : FONT.body, 12)],
      }),
    ],
  });
}

/**
 * A three-line table (三线表): thick top and bottom rules, a thin rule under the header, no vertical
 * lines. `widths` are column widths in percent.
 */
export function table(headers: string[], rows: (string | number)[][], widths?: number[]) {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: { top: thick, bottom: thick, left: none, right: none, insideHorizontal: none, insideVertical: none },
    rows: [
      new TableRow({ tableHeader: true, children: headers.map((h, i) => cell(h, true, widths?.[i])) }),
      ...rows.map((r) => new TableRow({ children: r.map((v, i) => cell(String(v), false, widths?.[i])) })),
    ],
  });
}

/** Builds the .docx: A4, official margins, 仿宋 default run, page numbers "— n —" centred in the footer. */
export async function buildDocx(blocks: DocBlock[], opts: { title: string }): Promise<Buffer> {
  const doc = new Document({
    title: opts.title,
    creator: 'Jixiao',
    styles: { default: { document: { run: { font: font(FONT.body), size: PT(16) } } } },
    sections: [
      {
        properties: {
          page: { size: { width: 11906, height: 16838 }, margin: { top: 2098, bottom: 1984, left: 1588, right: 1474 } },
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], font: font(FONT.body), size: PT(14) }),
                ],
              }),
            ],
          }),
        },
        children: blocks,
      },
    ],
  });
  return Packer.toBuffer(doc);
}
