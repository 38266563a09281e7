import { mergeRuleSettings, validateConfig, type RuleEntry } from '../core/config';
import type { RuleSetting } from '../core/engine';
import { DEFAULT_HAN_THRESHOLD, DEFAULT_SPEECH_RATE } from '../core/document/length';
import { RULES } from '../core/rules';

/** The `gwlint.*` settings of the editor, as the client sends them. */
export interface EditorSettings {
  readonly enable: boolean;
  /** Lint while typing, or only when the file is saved. */
  readonly run: 'onType' | 'onSave';
  /** Rule settings in the `.gwlintrc.json` form; they win over the configuration file's. */
  readonly rules: Readonly<Record<string, RuleEntry>>;
  /** Overrides the configuration file's segmenter; empty means “as configured”. */
  readonly segmenter: '' | 'jieba' | 'jieba-wasm' | 'nodejieba';
  readonly speechRate: number;
  /** Milliseconds to wait after the last keystroke before linting. */
  readonly debounce: number;
  /** Languages besides `gongwen` that are linted when they are mostly Chinese. */
  readonly languages: readonly string[];
  /** The share of Han characters (among non-space characters) above which such a file is linted. */
  readonly hanThreshold: number;
  /** An explicit configuration file, instead of the nearest `.gwlintrc.json`. */
  readonly configPath: string;
}

export const DEFAULT_SETTINGS: EditorSettings = {
  enable: true,
  run: 'onType',
  rules: {},
  segmenter: '',
  speechRate: DEFAULT_SPEECH_RATE,
  debounce: 200,
  languages: ['plaintext', 'markdown'],
  hanThreshold: DEFAULT_HAN_THRESHOLD,
  configPath: '',
};

/** Fills defaults and drops values of the wrong type; never throws. */
export function normalizeSettings(raw: unknown): EditorSettings {
  const s = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const pick = <K extends keyof EditorSettings>(key: K, ok: (v: unknown) => boolean): EditorSettings[K] =>
    (ok(s[key]) ? s[key] : DEFAULT_SETTINGS[key]) as EditorSettings[K];
  const isNumber = (v: unknown): boolean => typeof v === 'number' && Number.isFinite(v) && v >= 0;
  return {
    enable: pick('enable', (v) => typeof v === 'boolean'),
    run: pick('run', (v) => v === 'onType' || v === 'onSave'),
    rules: pick('rules', (v) => !!v && typeof v === 'object' && !Array.isArray(v)),
    segmenter: pick('segmenter', (v) => v === '' || v === 'jieba' || v === 'jieba-wasm' || v === 'nodejieba'),
    speechRate: pick('speechRate', (v) => isNumber(v) && (v as number) > 0),
    debounce: pick('debounce', isNumber),
    languages: pick('languages', (v) => Array.isArray(v) && v.every((x) => typeof x === 'string')),
    hanThreshold: pick('hanThreshold', (v) => isNumber(v) && (v as number) <= 1),
    configPath: pick('configPath', (v) => typeof v === 'string'),
  };
}

const validated = new WeakMap<EditorSettings, string[]>();

/**
 * Problems in `gwlint.rules`, in Chinese; an invalid entry is ignored rather than breaking
 * linting. Validated once per settings object (they change with the configuration, not per lint).
 */
export function settingsRuleProblems(settings: EditorSettings): string[] {
  let problems = validated.get(settings);
  if (!problems) {
    problems = validateConfig({ rules: settings.rules }, RULES).map((p) => `${p.path}：${p.message}`);
    validated.set(settings, problems);
  }
  return problems;
}

/**
 * The configuration file's rules first, then `gwlint.rules` on top (as the setting's description
 * says, the editor setting wins). With no setting, a file gets exactly the CLI's findings.
 */
export function mergeRules(
  settings: EditorSettings,
  fromFile: Readonly<Record<string, RuleSetting>>,
): Record<string, RuleSetting> {
  const merged: Record<string, RuleSetting> = { ...fromFile };
  if (settingsRuleProblems(settings).length) return merged;
  for (const [id, setting] of Object.entries(mergeRuleSettings([settings.rules]))) {
    merged[id] = setting.options ? setting : { ...merged[id], severity: setting.severity };
  }
  return merged;
}
