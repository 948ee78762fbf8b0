/**
 * The AWS FIS SSM documents the drills run (`aws:ssm:send-command`), with
 * the parameters each one declares, as data. Systems Manager refuses a
 * command whose parameters the document does not declare, so every
 * parameter a drill passes is checked against this table when the plan is
 * built: a misspelt name (`Jitter` for `JitterMilliseconds`) fails synth,
 * not the drill. No cdktf import.
 */

/** One document parameter. */
export interface SsmDocumentParameter {
  /** The document runs without it (it has a default). */
  readonly optional: boolean;
  /** What it is, as the FIS User Guide says. */
  readonly what: string;
}

/** A pre-configured FIS document and its declared parameters. */
export interface FisSsmDocument {
  readonly name: string;
  readonly parameters: Readonly<Record<string, SsmDocumentParameter>>;
  /** Extra permissions the document needs on the experiment role, beyond `aws:ssm:send-command`'s own. */
  readonly extraActions: readonly string[];
  /** Where the parameters come from, and when they were read. */
  readonly source: string;
}

const GUIDE = 'AWS FIS User Guide, "Use Systems Manager SSM documents with AWS FIS", Pre-configured AWS FIS SSM documents';
const READ = 'read 2026-12';
const INSTALL: SsmDocumentParameter = { optional: true, what: 'True to install the tools the document needs (default True)' };
const DURATION: SsmDocumentParameter = { optional: false, what: 'seconds the fault lasts' };

/** The documents, by name. */
export const FIS_SSM_DOCUMENTS = {
  'AWSFIS-Run-CPU-Stress': {
    name: 'AWSFIS-Run-CPU-Stress',
    parameters: {
      DurationSeconds: DURATION,
      CPU: { optional: true, what: 'number of CPU stressors (default 0: all)' },
      LoadPercent: { optional: true, what: 'target CPU load, 0 to 100 (default 100)' },
      InstallDependencies: INSTALL,
    },
    extraActions: [],
    source: `${GUIDE}, AWSFIS-Run-CPU-Stress, ${READ}`,
  },
  'AWSFIS-Run-Network-Latency': {
    name: 'AWSFIS-Run-Network-Latency',
    parameters: {
      Interface: { optional: true, what: 'the network interface (default eth0)' },
      DelayMilliseconds: { optional: true, what: 'added delay, milliseconds (default 200)' },
      DurationSeconds: DURATION,
      InstallDependencies: INSTALL,
    },
    extraActions: [],
    source: `${GUIDE}, AWSFIS-Run-Network-Latency (no jitter parameter), ${READ}`,
  },
  'AWSFIS-Run-Network-Latency-Sources': {
    name: 'AWSFIS-Run-Network-Latency-Sources',
    parameters: {
      Interface: { optional: true, what: 'network interfaces, comma-separated, or ALL or DEFAULT (default DEFAULT: the primary interface)' },
      DelayMilliseconds: { optional: true, what: 'added delay, milliseconds (default 200)' },
      JitterMilliseconds: { optional: true, what: 'jitter of the delay, milliseconds (default 10)' },
      FlowsPercent: { optional: true, what: 'share of network flows affected (default 100)' },
      Sources: { optional: false, what: 'IPv4 addresses, CIDR blocks, domain names, zones, ALL, DYNAMODB or S3, comma-separated' },
      TrafficType: { optional: true, what: 'ingress or egress (default ingress)' },
      DurationSeconds: DURATION,
      InstallDependencies: INSTALL,
    },
    extraActions: ['ec2:DescribeInstances', 'ec2:DescribeSubnets'],
    source: `${GUIDE}, AWSFIS-Run-Network-Latency-Sources (the experiment role needs ec2:DescribeInstances and ec2:DescribeSubnets), ${READ}`,
  },
} as const satisfies Record<string, FisSsmDocument>;

export type FisSsmDocumentName = keyof typeof FIS_SSM_DOCUMENTS;

/**
 * What is wrong with running `document` with `parameters`: an undeclared
 * parameter (Systems Manager refuses the command) or a required one left
 * out. Empty when the command would be accepted.
 */
export function documentParameterProblems(document: FisSsmDocument, parameters: Readonly<Record<string, string>>): string[] {
  const problems: string[] = [];
  for (const key of Object.keys(parameters)) {
    if (!(key in document.parameters)) problems.push(`${document.name} declares no parameter ${key} (it declares ${Object.keys(document.parameters).join(', ')})`);
  }
  for (const [key, p] of Object.entries(document.parameters)) {
    if (!p.optional && parameters[key] === undefined) problems.push(`${document.name} requires ${key}`);
  }
  return problems;
}
