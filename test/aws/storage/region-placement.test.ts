import { InvalidPropError } from '../../../src/core/errors';
import { checkDistinctRegions, placeRecoveryRegion, primaryPlacement } from '../../../src/aws/storage/region-placement';
import { testStack } from '../../harness';

/** Issue 21 class 1: the exported placement helpers check their arguments like a construct (null, {}, wrong types). */
describe('region placement helpers called directly', () => {
  const { stack } = testStack();
  const primary = primaryPlacement(stack, 'a test');

  test.each([
    ['null', null, /invalid r null: (must be an object|is required)/],
    ['{}', {}, /invalid r\.region undefined: is required/],
    ['a Region AWS does not have', { region: 'eu-west-9' }, /invalid r\.region "eu-west-9": must be an AWS Region/],
    ['a Region in the wrong case', { region: 'EU-WEST-2' }, /invalid r\.region "EU-WEST-2": must be an AWS region name/],
  ])('placeRecoveryRegion refuses %s', (_, value, message) => {
    expect(() => placeRecoveryRegion(stack, 'r', value as never, primary)).toThrow(InvalidPropError);
    expect(() => placeRecoveryRegion(stack, 'r', value as never, primary)).toThrow(message);
  });

  test.each([
    ['null', null, 'invalid r null: is required: the placements to compare'],
    ['a null item', [null], 'invalid r[0] null: must be a RegionPlacement (as placeRecoveryRegion returns it)'],
    ['an item without a region', [{}], 'invalid r[0] {}: must be a RegionPlacement'],
  ])('checkDistinctRegions refuses %s instead of crashing', (_, value, message) => {
    expect(() => checkDistinctRegions(stack, 'r', value as never)).toThrow(message);
  });

  test('checkDistinctRegions still finds a repeated Region', () => {
    const us = placeRecoveryRegion(stack, 'a', { region: 'us-east-1' }, primary);
    expect(() => checkDistinctRegions(stack, 'r', [us, us])).toThrow('invalid r[1].region "us-east-1": must not repeat an earlier region');
  });
});
