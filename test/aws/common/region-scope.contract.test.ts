import * as fs from 'node:fs';
import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { RegionScope, RegionScopeProps } from '../../../src/aws/common/region-scope';
import { AlarmChannel } from '../../../src/aws/observability/alarm-channel';
import { contractSuite, SUBJECT } from '../../kit/contract';

// Every bad provider is refused, so the sweep synthesizes no case, and the kit then runs tf-validate over an
// empty folder, which fails ("no cdk.tf.json found"). Until the sweep skips the check when nothing was
// synthesized, an empty folder has no schema errors; a folder with stacks is checked as ever.
jest.mock('../../harness', () => {
  const actual = jest.requireActual('../../harness');
  return { ...actual, schemaErrorsIn: (dir: string) => (fs.readdirSync(dir).length === 0 ? [] : actual.schemaErrorsIn(dir)) };
});

contractSuite<RegionScopeProps>({
  construct: 'RegionScope',
  // A scope, not a resource: it creates nothing and takes no tags (a region's tags belong on its provider's
  // `defaultTags`); the constructs below it tag their own resources.
  aws: false,
  build: (stack, overrides) => {
    const recovery = new AwsProvider(stack, 'recovery', { region: 'eu-central-1', alias: 'recovery' });
    const scope = new RegionScope(stack, SUBJECT, { provider: recovery, ...overrides } as RegionScopeProps);
    // A construct of the library in the region, which the scope gives its provider.
    new AlarmChannel(scope, 'alerts', { topicNamePrefix: 'recovery-alerts' });
    return scope;
  },
  props: {
    provider: 'reference',
  },
});
