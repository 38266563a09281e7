import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync, strToU8 } from 'fflate';
import { readDocx } from '../server/src/host/docx/read-docx';
import { ROOT } from './support/cli';
import { buildDocx } from './support/docx-builder';

const LIMIT = 64 * 1024 * 1024;
const SAMPLE = readFileSync(join(ROOT, 'samples', 'speech-midyear.txt'), 'utf8').replace(/\r\n/g, '\n');

function text(bytes: Uint8Array): string {
  const read = readDocx(bytes, LIMIT);
  assert.ok(read.ok, read.ok ? '' : read.message);
  return read.text;
}

/** A minimal package with the given document body (inside w:body). */
function packageWith(body: string, extra: Record<string, string> = {}): Uint8Array {
  const w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"';
  return zipSync({
    'word/document.xml': strToU8(`<?xml version="1.0" encoding="UTF-8"?><w:document ${w}><w:body>${body}</w:body></w:document>`),
    ...Object.fromEntries(Object.entries(extra).map(([k, v]) => [k, strToU8(v)])),
  });
}

describe('Word (.docx) drafts', () => {
  it('reads one paragraph a line, exactly as typed', async () => {
    assert.equal(text(await buildDocx(SAMPLE)), SAMPLE);
  });

  it('recovers heading numbers that Word generates from its list definitions', async () => {
    const lines = text(await buildDocx(SAMPLE, { automaticNumbering: true })).split('\n');
    const typed = SAMPLE.split('\n');
    assert.equal(lines[4], typed[4]);
    assert.match(lines[4]!, /^一、/);
    assert.match(lines[6]!, /^（一）/);
    assert.match(lines[7]!, /^（二）/);
    // Automatic numbering cannot skip: the typed （四） after （二） comes out as （三）.
    assert.match(typed[8]!, /^（四）/);
    assert.match(lines[8]!, /^（三）/);
    assert.match(lines[9]!, /^二、/);
  });

  it('reads the numbering of a file saved by LibreOffice Writer', () => {
    const lines = text(readFileSync(join(ROOT, 'test', 'fixtures', 'docx', 'speech-libreoffice.docx'))).split('\n');
    assert.deepEqual(
      lines.filter((l) => /^(?:[一二三]、|（[一二三]）)/.test(l)).map((l) => l.slice(0, 3)),
      ['一、肯', '（一）', '（二）', '（三）', '二、正', '三、突'],
    );
  });

  it('reads tracked changes as accepted, and skips field codes and fallback copies', () => {
    const body =
      '<w:p><w:r><w:t>全县</w:t></w:r><w:del><w:r><w:delText>XX</w:delText></w:r></w:del>' +
      '<w:ins><w:r><w:t>三个</w:t></w:r></w:ins><w:r><w:instrText> PAGE </w:instrText></w:r>' +
      '<w:r><w:t xml:space="preserve">乡镇 </w:t></w:r><w:r><w:tab/><w:t>完成</w:t></w:r></w:p>' +
      '<w:p><w:r><mc:AlternateContent><mc:Choice><w:txbxContent><w:p><w:r><w:t>文本框</w:t></w:r></w:p></w:txbxContent></mc:Choice>' +
      '<mc:Fallback><w:txbxContent><w:p><w:r><w:t>文本框</w:t></w:r></w:p></w:txbxContent></mc:Fallback></mc:AlternateContent></w:r><w:r><w:t>正文</w:t></w:r></w:p>' +
      '<w:tbl><w:tr><w:tc><w:p><w:r><w:t>单元格一</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>单元格二</w:t></w:r></w:p></w:tc></w:tr></w:tbl>';
    assert.equal(text(packageWith(body)), '全县三个乡镇 \t完成\n正文\n文本框\n单元格一\n单元格二');
  });

  it('puts footnotes after the body, without the separators', () => {
    const w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
    const footnotes =
      `<w:footnotes ${w}><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>` +
      '<w:footnote w:id="1"><w:p><w:r><w:t>数据来源：县统计局。</w:t></w:r></w:p></w:footnote></w:footnotes>';
    assert.equal(text(packageWith('<w:p><w:r><w:t>正文</w:t></w:r></w:p>', { 'word/footnotes.xml': footnotes })), '正文\n数据来源：县统计局。');
  });

  it('refuses corrupt, encrypted, old binary and non-Word files with a message', () => {
    const cases: [Uint8Array, RegExp][] = [
      [new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0]), /加密|\.doc/],
      [strToU8('这不是压缩包'), /不是有效的 Word/],
      [zipSync({ 'word/other.xml': strToU8('<x/>') }), /缺少正文/],
      [packageWith('<w:p><w:r><w:t>未闭合').subarray(0, 60), /损坏|无法解析|不是有效/],
    ];
    for (const [bytes, message] of cases) {
      const read = readDocx(bytes, LIMIT);
      assert.equal(read.ok, false);
      assert.match(read.ok ? '' : read.message, message);
    }
  });

  it('refuses a package whose text would expand beyond the limit (a zip bomb)', () => {
    const huge = `<w:p><w:r><w:t>${'公文'.repeat(2_000_000)}</w:t></w:r></w:p>`;
    const bytes = packageWith(huge);
    assert.ok(bytes.length < 200_000, 'the package itself is small');
    const read = readDocx(bytes, 1024 * 1024);
    assert.equal(read.ok, false);
    assert.match(read.ok ? '' : read.message, /解压后超过/);
  });
});
