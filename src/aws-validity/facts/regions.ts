/**
 * AWS Regions by partition, opt-in Regions included: hand-kept facts. Data
 * plus two lookups.
 */

/** An AWS partition. */
export type Partition = 'aws' | 'aws-cn' | 'aws-us-gov';

/** Regions per partition. */
export const REGIONS: Readonly<Record<Partition, readonly string[]>> = {
  aws: [
    'us-east-1', 'us-east-2', 'us-west-1', 'us-west-2',
    'af-south-1',
    'ap-east-1', 'ap-east-2', 'ap-south-1', 'ap-south-2', 'ap-southeast-1', 'ap-southeast-2', 'ap-southeast-3', 'ap-southeast-4', 'ap-southeast-5', 'ap-southeast-6', 'ap-southeast-7',
    'ap-northeast-1', 'ap-northeast-2', 'ap-northeast-3',
    'ca-central-1', 'ca-west-1',
    'eu-central-1', 'eu-central-2', 'eu-west-1', 'eu-west-2', 'eu-west-3', 'eu-south-1', 'eu-south-2', 'eu-north-1',
    'il-central-1',
    'me-south-1', 'me-central-1',
    'mx-central-1',
    'sa-east-1',
  ],
  'aws-cn': ['cn-north-1', 'cn-northwest-1'],
  'aws-us-gov': ['us-gov-east-1', 'us-gov-west-1'],
};

/** Where the Region list comes from. */
export const REGIONS_SOURCE = {
  title: 'AWS General Reference, AWS Regions and endpoints (Regions, including opt-in Regions); Amazon Web Services in China; AWS GovCloud (US) User Guide',
  url: 'https://docs.aws.amazon.com/global-infrastructure/latest/regions/aws-regions.html',
} as const;

const PARTITION_OF = new Map<string, Partition>(
  (Object.entries(REGIONS) as [Partition, readonly string[]][]).flatMap(([p, rs]) => rs.map((r) => [r, p] as const)),
);

/** The partition of a known Region, or undefined for a name that is not an AWS Region. */
export function partitionOfRegion(region: string): Partition | undefined {
  return PARTITION_OF.get(region);
}

/** Whether `region` names an AWS Region (in `partition`, when given). */
export function isKnownRegion(region: string, partition?: string): boolean {
  const p = PARTITION_OF.get(region);
  return p !== undefined && (partition === undefined || p === partition);
}
