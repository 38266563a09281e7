/**
 * Escapes text for an XML 1.0 attribute value or element content: the five markup characters,
 * line breaks and tabs as character references (so attribute values keep them), and characters
 * XML 1.0 cannot carry at all (other C0 controls, lone surrogates, U+FFFE/U+FFFF) as U+FFFD.
 */
export function escapeXml(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd')
    .replace(/[&<>"'\t\n\r]/g, (c) => ENTITIES[c]);
}

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

export const XML_DECLARATION = '<?xml version="1.0" encoding="utf-8"?>';
