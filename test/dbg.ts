import { readFileSync } from 'node:fs';
import { Draft } from '../server/src/core/document/draft';
const d = new Draft(readFileSync(process.argv[2], 'utf8'));
for (const r of d.enumerations) console.log(r.kind, r.items.map((i) => d.slice(i.marker) + i.value).join(' '));
console.log(d.announcements);
