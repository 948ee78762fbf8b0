import * as fs from 'node:fs';
import { PROPS_DOC, propTables } from '../../scripts/prop-tables/generate';

test('docs/props.md is generated from the constructs\' prop specs and TSDoc (regenerate: npx tsx scripts/prop-tables/generate.ts)', () => {
  expect(fs.readFileSync(PROPS_DOC, 'utf8')).toBe(propTables());
});

test('the generator refuses a spec that names a prop the interface does not declare', () => {
  expect(() => propTables([{ construct: 'AlarmChannel', source: 'x', specs: { nope: { kind: 'boolean' } } as never }])).toThrow('AlarmChannelProps.nope: the spec names a prop the interface does not declare');
});

test('every docs page the TSDoc and messages point at exists (docs/props.md repeats them to users)', () => {
  const root = `${__dirname}/../..`;
  const missing = new Set<string>();
  for (const file of fs.readdirSync(`${root}/src`, { recursive: true }) as string[]) {
    if (!file.endsWith('.ts')) continue;
    for (const m of fs.readFileSync(`${root}/src/${file}`, 'utf8').matchAll(/docs\/[a-z0-9-]+\.md/g)) if (!fs.existsSync(`${root}/${m[0]}`)) missing.add(`${file}: ${m[0]}`);
  }
  expect([...missing]).toEqual([]);
});
