/** Allowed evidence file types, checked by extension and by the file's first bytes. */
const OLE = [0xd0, 0xcf, 0x11, 0xe0];
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const TYPES: Record<string, { mime: string; magic?: number[] }> = {
  pdf: { mime: 'application/pdf', magic: [0x25, 0x50, 0x44, 0x46] },
  png: { mime: 'image/png', magic: [0x89, 0x50, 0x4e, 0x47] },
  jpg: { mime: 'image/jpeg', magic: [0xff, 0xd8, 0xff] },
  jpeg: { mime: 'image/jpeg', magic: [0xff, 0xd8, 0xff] },
  doc: { mime: 'application/msword', magic: OLE },
  xls: { mime: 'application/vnd.ms-excel', magic: OLE },
  docx: { mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', magic: ZIP },
  xlsx: { mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', magic: ZIP },
  zip: { mime: 'application/zip', magic: ZIP },
  ofd: { mime: 'application/ofd', magic: ZIP },
  txt: { mime: 'text/plain' },
};

export const ALLOWED_EXTENSIONS = Object.keys(TYPES);

/** The trusted MIME type of an upload, or null when its extension or content is not allowed. */
export function detectFileType(filename: string, bytes: Buffer): string | null {
  const ext = filename.split('.').pop()?.toLowerCase() ?? '';
  const type = TYPES[ext];
  if (!type) return null;
  if (type.magic?.some((b, i) => bytes[i] !== b)) return null;
  if (!type.magic && bytes.includes(0)) return null;
  return type.mime;
}
