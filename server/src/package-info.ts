// What package.json says about gwlint, read when esbuild bundles (only these fields are inlined),
// so that the version and every link come from one place.
import { repository, version } from '../../package.json';

export const VERSION: string = version;

/** The repository's web address, from package.json's `repository.url` (`git+https://…/x.git`). */
export const REPOSITORY_URL: string = repository.url.replace(/^git\+/, '').replace(/\.git$/, '');

/** The web page of a rule's documentation (the same page ships inside the package and the .vsix). */
export function ruleDocsUrl(ruleId: string): string {
  return `${REPOSITORY_URL}/blob/main/docs/rules/${ruleId}.md`;
}
