import { formatCheckstyle } from './checkstyle';
import { formatGithub } from './github';
import { formatJson } from './json';
import type { Formatter } from './result';
import { formatSarif } from './sarif';
import { formatStylish } from './stylish';
import { formatJunit } from './junit';
import { formatUnix } from './unix';

/** Every report format `--format` accepts, by name. */
export const FORMATTERS = {
  stylish: formatStylish,
  json: formatJson,
  sarif: formatSarif,
  github: formatGithub,
  checkstyle: formatCheckstyle,
  junit: formatJunit,
  unix: formatUnix,
} as const satisfies Record<string, Formatter>;

export type FormatName = keyof typeof FORMATTERS;

export function isFormatName(name: string): name is FormatName {
  return Object.hasOwn(FORMATTERS, name);
}
