import { resolve } from 'node:path';
import { Draft } from '../core/document/draft';
import { decodeBoundedDraft, formatForPath, readDraftFile } from '../host/read-draft';
import type { CliArgs } from './args';
import { discoverFiles } from './discover';
import { formatOutline } from './outline';
import type { CliIo } from './run';

/** `gwlint --outline`: prints each draft's section tree instead of linting it. */
export async function printOutlines(
  args: CliArgs,
  io: CliIo,
  files: { extensionsFor: (folder: string) => readonly string[]; isIgnored: (file: string) => boolean },
): Promise<number> {
  const color = args.color ?? io.isTty;
  if (args.stdin) {
    const read = decodeBoundedDraft(await io.readStdin());
    if (!read.ok) {
      io.stderr(`gwlint：<stdin>：${read.message}\n`);
      return 2;
    }
    io.stdout(formatOutline(new Draft(read.text, formatForPath(args.stdinFilename ?? 'stdin.txt')), { color }));
    return 0;
  }
  const discovery = await discoverFiles(args.patterns, files.extensionsFor, io.cwd);
  let trouble = discovery.problems.length > 0;
  for (const p of discovery.problems) io.stderr(`gwlint：${p.path}：${p.message}\n`);
  const drafts = discovery.files.filter((f) => f.explicit || !files.isIgnored(f.path));
  const many = drafts.length > 1;
  for (const file of drafts) {
    const read = readDraftFile(file.path);
    if (!read.ok) {
      io.stderr(`gwlint：${file.path}：${read.message}\n`);
      trouble = true;
      continue;
    }
    if (many) io.stdout(`${resolve(file.path)}\n`);
    io.stdout(formatOutline(new Draft(read.text, formatForPath(file.path)), { color }));
    if (many) io.stdout('\n');
  }
  return trouble ? 2 : 0;
}
