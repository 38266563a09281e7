import type { Draft } from './document/draft';
import type { Segmenter } from './segmenter';
import type { Fix, RelatedLocation, Severity, Span } from './types';

/** A JSON schema, as far as rule options need one. */
export type JsonSchema = { readonly [key: string]: unknown };

/** Everything a rule declares about itself; docs, settings and the config schema are generated from it. */
export interface RuleMeta<Options extends object> {
  /** Kebab-case id, also the rule's file name. */
  readonly id: string;
  /** One line in Chinese: what the rule checks. */
  readonly description: string;
  /** A longer explanation for the rule's documentation page, in Chinese. */
  readonly details?: string;
  /** Short examples for the documentation: text that is reported, and text that is fine. */
  readonly examples?: { readonly bad: readonly string[]; readonly good: readonly string[] };
  readonly defaultSeverity: Severity | 'off';
  readonly fixable: boolean;
  /** Whether the rule needs word segmentation (the host then loads a segmenter). */
  readonly needsWords?: boolean;
  /** Messages by id, in Chinese, with `{{name}}` placeholders. */
  readonly messages: Readonly<Record<string, string>>;
  /** JSON schema properties of the rule's options (`allow` is added for every rule). */
  readonly options: Readonly<Record<string, JsonSchema>>;
  readonly defaultOptions: Options;
}

/** What a rule reports; the engine adds rule id, severity and the formatted message. */
export interface Report {
  readonly messageId: string;
  readonly data?: Readonly<Record<string, string | number>>;
  readonly span: Span;
  readonly fix?: Fix;
  readonly related?: readonly RelatedLocation[];
}

/** What a rule receives besides the draft. */
export interface RuleContext<Options extends object> {
  readonly options: Options;
  report(report: Report): void;
  /** The word segmenter, loaded on first call; only for rules with `needsWords`. */
  segmenter(): Segmenter;
}

export interface Rule<Options extends object = object> {
  readonly meta: RuleMeta<Options>;
  check(draft: Draft, context: RuleContext<Options>): void;
}

/** Options every rule accepts: exact strings that are fine in this repository. */
export interface CommonOptions {
  readonly allow?: readonly string[];
}

export function defineRule<Options extends object>(rule: Rule<Options>): Rule<Options> {
  return rule;
}

/** Fills `{{name}}` placeholders of a message template. */
export function formatMessage(template: string, data: Readonly<Record<string, string | number>> = {}): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) =>
    name in data ? String(data[name]) : whole,
  );
}
