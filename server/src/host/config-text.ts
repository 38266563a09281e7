// The text of a configuration file: JSON with comments and trailing commas (JSONC, as VS Code's
// own settings), read with jsonc-parser, which also tells where in the text each key is.
import { findNodeAtLocation, parse, parseTree, ParseErrorCode, type Node, type ParseError } from 'jsonc-parser';

/** A place in a configuration file: 1-based line and column (UTF-16 units), end exclusive. */
export interface ConfigPosition {
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
}

export interface ConfigSyntaxError extends ConfigPosition {
  readonly message: string;
}

const SYNTAX_MESSAGES: Partial<Record<ParseErrorCode, string>> = {
  [ParseErrorCode.InvalidSymbol]: '无效的字符',
  [ParseErrorCode.InvalidNumberFormat]: '数字格式不对',
  [ParseErrorCode.PropertyNameExpected]: '此处应为键名（用双引号括起）',
  [ParseErrorCode.ValueExpected]: '此处应为一个值',
  [ParseErrorCode.ColonExpected]: '此处应为冒号“:”',
  [ParseErrorCode.CommaExpected]: '此处应为逗号“,”',
  [ParseErrorCode.CloseBraceExpected]: '缺少右花括号“}”',
  [ParseErrorCode.CloseBracketExpected]: '缺少右方括号“]”',
  [ParseErrorCode.EndOfFileExpected]: '此处应是文件末尾',
  [ParseErrorCode.InvalidCommentToken]: '注释格式不对',
  [ParseErrorCode.UnexpectedEndOfComment]: '注释没有结束（缺少“*/”）',
  [ParseErrorCode.UnexpectedEndOfString]: '字符串没有结束（缺少双引号）',
  [ParseErrorCode.UnexpectedEndOfNumber]: '数字没有结束',
  [ParseErrorCode.InvalidUnicode]: '无效的 Unicode 转义',
  [ParseErrorCode.InvalidEscapeCharacter]: '无效的转义字符',
  [ParseErrorCode.InvalidCharacter]: '字符串中有无效的字符',
};

/** Parses JSONC; every syntax error comes with its position. */
export function parseConfigText(text: string): { value: unknown; errors: ConfigSyntaxError[] } {
  const errors: ParseError[] = [];
  const value: unknown = parse(text, errors, { allowTrailingComma: true, disallowComments: false, allowEmptyContent: false });
  return {
    value,
    errors: errors.map((e) => ({ message: SYNTAX_MESSAGES[e.error] ?? '语法错误', ...positionOf(text, e.offset, Math.max(1, e.length)) })),
  };
}

/**
 * Where a key path (['overrides', 1, 'rules', 'x']) is in the text: the key itself when the
 * last step is an object key, else the value; the nearest existing ancestor when the path is
 * missing (a required key that is absent), the start of the file when nothing matches.
 */
export function locateInConfig(text: string, location: readonly (string | number)[]): ConfigPosition {
  const root = parseTree(text, [], { allowTrailingComma: true, disallowComments: false });
  if (!root) return positionOf(text, 0, Math.min(1, text.length));
  for (let depth = location.length; depth >= 0; depth--) {
    const node = findNodeAtLocation(root, [...location.slice(0, depth)]);
    if (!node) continue;
    const target = keyNodeOf(node) ?? node;
    // A whole object or array is too wide to underline: point at its first line.
    const length = target.type === 'object' || target.type === 'array' ? 1 : target.length;
    return positionOf(text, target.offset, length);
  }
  return positionOf(text, root.offset, 1);
}

/** The key of a property's value node (`"x": 1` → `"x"`). */
function keyNodeOf(node: Node): Node | undefined {
  const parent = node.parent;
  return parent?.type === 'property' && parent.children?.[1] === node ? parent.children[0] : undefined;
}

function positionOf(text: string, offset: number, length: number): ConfigPosition {
  const at = (o: number): { line: number; column: number } => {
    const before = text.slice(0, o);
    const lineStart = before.lastIndexOf('\n') + 1;
    return { line: before.split('\n').length, column: o - lineStart + 1 };
  };
  const start = at(Math.min(offset, text.length));
  const end = at(Math.min(offset + length, text.length));
  return { line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
}
