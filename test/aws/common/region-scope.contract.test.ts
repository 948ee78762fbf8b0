import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { REGION_SCOPE_PROPS } from '../../../src/aws/common/private/region-scope-spec';
import { RegionScope, RegionScopeProps } from '../../../src/aws/common/region-scope';
import { AlarmChannel } from '../../../src/aws/observability/alarm-channel';
import { contractSuite, SUBJECT } from '../../kit/contract';

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
  specs: REGION_SCOPE_PROPS,
});
