import { KmsKey } from '@cdktf/provider-aws/lib/kms-key';
import { Construct } from 'constructs';
import { literal } from '../../core/user-text';
import { RegionPlacement } from './region-placement';

/** Days a scheduled key deletion waits (the longest KMS allows): time to notice that data is still encrypted under it. */
export const KEY_DELETION_WINDOW_DAYS = 30;

/**
 * A customer-managed KMS key for data at rest in one region, rotated yearly.
 * Its policy is the KMS default (the account's IAM policies decide), so the
 * services that use it on the caller's behalf (DynamoDB, S3) and the roles
 * this library creates can be granted access with IAM alone.
 */
export function storageKey(scope: Construct, id: string, description: string, placement: RegionPlacement): KmsKey {
  return new KmsKey(scope, id, {
    description: literal(description),
    enableKeyRotation: true,
    deletionWindowInDays: KEY_DELETION_WINDOW_DAYS,
    ...placement.resourceConfig,
  });
}
