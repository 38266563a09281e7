import { Numbering } from './numbering';
import { readParagraphs, readStyleNumbering } from './paragraphs';
import { DocxError, unzipParts } from './unzip-docx';

const PARTS = {
  document: 'word/document.xml',
  numbering: 'word/numbering.xml',
  styles: 'word/styles.xml',
  footnotes: 'word/footnotes.xml',
  endnotes: 'word/endnotes.xml',
} as const;

export type DocxResult =
  | { readonly ok: true; readonly text: string; readonly paragraphs: number }
  | { readonly ok: false; readonly message: string };

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/**
 * The text of a Word (.docx) draft: one paragraph a line, in reading order (body, table cells,
 * text boxes, then footnotes and endnotes), with the numbers Word generates for list paragraphs,
 * tracked changes read as accepted. Never throws: a corrupt, encrypted or old binary (.doc)
 * file, or one that would expand beyond `maxExpandedBytes`, is a message.
 */
export function readDocx(bytes: Uint8Array, maxExpandedBytes: number): DocxResult {
  if (startsWith(bytes, OLE_MAGIC)) {
    // Both an encrypted .docx and a Word 97–2003 .doc are OLE compound files.
    return { ok: false, message: '是受密码保护（加密）的 Word 文件或旧版 .doc 文件，无法读取；请去掉密码或另存为 .docx 后再检查' };
  }
  if (!startsWith(bytes, ZIP_MAGIC)) return { ok: false, message: '不是有效的 Word（.docx）文件，未检查' };
  try {
    const parts = unzipParts(bytes, new Set(Object.values(PARTS)), maxExpandedBytes);
    const decoder = new TextDecoder('utf-8');
    const part = (name: string): string | undefined => {
      const data = parts.get(name);
      return data ? decoder.decode(data) : undefined;
    };
    const document = part(PARTS.document);
    if (document === undefined) return { ok: false, message: '不是有效的 Word（.docx）文件（缺少正文 word/document.xml），未检查' };
    const notes = [part(PARTS.footnotes), part(PARTS.endnotes)];
    // Most packages carry styles and list definitions that no paragraph uses: parse them only
    // when some paragraph or style can be numbered (any namespace prefix: a substring test).
    const styleXml = part(PARTS.styles);
    const styles = readStyleNumbering(styleXml?.includes('numPr') ? styleXml : undefined);
    const numbered = styles.size > 0 || [document, ...notes].some((xml) => xml?.includes('numPr'));
    const numbering = Numbering.parse(numbered ? part(PARTS.numbering) : undefined);
    const paragraphs = readParagraphs(document, numbering, styles);
    for (const xml of notes) {
      if (xml) paragraphs.push(...readParagraphs(xml, numbering, styles, true));
    }
    return { ok: true, text: paragraphs.join('\n'), paragraphs: paragraphs.length };
  } catch (error) {
    if (error instanceof DocxError) return { ok: false, message: error.message };
    return { ok: false, message: `Word 文件内容无法解析（${error instanceof Error ? error.message.split('\n')[0] : String(error)}），未检查` };
  }
}

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}
