/** Where the rule documentation lives; every codeDescription link is built from this. */
export const REPOSITORY_URL = 'https://github.com/gwlint/gwlint';

export function ruleDocsUrl(ruleId: string): string {
  return `${REPOSITORY_URL}/blob/main/docs/rules/${ruleId}.md`;
}
