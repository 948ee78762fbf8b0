import * as fs from 'node:fs';
import * as path from 'node:path';
import { TerraformJsonStack } from '../../src/checks/stack';

export const FIXTURES = path.join(__dirname, 'fixtures');

/** A hand-written fixture stack: `fixtures/<area>/<pass|fail>/cdk.tf.json`. */
export function fixture(area: string, kind: 'pass' | 'fail'): TerraformJsonStack {
  const file = path.join(FIXTURES, area, kind, 'cdk.tf.json');
  return TerraformJsonStack.fromJson(JSON.parse(fs.readFileSync(file, 'utf8')), `${area}-${kind}`);
}

/** Every fixture area (a folder with pass/ and fail/). */
export const AREAS = fs.readdirSync(FIXTURES).filter((d) => fs.existsSync(path.join(FIXTURES, d, 'pass'))).sort();
