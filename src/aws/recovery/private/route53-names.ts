/**
 * The names Route 53 takes in a failover: record names, alias target DNS
 * names and hosted zone ids. Route 53 Developer Guide, "DNS domain name
 * format": a domain name is labels separated by dots, each label up to 63
 * bytes, the whole name up to 255 bytes with the dots; hosted zones and
 * records accept other printable characters only as `\ooo` escapes. The
 * library takes the plain form (letters, digits, `-` and `_`, and a leading
 * `*` label for a wildcard record), which keeps user text out of Terraform
 * templates (`${`) and is what load balancers, CloudFront and API Gateway
 * give as alias targets.
 */

const LABEL = '[a-zA-Z0-9_]([a-zA-Z0-9_-]{0,61}[a-zA-Z0-9])?';
const LAST_LABEL = '[a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?';

/** A DNS name (`primary-123.eu-west-1.elb.amazonaws.com`, `dualstack.my-lb.eu-west-1.elb.amazonaws.com`), an optional final dot. */
export const DNS_NAME = new RegExp(`^(?=.{1,253}\\.?$)(${LABEL}\\.)*${LAST_LABEL}\\.?$`);
export const DNS_NAME_WORDS = 'a DNS name such as api.example.com (labels of letters, digits, "-" and "_", at most 63 characters each and 253 in all)';

/** A record name: a DNS name, or a wildcard one (`*.example.com`). */
export const RECORD_NAME = new RegExp(`^(?=.{1,253}\\.?$)(\\*\\.)?(${LABEL}\\.)*${LAST_LABEL}\\.?$`);

/**
 * A hosted zone id: `Z` and upper-case letters and digits, at most 32 characters (Route 53 API Reference,
 * AliasTarget HostedZoneId and HostedZone Id: ResourceId, at most 32 characters; the provider validates
 * `alias.zone_id` as 1 to 32 characters). Every id Route 53 and the AWS endpoints publish has this form: a
 * hosted zone's own (`Z0123456789ABCDEFGHIJ`), an ELB Region's canonical zone (`Z32O12XQLNTSW2`),
 * CloudFront's (`Z2FDTNDATAQYW2`).
 */
export const HOSTED_ZONE_ID = /^Z[A-Z0-9]{1,31}$/;
export const HOSTED_ZONE_ID_WORDS = 'a Route 53 hosted zone id such as Z0123456789ABCDEFGHIJ ("Z" and upper-case letters and digits, at most 32 characters)';
