import { resolve } from 'node:path';
import { Draft } from '../core/document/draft';
import { decodeBoundedDraft, formatForPath, readDraftFile } from '../host/read-draft';
import type { CliArgs } from './args';
import { shouldColor } from './color';
import { discoverFiles, type DiscoveryOptions } from './discover';
import { formatOutline, outlineData } from './outline';
import type { CliIo } from './run';

/**
 * `gwlint --outline`: prints each draft's section tree instead of linting it, as a text tree,
 * or with `--format json` as an array of `{ filePath, title, sections }`.
 */
export async function printOutlines(args: CliArgs, io: CliIo, discovery: DiscoveryOptions): Promise<number> {
  const color = shouldColor(args.color, io.env, io.isTty);
  const json = args.format === 'json';
  if (args.format !== 'stylish' && !json) {
    io.stderr(`gwlint：--outline 只支持 stylish 和 json 格式\n`);
    return 2;
  }
  const drafts: { filePath: string; draft: Draft }[] = [];
  let trouble = false;
  if (args.stdin) {
    const read = decodeBoundedDraft(await io.readStdin());
    if (!read.ok) {
      io.stderr(`gwlint：<stdin>：${read.message}\n`);
      return 2;
    }
    const name = args.stdinFilename ?? 'stdin.txt';
    drafts.push({ filePath: args.stdinFilename ? resolve(io.cwd, name) : '<text>', draft: new Draft(read.text, formatForPath(name)) });
  } else {
    const found = await discoverFiles(args.patterns, discovery);
    trouble = found.problems.length > 0;
    for (const p of found.problems) io.stderr(`gwlint：${p.path}：${p.message}\n`);
    for (const file of found.files) {
      const read = readDraftFile(file.path);
      if (!read.ok) {
        io.stderr(`gwlint：${file.path}：${read.message}\n`);
        trouble = true;
        continue;
      }
      drafts.push({ filePath: file.path, draft: new Draft(read.text, formatForPath(file.path)) });
    }
  }
  if (json) {
    io.stdout(`${JSON.stringify(drafts.map((d) => ({ filePath: d.filePath, ...outlineData(d.draft) })), null, 2)}\n`);
    return trouble ? 2 : 0;
  }
  const many = drafts.length > 1;
  for (const { filePath, draft } of drafts) {
    if (many) io.stdout(`${filePath}\n`);
    io.stdout(formatOutline(draft, { color }));
    if (many) io.stdout('\n');
  }
  return trouble ? 2 : 0;
}
