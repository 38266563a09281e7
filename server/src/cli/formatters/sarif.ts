import { pathToFileURL } from 'node:url';
import type * as Sarif from 'sarif';
import { RULES } from '../../core/rules';
import type { Severity, SeveritySetting } from '../../core/types';
import { REPOSITORY_URL, ruleDocsUrl } from '../../package-info';
import { fingerprintOf } from '../baseline';
import { displayPath, regionsOf, type Formatter, type Region } from './result';

const LEVEL: Record<Severity, Sarif.Result.level> = { error: 'error', warning: 'warning', info: 'note' };
const DEFAULT_LEVEL: Record<SeveritySetting, Sarif.ReportingConfiguration.level> = { ...LEVEL, off: 'none' };

/** The base every relative artifact URI is resolved against: the working folder. */
const SRCROOT = '%SRCROOT%';

/**
 * SARIF 2.1.0, as GitHub code scanning accepts it: one reporting descriptor per rule with its
 * documentation link, results located by 1-based line and UTF-16 column relative to the working
 * folder, and the fix where one exists. Files that could not be linted become notifications.
 */
export const formatSarif: Formatter = (results, context) => {
  const ruleIndex = new Map(RULES.map((r, k) => [r.meta.id, k]));
  const sarifResults: Sarif.Result[] = [];
  const notifications: Sarif.Notification[] = [];
  for (const r of results) {
    const artifact = artifactLocation(r.filePath, context.cwd);
    if (r.fatal) {
      notifications.push({ level: 'error', message: { text: r.fatal }, locations: [{ physicalLocation: { artifactLocation: artifact } }] });
      continue;
    }
    const regionOf = regionsOf(r);
    for (const f of r.findings) {
      const index = ruleIndex.get(f.ruleId);
      sarifResults.push({
        ruleId: f.ruleId,
        ...(index !== undefined ? { ruleIndex: index } : {}),
        level: LEVEL[f.severity],
        message: { text: f.message },
        locations: [{ physicalLocation: { artifactLocation: artifact, region: sarifRegion(regionOf(f.span)) } }],
        // Lets code scanning follow a finding when lines above it are added or removed.
        partialFingerprints: { 'gwlintFinding/v1': fingerprintOf(r.source, f).fingerprint },
        // A Word file: the region's line is the paragraph's index; no fix applies to its bytes.
        ...(r.wordFile ? { properties: { paragraph: regionOf(f.span).line } } : {}),
        ...(f.fix && !r.wordFile
          ? {
              fixes: [
                {
                  description: { text: f.fix.text ? `改为“${f.fix.text}”` : '删除' },
                  artifactChanges: [
                    {
                      artifactLocation: artifact,
                      replacements: [{ deletedRegion: sarifRegion(regionOf(f.fix.span)), insertedContent: { text: f.fix.text } }],
                    },
                  ],
                },
              ],
            }
          : {}),
      });
    }
  }
  const log: Sarif.Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'gwlint',
            version: context.version,
            semanticVersion: context.version,
            informationUri: REPOSITORY_URL,
            rules: RULES.map((rule) => ({
              id: rule.meta.id,
              shortDescription: { text: rule.meta.description },
              helpUri: ruleDocsUrl(rule.meta.id),
              defaultConfiguration: { enabled: rule.meta.defaultSeverity !== 'off', level: DEFAULT_LEVEL[rule.meta.defaultSeverity] },
              properties: { fixable: rule.meta.fixable === true },
            })),
          },
        },
        invocations: [{ executionSuccessful: notifications.length === 0, toolExecutionNotifications: notifications }],
        originalUriBaseIds: { [SRCROOT]: { uri: pathToFileURL(context.cwd.endsWith('/') ? context.cwd : `${context.cwd}/`).href } },
        columnKind: 'utf16CodeUnits',
        results: sarifResults,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};

function sarifRegion(region: Region): Sarif.Region {
  return { startLine: region.line, startColumn: region.column, endLine: region.endLine, endColumn: region.endColumn };
}

/** A file inside the working folder is named relative to it; others by absolute file URI. */
function artifactLocation(filePath: string, cwd: string): Sarif.ArtifactLocation {
  if (filePath.startsWith('<')) return { uri: 'stdin' };
  const shown = displayPath(filePath, cwd);
  if (shown === filePath) return { uri: pathToFileURL(filePath).href };
  return { uri: shown.split('/').map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
}
