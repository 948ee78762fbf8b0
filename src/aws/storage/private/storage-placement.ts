import { IConstruct } from 'constructs';
import { InvalidPropError } from '../../../core/errors';
import { PropSpecs, spec } from '../../../core/prop-spec';
import { isUnresolved } from '../../../core/tokens';
import { AWS_REGION, awsProviderSpec } from '../../common/prop-specs';
import type { RecoveryRegion, RegionPlacement } from '../region-placement';

/**
 * The fields of a {@link RecoveryRegion} (a table's replica, a bucket's replication), one spec for both storage
 * constructs; `placeRecoveryRegion` relates them (the provider's Region, the primary Region, the account).
 */
export const RECOVERY_REGION_FIELDS: PropSpecs<RecoveryRegion> = {
  region: { ...AWS_REGION, tokens: { refuse: 'it decides where the copy is created and is compared with the primary Region' } },
  provider: awsProviderSpec({ what: 'an alias configured for the recovery Region' }),
};

/** The placements `checkDistinctRegions` compares (what `placeRecoveryRegion` returns), checked like props (issue 21: helpers check their arguments). */
export const PLACEMENTS = spec.list(
  spec.reference('a RegionPlacement (as placeRecoveryRegion returns it)', { is: (v) => typeof (v as RegionPlacement).region === 'string' }),
  { required: 'the placements to compare' },
);

/**
 * Refuses a customer-managed key of another Region than the data it encrypts, when synth knows both: DynamoDB and S3
 * encrypt with a KMS key of their own Region only (DynamoDB Developer Guide, "Encryption at rest: How it works";
 * S3 User Guide, "Using server-side encryption with AWS KMS keys": "the KMS key must be in the same Region as the
 * bucket"). The key's service and form are the spec's (`spec.arn('kms')`).
 */
export function checkKeyInRegion(scope: IConstruct, prop: string, arn: string | undefined, placement: RegionPlacement, what: string): void {
  if (arn === undefined || isUnresolved(arn)) return;
  const arnRegion = arn.split(':')[3];
  if (arnRegion !== '' && arnRegion !== placement.region) {
    throw new InvalidPropError(scope, prop, arn, `must be a key in ${placement.region}, the Region of the ${what} it encrypts (a KMS key is used in its own Region only)`);
  }
}

/** How a check tells its construct to warn of an unsafe choice the user made explicitly (the construct's `warnUnsafe`). */
export type WarnUnsafe = (prop: string, value: unknown, consequence: string) => void;
