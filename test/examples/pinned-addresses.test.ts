import * as fs from 'node:fs';
import * as path from 'node:path';
import { resourceAddresses } from '../aws/pinned/addresses';
import { EXAMPLES } from './examples';

/**
 * Terraform addresses (`type.logical_id`) are a public contract: a changed
 * construct path or logical id makes Terraform destroy and recreate the
 * resource (a database, a compliance-locked vault that cannot be deleted).
 * `examples.addresses.json` holds what every example synthesized on main
 * (754ddb9) before the second house-keeping pass, and the examples added since
 * (slo-backends, incident-response) as they first landed; it is never regenerated.
 * A refactor may add resources, never drop or rename one, except those listed
 * in RETIRED with the reason (and never a stateful one).
 */
const PINNED: Record<string, string[]> = JSON.parse(fs.readFileSync(path.join(__dirname, 'examples.addresses.json'), 'utf8'));

/** Addresses removed on purpose: `address: why`. Stateless resources only (see STATEFUL). */
const RETIRED: Record<string, string> = {};

/** Resource types that hold data or guard it: their addresses never retire. */
const STATEFUL = /^(aws_(rds_cluster|rds_cluster_instance|rds_global_cluster|db_instance|dynamodb_table|s3_bucket|backup_vault|backup_vault_lock_configuration|backup_logically_air_gapped_vault|kms_key|efs_file_system|cloudwatch_log_group)|kubernetes_(persistent_volume_claim|stateful_set)\w*)\./;

describe('examples: Terraform addresses stay as they were pinned', () => {
  test('every example is pinned, and no stateful resource is on the retired list', () => {
    expect(Object.keys(EXAMPLES).sort()).toEqual(Object.keys(PINNED).sort());
    expect(Object.keys(RETIRED).filter((a) => STATEFUL.test(a))).toEqual([]);
  });

  test.each(Object.keys(EXAMPLES))('%s keeps every pinned address', (name) => {
    const now = new Set(resourceAddresses(EXAMPLES[name]()));
    const missing = PINNED[name].filter((a) => !now.has(a) && RETIRED[a] === undefined);
    expect(missing).toEqual([]);
  });
});
