import * as fs from 'node:fs';
import { PROPS_DOC, propTables } from '../../scripts/prop-tables/generate';

test('docs/props.md is generated from the constructs\' prop specs and TSDoc (regenerate: npx tsx scripts/prop-tables/generate.ts)', () => {
  expect(fs.readFileSync(PROPS_DOC, 'utf8')).toBe(propTables());
});

test('the generator refuses a spec that names a prop the interface does not declare', () => {
  expect(() => propTables([{ construct: 'AlarmChannel', source: 'x', specs: { nope: { kind: 'boolean' } } as never }])).toThrow('AlarmChannelProps.nope: the spec names a prop the interface does not declare');
});
