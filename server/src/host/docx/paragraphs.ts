import { SaxesParser } from 'saxes';
import type { Numbering } from './numbering';

/** Where a paragraph's numbering comes from: `w:numPr` on the paragraph or on its style. */
interface NumberingRef {
  numId?: string;
  ilvl?: number;
}

/** Paragraph styles that carry list numbering (Word's heading styles often do). */
export type StyleNumbering = ReadonlyMap<string, NumberingRef>;

/** Elements whose content is not part of the accepted text. */
const SKIPPED = new Set([
  'w:del', // tracked deletion: resolved as accepted, so gone
  'w:moveFrom', // the old place of a tracked move
  'w:instrText', // field codes (PAGE, HYPERLINK …), not their results
  'w:delInstrText',
  'w:pPrChange', // the properties before a tracked formatting change
  'w:rPrChange',
  'w:numberingChange',
  'mc:Fallback', // the legacy copy of a text box or drawing: read once, in mc:Choice
  'w:commentReference',
]);

/**
 * The paragraphs of a WordprocessingML part (document.xml, footnotes.xml) in reading order:
 * body paragraphs and table cells as they come, the paragraphs of a text box right after the
 * paragraph that anchors it. Tracked changes are read as accepted. Each paragraph is prefixed
 * with the number Word generates for it, if any.
 */
export function readParagraphs(xml: string, numbering: Numbering, styles: StyleNumbering, skipNoteTypes = false): string[] {
  const parser = new SaxesParser();
  const out: string[] = [];
  // One entry per open w:p: its text so far, its numbering, and the text-box paragraphs inside it.
  const open: { text: string; ref: NumberingRef; style?: string; inner: string[] }[] = [];
  let skipping = 0;
  let inText = false;
  let inPPr = 0;
  let inNumPr = false;
  let noteSkip = 0;

  const emit = (paragraph: string, inner: readonly string[]): void => {
    const target = open.length ? open[open.length - 1]!.inner : out;
    target.push(paragraph, ...inner);
  };

  parser.on('opentag', (tag) => {
    const name = tag.name;
    if (noteSkip) {
      if (!tag.isSelfClosing && (name === 'w:footnote' || name === 'w:endnote')) noteSkip++;
      return;
    }
    if (skipNoteTypes && (name === 'w:footnote' || name === 'w:endnote')) {
      const type = tag.attributes['w:type'];
      if (type === 'separator' || type === 'continuationSeparator' || type === 'continuationNotice') {
        noteSkip = tag.isSelfClosing ? 0 : 1;
        return;
      }
    }
    if (SKIPPED.has(name)) {
      if (!tag.isSelfClosing) skipping++;
      return;
    }
    if (skipping) return;
    const attr = (key: string): string | undefined => {
      const v = tag.attributes[key];
      return typeof v === 'string' ? v : undefined;
    };
    const current = open[open.length - 1];
    switch (name) {
      case 'w:p':
        open.push({ text: '', ref: {}, inner: [] });
        if (tag.isSelfClosing) closeParagraph();
        break;
      case 'w:pPr':
        inPPr++;
        break;
      case 'w:numPr':
        inNumPr = inPPr > 0;
        break;
      case 'w:pStyle':
        if (current && inPPr) current.style = attr('w:val');
        break;
      case 'w:numId':
        if (current && inNumPr) current.ref.numId = attr('w:val');
        break;
      case 'w:ilvl':
        if (current && inNumPr) current.ref.ilvl = Number(attr('w:val') ?? 0);
        break;
      case 'w:t':
        inText = !tag.isSelfClosing;
        break;
      case 'w:tab':
        // A tab stop inside w:pPr/w:tabs is a setting, not a character.
        if (current && !inPPr) current.text += '\t';
        break;
      case 'w:br':
      case 'w:cr':
        // A line break inside a paragraph: keep one paragraph a line.
        if (current) current.text += ' ';
        break;
      case 'w:noBreakHyphen':
        if (current) current.text += '-';
        break;
    }
  });
  parser.on('text', (text) => {
    if (inText && !skipping && !noteSkip && open.length) open[open.length - 1]!.text += text;
  });
  parser.on('closetag', (tag) => {
    const name = tag.name;
    if (noteSkip) {
      if (name === 'w:footnote' || name === 'w:endnote') noteSkip--;
      return;
    }
    if (SKIPPED.has(name)) {
      if (!tag.isSelfClosing) skipping--;
      return;
    }
    if (skipping) return;
    if (name === 'w:t') inText = false;
    else if (name === 'w:pPr') inPPr--;
    else if (name === 'w:numPr') inNumPr = false;
    else if (name === 'w:p' && !tag.isSelfClosing) closeParagraph();
  });

  function closeParagraph(): void {
    const p = open.pop()!;
    const fromStyle = p.style ? styles.get(p.style) : undefined;
    const numId = p.ref.numId ?? fromStyle?.numId;
    const ilvl = p.ref.ilvl ?? fromStyle?.ilvl ?? 0;
    const number = numId ? numbering.next(numId, ilvl) : '';
    emit(number + p.text, p.inner);
  }

  parser.write(xml).close();
  return out;
}

/** The numbering that paragraph styles carry, following `w:basedOn` (word/styles.xml). */
export function readStyleNumbering(xml: string | undefined): StyleNumbering {
  const own = new Map<string, NumberingRef & { basedOn?: string }>();
  if (xml) {
    const parser = new SaxesParser();
    let style: (NumberingRef & { basedOn?: string }) | undefined;
    let inNumPr = false;
    parser.on('opentag', (tag) => {
      const val = tag.attributes['w:val'];
      const v = typeof val === 'string' ? val : undefined;
      if (tag.name === 'w:style') {
        const id = tag.attributes['w:styleId'];
        style = {};
        if (typeof id === 'string') own.set(id, style);
      } else if (!style) return;
      else if (tag.name === 'w:basedOn') style.basedOn = v;
      else if (tag.name === 'w:numPr') inNumPr = true;
      else if (inNumPr && tag.name === 'w:numId') style.numId = v;
      else if (inNumPr && tag.name === 'w:ilvl') style.ilvl = Number(v ?? 0);
    });
    parser.on('closetag', (tag) => {
      if (tag.name === 'w:style') style = undefined;
      else if (tag.name === 'w:numPr') inNumPr = false;
    });
    parser.write(xml).close();
  }
  const resolved = new Map<string, NumberingRef>();
  for (const id of own.keys()) {
    let at: string | undefined = id;
    const seen = new Set<string>();
    let numId: string | undefined;
    let ilvl: number | undefined;
    while (at && !seen.has(at) && (numId === undefined || ilvl === undefined)) {
      seen.add(at);
      const s = own.get(at);
      if (!s) break;
      numId ??= s.numId;
      ilvl ??= s.ilvl;
      at = s.basedOn;
    }
    if (numId) resolved.set(id, { numId, ilvl });
  }
  return resolved;
}
