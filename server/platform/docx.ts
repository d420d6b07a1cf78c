import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';

// Official-document typography (党政机关公文格式): titles 方正小标宋/黑体, body 仿宋 三号/四号.
// East Asian fonts must be set explicitly or Word falls back to a Latin font for Chinese.
export const FONT_BODY = '仿宋';
export const FONT_HEADING = '黑体';
export const FONT_TITLE = '方正小标宋简体';
const BODY_SIZE = 30; // half-points: 三号 = 16pt
const TABLE_SIZE = 21; // 五号 = 10.5pt

type Block = Paragraph | Table;

const run = (text: string, font: string, size: number, bold = false) =>
  new TextRun({ text, bold, size, font: { ascii: font, eastAsia: font, hAnsi: font } });

/** Document title, centred (方正小标宋, 二号). */
export function title(text: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { after: 300 },
    children: [run(text, FONT_TITLE, 44)],
  });
}

/** Section heading (黑体; level 2 = 楷体-like bold 仿宋). */
export function heading(text: string, level: 1 | 2 = 1): Paragraph {
  return new Paragraph({
    heading: level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
    spacing: { before: 200, after: 100 },
    indent: { firstLine: 640 },
    children: [level === 1 ? run(text, FONT_HEADING, BODY_SIZE) : run(text, FONT_BODY, BODY_SIZE, true)],
  });
}

/** Body paragraph in 仿宋 with a two-character first-line indent. */
export function paragraph(
  text: string,
  opts: { indent?: boolean; align?: 'left' | 'right' | 'center' } = {},
): Paragraph {
  const alignment =
    opts.align === 'right'
      ? AlignmentType.RIGHT
      : opts.align === 'center'
        ? AlignmentType.CENTER
        : AlignmentType.JUSTIFIED;
  return new Paragraph({
    alignment,
    spacing: { line: 560 },
    indent: opts.indent === false ? undefined : { firstLine: 640 },
    children: [run(text, FONT_BODY, BODY_SIZE)],
  });
}

const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const cell = (text: string, header: boolean, width: number) =>
  new TableCell({
    width: { size: width, type: WidthType.PERCENTAGE },
    borders: { top: border, bottom: border, left: border, right: border },
    children: [
      new Paragraph({
        alignment: header ? AlignmentType.CENTER : AlignmentType.LEFT,
        children: [run(text, header ? FONT_HEADING : FONT_BODY, TABLE_SIZE)],
      }),
    ],
  });

/** A bordered table: a header row (黑体) and body rows (仿宋 五号); widths are percentages. */
export function table(headers: string[], rows: (string | number)[][], widths?: number[]): Table {
  const w = widths ?? headers.map(() => Math.floor(100 / headers.length));
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: headers.map((h, i) => cell(h, true, w[i] ?? 10)) }),
      ...rows.map((r) => new TableRow({ children: r.map((v, i) => cell(String(v), false, w[i] ?? 10)) })),
    ],
  });
}

/** Packs blocks into an A4 document with centred "— n —" page numbers in the footer. */
export async function buildDocx(blocks: Block[], opts: { title?: string } = {}): Promise<Buffer> {
  const doc = new Document({
    title: opts.title,
    creator: 'Jixiao',
    styles: { default: { document: { run: { font: { ascii: FONT_BODY, eastAsia: FONT_BODY, hAnsi: FONT_BODY } } } } },
    sections: [
      {
        properties: { page: { margin: { top: 2098, bottom: 1984, left: 1588, right: 1474 } } },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({
                    children: ['— ', PageNumber.CURRENT, ' —'],
                    size: 28,
                    font: { ascii: 'Times New Roman', eastAsia: '宋体' },
                  }),
                ],
              }),
            ],
          }),
        },
        children: blocks,
      },
    ],
  });
  return Buffer.from(await Packer.toBuffer(doc));
}
