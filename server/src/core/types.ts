/** A half-open range `[start, end)` of 0-based UTF-16 offsets into the linted text. */
export type Span = readonly [start: number, end: number];

/** How much a finding matters. `off` only appears in configuration, never on a finding. */
export type Severity = 'error' | 'warning' | 'info';
export type SeveritySetting = Severity | 'off';

/** A replacement of the text in `span` by `text`. */
export interface Fix {
  readonly span: Span;
  readonly text: string;
}

/** Another place in the same text that explains a finding (the first copy, the promised items). */
export interface RelatedLocation {
  readonly span: Span;
  readonly message: string;
}

/** One problem found in a draft. */
export interface Finding {
  readonly ruleId: string;
  readonly severity: Severity;
  readonly messageId: string;
  readonly message: string;
  readonly span: Span;
  readonly fix?: Fix;
  readonly related?: readonly RelatedLocation[];
}

/** The file formats the engine understands; Markdown gets syntax masking and directive comments. */
export type DraftFormat = 'text' | 'markdown';
